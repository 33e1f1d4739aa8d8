import { Bullseye, Spinner } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { ReactNode } from 'react';
import { useBackupMode } from './useBackupMode';

/**
 * A page's non-admin body when the user works through OADP's non-admin controller in
 * `namespace`; `managed` when they may do neither (default: the admin body, which then says
 * who manages backups); else its admin body.
 */
export const ByBackupMode = ({
  namespace,
  nonAdmin,
  managed,
  children,
}: {
  namespace: string;
  nonAdmin: ReactNode;
  managed?: ReactNode;
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
  if (mode.kind === 'non-admin') return <>{nonAdmin}</>;
  return <>{mode.kind === 'managed' && managed !== undefined ? managed : children}</>;
};
