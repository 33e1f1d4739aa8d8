import { useActiveProject } from '@shared/hooks/useActiveProject';
import { useAccess } from '@shared/hooks/useAccess';
import { VirtualMachineModel } from '@shared/k8s/models';

/**
 * Which VMs the overview covers: every namespace's ('') when the user may list VMs
 * cluster-wide; else the console's active project, so a namespace user sees their own VMs
 * instead of an error. Undefined while the access review runs.
 */
export const useCoverageNamespace = (): string | undefined => {
  const all = useAccess(VirtualMachineModel, 'list');
  const active = useActiveProject();
  if (all.loading) return undefined;
  return all.allowed ? '' : active;
};
