/** KubeVirt feature gates, read from the KubeVirt CR as virt-api does. */
import { asArray, getPath } from '../api/types';
import type { ClusterContext } from '../cluster-context';

export function featureGateEnabled(context: ClusterContext, gate: string): boolean {
  const kubevirts = context.objects.list(
    context.registry.byGroupPlural('kubevirt.io', 'kubevirts'),
  );
  return kubevirts.some((kv) =>
    asArray(
      getPath(kv, ['spec', 'configuration', 'developerConfiguration', 'featureGates']),
    ).includes(gate),
  );
}
