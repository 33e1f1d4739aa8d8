import { ComponentBoundary } from '@shared/components/ComponentBoundary';
import { useSearchParams } from 'react-router';
import { ByBackupMode } from '../../non-admin/ByBackupMode';
import { NonAdminRestoreWizard } from '../../non-admin/NonAdminRestoreWizard';
import { vmsFromQuery } from '../../routes/wizardRoutes';
import { RestoreWizard } from './RestoreWizard';

/**
 * `console.page/route` at RESTORE_WIZARD_PATH; its own exposed module, so its own chunk.
 * Opened for a VM by a namespace user: the wizard on a NonAdminRestore in the VM's namespace.
 */
export const RestoreWizardPage = () => {
  const [params] = useSearchParams();
  const query = {
    backup: params.get('backup') ?? undefined,
    schedule: params.get('schedule') ?? undefined,
    vms: vmsFromQuery(params),
  };
  const namespace = query.vms[0]?.namespace ?? '';
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
