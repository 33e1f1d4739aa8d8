import { Bullseye, Spinner } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { ReactNode } from 'react';
import { useBackupMode } from './useBackupMode';

/**
 * A page's non-admin body when the user works through OADP's non-admin controller in
 * `namespace`; else its admin body, which says who manages backups when the user may not.
 */
export const ByBackupMode = ({
  namespace,
  nonAdmin,
  children,
}: {
  namespace: string;
  nonAdmin: ReactNode;
  children: ReactNode;
}) => {
  const { t } = usePluginTranslation();
  const mode = useBackupMode(namespace);
  if (mode.kind === 'loading')
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading')} />
      </Bullseye>
    );
  return <>{mode.kind === 'non-admin' ? nonAdmin : children}</>;
};
