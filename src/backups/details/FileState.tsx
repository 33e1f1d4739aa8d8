import { Alert, AlertActionLink, Bullseye, Spinner } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { ReactNode } from 'react';
import type { BackendFile } from '../hooks/useBackendFile';

/** Loading, the backend's error with Retry, "not written yet", or the content. */
export const FileState = <T,>({
  file,
  available,
  pendingText,
  title,
  children,
}: {
  file: BackendFile<T>;
  available: boolean;
  /** Said while Velero has not written the file; a backup's first phase by default. */
  pendingText?: string;
  title: string;
  children: (data: T) => ReactNode;
}) => {
  const { t } = usePluginTranslation();
  if (!available)
    return (
      <Alert
        variant="info"
        isInline
        isPlain
        title={pendingText ?? t('Velero writes this when the backup’s first phase ends.')}
      />
    );
  if (file.error)
    return (
      <Alert
        variant="danger"
        isInline
        title={title}
        data-test="file-error"
        actionLinks={<AlertActionLink onClick={file.retry}>{t('Retry')}</AlertActionLink>}
      >
        {file.error}
      </Alert>
    );
  if (file.loading || file.data === undefined)
    return (
      <Bullseye>
        <Spinner size="lg" aria-label={t('Loading')} />
      </Bullseye>
    );
  return <>{children(file.data)}</>;
};
