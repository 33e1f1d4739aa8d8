/**
 * The VM side of a restore (research §2.4): an existing target gets the snapshot's spec but
 * keeps its run strategy, and DataVolumes no longer in the spec are deleted; a missing target
 * is created from the snapshot, with the restore's patches applied.
 */
import { applyPatch } from 'fast-json-patch';
import type { Operation } from 'fast-json-patch';
import type {
  VMRestore,
  VMSnapshot,
  VMSnapshotContent,
  VirtualMachine,
} from '../api/kubevirt-types';
import { clone } from '../api/types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import { deleteIfExists, writeObject } from './helpers';

export const LAST_RESTORE_ANNOTATION = 'restore.kubevirt.io/lastRestoreUID';

export function writeRestoreTarget(
  context: ClusterContext,
  restore: VMRestore,
  content: VMSnapshotContent,
  snapshot: VMSnapshot,
  target: VirtualMachine | undefined,
  spec: VirtualMachine['spec'],
): { vm: VirtualMachine; deleted: string[] } {
  const k = kinds(context.registry);
  const marker = `${snapshot.metadata.name}-${snapshot.status?.sourceUID ?? ''}`;
  if (target) {
    const next = clone(target);
    // The current run strategy is kept; the rest of the spec comes from the snapshot.
    next.spec = {
      ...spec,
      ...(target.spec.runStrategy !== undefined ? { runStrategy: target.spec.runStrategy } : {}),
      ...(target.spec.running !== undefined ? { running: target.spec.running } : {}),
    };
    if (target.spec.runStrategy !== undefined) delete next.spec.running;
    else if (target.spec.running !== undefined) delete next.spec.runStrategy;
    next.metadata.annotations = {
      ...next.metadata.annotations,
      [LAST_RESTORE_ANNOTATION]: marker,
    };
    const keep = new Set((spec.dataVolumeTemplates ?? []).map((t) => t.metadata.name));
    const deleted = (target.spec.dataVolumeTemplates ?? [])
      .map((t) => t.metadata.name)
      .filter((name) => !keep.has(name));
    for (const name of deleted)
      deleteIfExists(context, k.dataVolume, target.metadata.namespace, name);
    return { vm: writeObject(context, k.vm, next), deleted };
  }
  const source = content.spec.source.virtualMachine;
  let vm: VirtualMachine = {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: {
      name: restore.spec.target.name,
      namespace: restore.metadata.namespace,
      uid: '',
      resourceVersion: '',
      labels: clone(source?.metadata.labels ?? {}),
      annotations: {
        ...clone(source?.metadata.annotations ?? {}),
        [LAST_RESTORE_ANNOTATION]: marker,
      },
    },
    spec,
  };
  // Patches apply only when the restore creates the target (§2.4).
  const operations = (restore.spec.patches ?? []).map((p) => JSON.parse(p) as Operation);
  if (operations.length > 0) vm = applyPatch(vm, operations, false, false).newDocument;
  return { vm: context.objects.create(k.vm, vm) as VirtualMachine, deleted: [] };
}
