import { ComponentBoundary } from '@shared/components/ComponentBoundary';
import { useSearchParams } from 'react-router';
import { vmsFromQuery } from '../../routes/wizardRoutes';
import { RestoreWizard } from './RestoreWizard';

/** `console.page/route` at RESTORE_WIZARD_PATH; its own exposed module, so its own chunk. */
export const RestoreWizardPage = () => {
  const [params] = useSearchParams();
  const query = {
    backup: params.get('backup') ?? undefined,
    schedule: params.get('schedule') ?? undefined,
    vms: vmsFromQuery(params),
  };
  return (
    <ComponentBoundary>
      <RestoreWizard query={query} />
    </ComponentBoundary>
  );
};

export default RestoreWizardPage;
