import type { V1VirtualMachine } from '@shared/k8s/types';
import type { VMVolumes } from '../results/groupResultsByVM';

/** The claims a VM's disks use: PVC volumes and DataVolumes (a DataVolume's PVC has its name). */
export const vmClaims = (vm: V1VirtualMachine): string[] => {
  const names = (vm.spec?.template?.spec?.volumes ?? []).flatMap((volume) =>
    volume.persistentVolumeClaim?.claimName
      ? [volume.persistentVolumeClaim.claimName]
      : volume.dataVolume?.name
        ? [volume.dataVolume.name]
        : [],
  );
  return [...new Set(names)];
};

export const vmVolumesOf = (vms: V1VirtualMachine[]): VMVolumes[] =>
  vms.map((vm) => ({
    vm: { namespace: vm.metadata?.namespace ?? '', name: vm.metadata?.name ?? '' },
    claims: vmClaims(vm),
  }));
