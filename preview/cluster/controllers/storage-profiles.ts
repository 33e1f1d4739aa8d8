/**
 * Simulated CDI StorageProfiles: one per StorageClass, with what CDI reports about it.
 * research §2.3 step 3: status.snapshotClass (from spec.snapshotClass) wins over driver matching.
 */
import type { StorageClass } from '../api/kubevirt-types';
import type { StoredObject } from '../api/types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import { deleteIfExists, writeStatus } from './helpers';
import type { ObjectRef, Reconciler } from './runtime';

interface StorageProfile extends StoredObject {
  spec?: { snapshotClass?: string };
}

export function storageProfileController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);
  return {
    name: 'storageprofile',
    primary: k.storageClass,
    watches: [
      {
        type: k.volumeSnapshotClass,
        map: () => context.objects.list(k.storageClass).map((c) => ({ name: c.metadata.name })),
      },
      { type: k.storageProfile, map: (e) => [{ name: e.object.metadata.name }] },
    ],
    reconcile(ref: ObjectRef): number | undefined {
      const storageClass = context.objects.get(k.storageClass, undefined, ref.name) as
        StorageClass | undefined;
      const profile: StorageProfile | undefined = context.objects.get(
        k.storageProfile,
        undefined,
        ref.name,
      );
      if (!storageClass) {
        if (profile) deleteIfExists(context, k.storageProfile, undefined, ref.name);
        return;
      }
      const current: StorageProfile =
        profile ??
        context.objects.create(k.storageProfile, {
          apiVersion: 'cdi.kubevirt.io/v1beta1',
          kind: 'StorageProfile',
          metadata: { name: ref.name },
          spec: {},
        });
      const canSnapshot = context.objects
        .list(k.volumeSnapshotClass)
        .some((c) => c.driver === storageClass.provisioner);
      const block = storageClass.provisioner.includes('rbd');
      const requested = current.spec?.snapshotClass;
      writeStatus(context, k.storageProfile, current, {
        storageClass: ref.name,
        provisioner: storageClass.provisioner,
        claimPropertySets: [
          {
            accessModes: [block ? 'ReadWriteMany' : 'ReadWriteOnce'],
            volumeMode: block ? 'Block' : 'Filesystem',
          },
        ],
        cloneStrategy: canSnapshot ? 'snapshot' : 'copy',
        dataImportCronSourceFormat: canSnapshot ? 'snapshot' : 'pvc',
        ...(requested && context.objects.get(k.volumeSnapshotClass, undefined, requested)
          ? { snapshotClass: requested }
          : {}),
      });
      return undefined;
    },
  };
}
