import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { V1VirtualMachine } from '@shared/k8s/types';

export type PVCObject = K8sResourceCommon & { spec?: { storageClassName?: string } };

export type VMDisk = { volume: string; pvc: string; storageClass?: string };

/**
 * The claims of a VM's disks (DataVolume volumes are a PVC of the same name), with their
 * storage class: from the PVC, else from the VM's DataVolume template while it is created.
 * containerDisks, cloud-init and the like hold no claim and are recreated from the spec.
 */
export const vmDisks = (vm: V1VirtualMachine, pvcs: PVCObject[]): VMDisk[] => {
  const namespace = vm.metadata?.namespace;
  const templates = vm.spec?.dataVolumeTemplates ?? [];
  return (vm.spec?.template?.spec?.volumes ?? []).flatMap((volume) => {
    const pvc = volume.dataVolume?.name ?? volume.persistentVolumeClaim?.claimName;
    if (!pvc) return [];
    const claim = pvcs.find((p) => p.metadata?.namespace === namespace && p.metadata?.name === pvc);
    const template = templates.find((d) => d.metadata?.name === pvc)?.spec;
    const storageClass =
      claim?.spec?.storageClassName ??
      template?.storage?.storageClassName ??
      template?.pvc?.storageClassName;
    return [{ volume: volume.name, pvc, storageClass }];
  });
};
