import { useActiveNamespace } from '@openshift-console/dynamic-plugin-sdk';

/** The console's "All projects" value of the active namespace. */
const ALL_NAMESPACES = '#ALL_NS#';

/** The console's active project; '' for "All projects". */
export const useActiveProject = (): string => {
  const [active] = useActiveNamespace();
  return active === ALL_NAMESPACES ? '' : active;
};
