import type { K8sGroupVersionKind, K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { pluralLabel } from './pluralLabel';

// One K8sModel per kind, written out so each API version is explicit (the leading plugin
// broke when a library bump silently changed a snapshot model's version).
type ModelInput = Pick<K8sModel, 'kind' | 'plural' | 'abbr'> & {
  group?: string;
  version: string;
  namespaced?: boolean;
  label?: string;
};

const defineModel = ({
  group,
  version,
  kind,
  plural,
  abbr,
  namespaced = true,
  label,
}: ModelInput) =>
  ({
    apiGroup: group,
    apiVersion: version,
    kind,
    plural,
    abbr,
    namespaced,
    label: label ?? kind,
    labelPlural: pluralLabel(label ?? kind),
    crd: !!group && !group.endsWith('k8s.io'),
  }) satisfies K8sModel;

export const VirtualMachineModel = defineModel({
  group: 'kubevirt.io',
  version: 'v1',
  kind: 'VirtualMachine',
  plural: 'virtualmachines',
  abbr: 'VM',
});
export const VirtualMachineInstanceModel = defineModel({
  group: 'kubevirt.io',
  version: 'v1',
  kind: 'VirtualMachineInstance',
  plural: 'virtualmachineinstances',
  abbr: 'VMI',
});
export const VirtualMachineSnapshotModel = defineModel({
  group: 'snapshot.kubevirt.io',
  version: 'v1beta1',
  kind: 'VirtualMachineSnapshot',
  plural: 'virtualmachinesnapshots',
  abbr: 'VMS',
});
export const VirtualMachineSnapshotContentModel = defineModel({
  group: 'snapshot.kubevirt.io',
  version: 'v1beta1',
  kind: 'VirtualMachineSnapshotContent',
  plural: 'virtualmachinesnapshotcontents',
  abbr: 'VMSC',
});
export const VirtualMachineRestoreModel = defineModel({
  group: 'snapshot.kubevirt.io',
  version: 'v1beta1',
  kind: 'VirtualMachineRestore',
  plural: 'virtualmachinerestores',
  abbr: 'VMR',
});
export const VirtualMachineCloneModel = defineModel({
  group: 'clone.kubevirt.io',
  version: 'v1beta1',
  kind: 'VirtualMachineClone',
  plural: 'virtualmachineclones',
  abbr: 'VMC',
});
export const DataVolumeModel = defineModel({
  group: 'cdi.kubevirt.io',
  version: 'v1beta1',
  kind: 'DataVolume',
  plural: 'datavolumes',
  abbr: 'DV',
});
export const PersistentVolumeClaimModel = defineModel({
  version: 'v1',
  kind: 'PersistentVolumeClaim',
  plural: 'persistentvolumeclaims',
  abbr: 'PVC',
});
export const StorageClassModel = defineModel({
  group: 'storage.k8s.io',
  version: 'v1',
  kind: 'StorageClass',
  plural: 'storageclasses',
  abbr: 'SC',
  namespaced: false,
});
export const VolumeSnapshotClassModel = defineModel({
  group: 'snapshot.storage.k8s.io',
  version: 'v1',
  kind: 'VolumeSnapshotClass',
  plural: 'volumesnapshotclasses',
  abbr: 'VSC',
  namespaced: false,
});
export const VolumeSnapshotModel = defineModel({
  group: 'snapshot.storage.k8s.io',
  version: 'v1',
  kind: 'VolumeSnapshot',
  plural: 'volumesnapshots',
  abbr: 'VS',
});

export const toGroupVersionKind = (model: K8sModel): K8sGroupVersionKind => ({
  group: model.apiGroup,
  version: model.apiVersion,
  kind: model.kind,
});

/** The console's `group~version~Kind` reference, as used in URLs. */
export const toModelRef = (model: K8sModel): string =>
  [model.apiGroup ?? 'core', model.apiVersion, model.kind].join('~');

export const apiVersionOf = (model: K8sModel): string =>
  model.apiGroup ? `${model.apiGroup}/${model.apiVersion}` : model.apiVersion;
