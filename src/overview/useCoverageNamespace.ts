import { useActiveNamespace } from '@openshift-console/dynamic-plugin-sdk';
import { useAccess } from '@shared/hooks/useAccess';
import { VirtualMachineModel } from '@shared/k8s/models';

/** The console's "All projects" value of the active namespace. */
const ALL_NAMESPACES = '#ALL_NS#';

/**
 * Which VMs the overview covers: every namespace's ('') when the user may list VMs
 * cluster-wide; else the console's active project, so a namespace user sees their own VMs
 * instead of an error. Undefined while the access review runs.
 */
export const useCoverageNamespace = (): string | undefined => {
  const all = useAccess(VirtualMachineModel, 'list');
  const [active] = useActiveNamespace();
  if (all.loading) return undefined;
  return all.allowed || active === ALL_NAMESPACES ? '' : active;
};
