import { Alert, Bullseye, Spinner, Title } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { ReactNode } from 'react';

type Props = {
  title: string;
  loaded: boolean;
  error?: Error;
  errorTitle: string;
  'data-test': string;
  children: ReactNode;
};

/** A namespace user's list of their own objects: loading, its title, the watch's error. */
export const SelfServiceSection = ({
  title,
  loaded,
  error,
  errorTitle,
  'data-test': dataTest,
  children,
}: Props) => {
  const { t } = usePluginTranslation();
  if (!loaded)
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading')} />
      </Bullseye>
    );
  return (
    <div data-test={dataTest}>
      <Title headingLevel="h2" size="lg" className="pf-v6-u-mb-sm">
        {title}
      </Title>
      {error ? (
        <Alert variant="danger" isInline title={errorTitle}>
          {error.message}
        </Alert>
      ) : (
        children
      )}
    </div>
  );
};
