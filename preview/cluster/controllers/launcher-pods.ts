/**
 * Simulated virt-controller pod handling (research/oadp-velero.md §3.4): every VMI that is
 * scheduled gets a `virt-launcher-<vmi>-<suffix>` pod owned by it, carrying the Velero freeze
 * and thaw hook annotations KubeVirt generates (unless `kubevirt.io/skip-backup-hooks`), and
 * mounting the VMI's claims. The pod goes with its VMI (owner reference garbage collection).
 */
import { createHash } from 'node:crypto';
import type { VirtualMachineInstance } from '../api/kubevirt-types';
import type { StoredObject } from '../api/types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import { NODE_NAME } from '../seed/infrastructure';
import { ownerReference, writeStatus } from './helpers';
import type { ObjectRef, Reconciler } from './runtime';

export const SKIP_BACKUP_HOOKS = 'kubevirt.io/skip-backup-hooks';
export const LAUNCHER_LABEL = 'kubevirt.io';
export const CREATED_BY_LABEL = 'kubevirt.io/created-by';

/** The hooks KubeVirt puts on launcher pods: virt-freezer in the `compute` container. */
export function freezeHookAnnotations(vmi: string, namespace: string): Record<string, string> {
  const command = (action: string) =>
    JSON.stringify(['/usr/bin/virt-freezer', action, '--name', vmi, '--namespace', namespace]);
  return {
    'pre.hook.backup.velero.io/container': 'compute',
    'pre.hook.backup.velero.io/command': command('--freeze'),
    'pre.hook.backup.velero.io/timeout': '60s',
    'post.hook.backup.velero.io/container': 'compute',
    'post.hook.backup.velero.io/command': command('--unfreeze'),
  };
}

/** The launcher pod of a VMI, found by the label KubeVirt sets (the VMI's uid). */
export function launcherPod(
  context: ClusterContext,
  vmi: StoredObject | undefined,
): StoredObject | undefined {
  if (!vmi) return undefined;
  return context.objects
    .list(kinds(context.registry).pod, vmi.metadata.namespace)
    .find((pod) => pod.metadata.labels?.[CREATED_BY_LABEL] === vmi.metadata.uid);
}

function claimNames(vmi: VirtualMachineInstance): string[] {
  return (vmi.spec.volumes ?? [])
    .map((v) => v.persistentVolumeClaim?.claimName ?? v.dataVolume?.name)
    .filter((name): name is string => name !== undefined);
}

export function launcherPodController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);
  return {
    name: 'virt-launcher-pods',
    primary: k.vmi,
    reconcile(ref: ObjectRef): number | undefined {
      const vmi = context.objects.get(k.vmi, ref.namespace, ref.name) as
        VirtualMachineInstance | undefined;
      if (!vmi || vmi.metadata.deletionTimestamp) return;
      const phase = vmi.status?.phase;
      if (!phase || phase === 'Pending' || phase === 'Scheduling') return;
      let pod = launcherPod(context, vmi);
      if (!pod) {
        const suffix = createHash('sha256').update(vmi.metadata.uid).digest('hex').slice(0, 5);
        const skipHooks =
          vmi.metadata.annotations?.[SKIP_BACKUP_HOOKS] === 'true' ||
          vmi.metadata.labels?.[SKIP_BACKUP_HOOKS] === 'true';
        pod = context.objects.create(k.pod, {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: {
            name: `virt-launcher-${vmi.metadata.name}-${suffix}`,
            namespace: vmi.metadata.namespace,
            labels: {
              ...vmi.metadata.labels,
              [LAUNCHER_LABEL]: 'virt-launcher',
              [CREATED_BY_LABEL]: vmi.metadata.uid,
              'vm.kubevirt.io/name': vmi.metadata.name,
            },
            annotations: {
              'kubevirt.io/domain': vmi.metadata.name,
              ...(skipHooks ? {} : freezeHookAnnotations(vmi.metadata.name, ref.namespace ?? '')),
            },
            ownerReferences: [ownerReference(vmi)],
          },
          spec: {
            nodeName: NODE_NAME,
            containers: [
              {
                name: 'compute',
                image:
                  'registry.redhat.io/container-native-virtualization/virt-launcher-rhel9:v4.19',
              },
            ],
            volumes: claimNames(vmi).map((claim) => ({
              name: claim,
              persistentVolumeClaim: { claimName: claim },
            })),
          },
        });
      }
      const running = phase === 'Running';
      writeStatus(context, k.pod, pod, {
        phase: running ? 'Running' : phase === 'Scheduled' ? 'Pending' : 'Succeeded',
        ...(running ? { podIP: vmi.status?.interfaces?.[0]?.ipAddress } : {}),
      });
      return undefined;
    },
  };
}
