/**
 * The first step of a clone (research §2.6): check the source and, for a VM source, take the
 * temporary snapshot. A missing source or a volume that cannot be snapshotted leaves the clone
 * pending: phase "" with Progressing=False "Pending" (pending is not a phase).
 */
import type { VMClone, VirtualMachine } from '../api/kubevirt-types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import { ownerReference, recordEvent } from './helpers';

type Status = NonNullable<VMClone['status']>;

export interface CloneSteps {
  update(
    clone: VMClone,
    changes: Partial<Status>,
    progressing: [boolean, string],
    ready: [boolean, string],
  ): VMClone;
  pending(clone: VMClone, reason: string, message: string): number;
  fail(clone: VMClone, event: string, message: string): undefined;
}

/** A persistent TPM or EFI (backend storage) cannot be cloned. */
export function hasBackendStorage(vm: { spec: VirtualMachine['spec'] } | undefined): boolean {
  const domain = vm?.spec.template.spec.domain;
  return (
    domain?.devices?.tpm?.persistent === true ||
    domain?.firmware?.bootloader?.efi?.persistent === true
  );
}

export function startClone(
  context: ClusterContext,
  clone: VMClone,
  steps: CloneSteps,
): number | undefined {
  const k = kinds(context.registry);
  const { source } = clone.spec;
  const namespace = clone.metadata.namespace;
  let snapshotName: string | undefined;
  if (source.kind === 'VirtualMachine') {
    const vm = context.objects.get(k.vm, namespace, source.name) as VirtualMachine | undefined;
    if (!vm)
      return steps.pending(clone, 'SourceDoesNotExist', `Source VM ${source.name} does not exist`);
    if (hasBackendStorage(vm))
      return steps.fail(
        clone,
        'SourceVMWithBackendStorageInvalid',
        'Clone of source with backendstorage is not supported',
      );
    const statuses = vm.status?.volumeSnapshotStatuses;
    for (const volume of vm.spec.template.spec.volumes ?? []) {
      if (!volume.persistentVolumeClaim && !volume.dataVolume) continue;
      const found = statuses?.find((s) => s.name === volume.name);
      if (!found)
        return steps.pending(
          clone,
          'VMVolumeSnapshotsInvalid',
          `Virtual Machine volume ${volume.name} snapshot support unknown`,
        );
      if (!found.enabled)
        return steps.pending(
          clone,
          'VMVolumeSnapshotsInvalid',
          `Virtual Machine volume ${volume.name} does not support snapshots`,
        );
    }
    snapshotName = `tmp-snapshot-${clone.metadata.uid}`;
    if (!context.objects.get(k.vmSnapshot, namespace, snapshotName)) {
      context.objects.create(k.vmSnapshot, {
        apiVersion: 'snapshot.kubevirt.io/v1beta1',
        kind: 'VirtualMachineSnapshot',
        metadata: { name: snapshotName, namespace, ownerReferences: [ownerReference(clone)] },
        spec: {
          source: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: source.name },
        },
      });
      recordEvent(
        context,
        clone,
        'Normal',
        'SnapshotCreated',
        `created snapshot ${snapshotName} for clone ${clone.metadata.name}`,
        'clone-controller',
      );
    }
  } else if (!context.objects.get(k.vmSnapshot, namespace, source.name)) {
    return steps.pending(
      clone,
      'SourceDoesNotExist',
      `Source snapshot ${source.name} does not exist`,
    );
  }
  steps.update(
    clone,
    {
      phase: 'SnapshotInProgress',
      ...(source.kind === 'VirtualMachine' ? { snapshotName } : {}),
    },
    [true, 'Still processing'],
    [false, 'Still processing'],
  );
  return undefined;
}
