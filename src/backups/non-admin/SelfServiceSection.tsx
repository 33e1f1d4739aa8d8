import { Alert, Bullseye, Spinner, Title } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useRequestErrorText } from '@shared/hooks/useRequestErrorText';
import { isForbidden } from '@shared/k8s/errorMessage';
import type { ReactNode } from 'react';

type Props = {
  title: string;
  loaded: boolean;
  error?: Error;
  errorTitle: string;
  'data-test': string;
  children: ReactNode;
};

/** A namespace user's list of their own objects: loading, its title, the watch's error in words. */
export const SelfServiceSection = ({
  title,
  loaded,
  error,
  errorTitle,
  'data-test': dataTest,
  children,
}: Props) => {
  const { t } = usePluginTranslation();
  const errorText = useRequestErrorText();
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
          {isForbidden(error) && (
            <p>
              {t('Your account may not read them in this project: ask your cluster administrator.')}
            </p>
          )}
          <p>{errorText(error)}</p>
        </Alert>
      ) : (
        children
      )}
    </div>
  );
};
