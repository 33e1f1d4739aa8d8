import { useActiveProject } from '@shared/hooks/useActiveProject';
import { ComponentBoundary } from '@shared/components/ComponentBoundary';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ByBackupMode } from '../../non-admin/ByBackupMode';
import { NonAdminRestoreWizard } from '../../non-admin/NonAdminRestoreWizard';
import { vmsFromQuery } from '../../routes/wizardRoutes';
import { RestoreWizard } from './RestoreWizard';

/**
 * `console.page/route` at RESTORE_WIZARD_PATH; its own exposed module, so its own chunk.
 * For a namespace user: the wizard on a NonAdminRestore in the preselected VM's namespace, else
 * in the console's active project (a deleted VM has no page to start from).
 */
export const RestoreWizardPage = () => {
  const [params] = useSearchParams();
  const active = useActiveProject();
  const query = useMemo(
    () => ({
      backup: params.get('backup') ?? undefined,
      schedule: params.get('schedule') ?? undefined,
      vms: vmsFromQuery(params),
    }),
    [params],
  );
  const namespace = query.vms[0]?.namespace ?? active;
  return (
    <ComponentBoundary>
      <ByBackupMode
        namespace={namespace}
        nonAdmin={<NonAdminRestoreWizard query={query} namespace={namespace} />}
      >
        <RestoreWizard query={query} />
      </ByBackupMode>
    </ComponentBoundary>
  );
};

export default RestoreWizardPage;
