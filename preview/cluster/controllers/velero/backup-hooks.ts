/**
 * Velero's pod-annotation exec hooks (research/oadp-velero.md §3.4;
 * `internal/hook/item_hook_handler.go`): for each backed-up pod with
 * `pre.hook.backup.velero.io/command` the pre hook runs before its item block and the post hook
 * after. On virt-launcher pods that is virt-freezer: with no guest agent it says so and exits 0
 * (the backup is only crash-consistent, and nothing says so); the `freeze-fail` knob makes the
 * freeze exit 1, which Velero logs as an error (KubeVirt sets no on-error, so the pod is still
 * backed up and the post hook still runs).
 */
import type { VirtualMachineInstance } from '../../api/kubevirt-types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import { CREATED_BY_LABEL } from '../launcher-pods';
import { ANNOTATION_PREFIX } from '../simulation';
import { hasGuestAgent } from '../virtual-machine-instances';
import type { BackupItem } from './backup-items';
import type { BackupLog } from './backup-log';

/** On a VM's spec.template.metadata (so on its VMI): "true" makes virt-freezer --freeze fail. */
export const FREEZE_FAIL_ANNOTATION = `${ANNOTATION_PREFIX}/freeze-fail`;

export interface HookStatus {
  hooksAttempted?: number;
  hooksFailed?: number;
}

export function runPodHooks(
  context: ClusterContext,
  items: BackupItem[],
  log: BackupLog,
): HookStatus {
  const k = kinds(context.registry);
  let attempted = 0;
  let failed = 0;
  for (const { type, object } of items) {
    if (type !== k.pod) continue;
    const annotations = object.metadata.annotations ?? {};
    const ns = object.metadata.namespace ?? '';
    const vmi = context.objects
      .list(k.vmi, ns)
      .find((v) => v.metadata.uid === object.metadata.labels?.[CREATED_BY_LABEL]) as
      VirtualMachineInstance | undefined;
    for (const phase of ['pre', 'post'] as const) {
      const command = annotations[`${phase}.hook.backup.velero.io/command`];
      if (!command) continue;
      attempted++;
      const fields = { hookPhase: phase, hookSource: 'annotation', hookType: 'exec' };
      const hookFields = {
        ...fields,
        hookCommand: command,
        hookContainer: annotations[`${phase}.hook.backup.velero.io/container`] ?? '',
        hookOnError: '',
        hookTimeout: annotations[`${phase}.hook.backup.velero.io/timeout`] ?? '0s',
      };
      log.add('info', 'running exec hook', {
        ...hookFields,
        name: object.metadata.name,
        namespace: ns,
      });
      const isFreezer = command.includes('virt-freezer');
      if (isFreezer && vmi && !hasGuestAgent(vmi)) {
        log.add('info', 'stdout: No guest agent, exiting\n', {
          ...fields,
          name: object.metadata.name,
          namespace: ns,
        });
        continue;
      }
      if (
        phase === 'pre' &&
        isFreezer &&
        vmi?.metadata.annotations?.[FREEZE_FAIL_ANNOTATION] === 'true'
      ) {
        failed++;
        log.add(
          'info',
          `stderr: Failed to freeze VMI ${ns}/${vmi.metadata.name}: command Freeze failed: guest agent error: fsfreeze timed out\n`,
          { ...fields, name: object.metadata.name, namespace: ns },
        );
        log.add('error', 'Error executing hook', {
          ...fields,
          error: 'command terminated with exit code 1',
        });
      }
    }
  }
  return attempted > 0
    ? { hooksAttempted: attempted, ...(failed > 0 ? { hooksFailed: failed } : {}) }
    : {};
}
