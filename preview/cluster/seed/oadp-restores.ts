/**
 * The demo's Velero restore history (issue 8 part 11): "a completed restore into
 * `demo-restore-test`", made by the running restore controller from a backup the seed has
 * already completed — call it after the seed's backups, with the controllers running.
 */
import type { StoredObject } from '../api/types';
import { isMap } from '../api/types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import { VELERO_NAMESPACE } from '../controllers/velero/velero-server';

export const RESTORE_TEST_NAMESPACE = 'demo-restore-test';

/** Restores `backupName` (a Completed backup of `demo`) into demo-restore-test, halted, new MACs. */
export async function seedCompletedRestore(
  context: ClusterContext,
  backupName: string,
  timeoutMs = 60_000,
): Promise<StoredObject> {
  const k = kinds(context.registry);
  const name = `${backupName}-restore-test`.slice(0, 63);
  context.objects.create(k.restore, {
    apiVersion: 'velero.io/v1',
    kind: 'Restore',
    metadata: {
      name,
      namespace: VELERO_NAMESPACE,
      // Halted with new MACs, so the copies do not clash with the VMs they came from.
      labels: {
        'velero.kubevirt.io/restore-run-strategy': 'Halted',
        'velero.kubevirt.io/clear-mac-address': 'true',
      },
    },
    spec: {
      backupName,
      namespaceMapping: { demo: RESTORE_TEST_NAMESPACE },
      restorePVs: true,
    },
  });
  const started = Date.now();
  for (;;) {
    const restore = context.objects.mustGet(k.restore, VELERO_NAMESPACE, name);
    const phase = isMap(restore.status) ? restore.status.phase : undefined;
    if (phase === 'Completed') return restore;
    if (['PartiallyFailed', 'Failed', 'FailedValidation'].includes(String(phase)))
      throw new Error(`demo seed: restore ${name} ended ${String(phase)}`);
    if (Date.now() - started > timeoutMs)
      throw new Error(`demo seed: timed out waiting for restore ${name}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
