import type { K8sResourceCommon, Patch } from '@openshift-console/dynamic-plugin-sdk';
import type { VMSelection } from './vmSelectors';

/** JSON Pointer escaping of a label key (`/` → `~1`). */
const pointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The JSON patch that adds our label to a VM (k8sPatch sends JSON patches): one `add` per label,
 * or the whole labels map when the VM has none yet.
 */
export const labelPatchOps = (
  vm: K8sResourceCommon | undefined,
  selection: VMSelection,
): Patch[] => {
  const labels = selection.labelPatch?.metadata.labels ?? {};
  if (!vm?.metadata?.labels) return [{ op: 'add', path: '/metadata/labels', value: labels }];
  return Object.entries(labels).map(([key, value]) => ({
    op: 'add',
    path: `/metadata/labels/${pointer(key)}`,
    value,
  }));
};
