/**
 * The backend's `virtual-machines` file: what a backup's archive holds about its VMs, read
 * from the archived objects themselves (the backend's `archived-vms.ts`). Velero matches a
 * Restore's label selectors against exactly these labels.
 */
export type ArchivedVM = {
  namespace: string;
  name: string;
  /** The VM's UID at backup time: its disks and their snapshots carry it as `kubevirt.io/created-by`. */
  uid?: string;
  labels: Record<string, string>;
  /** The claims its spec names (dataVolumeTemplates, DataVolume and PVC volumes). */
  claims: string[];
};

export type ArchivedClaim = {
  kind: 'DataVolume' | 'PersistentVolumeClaim';
  namespace: string;
  name: string;
  labels: Record<string, string>;
};

export type ArchivedVMs = { virtualMachines: ArchivedVM[]; claims: ArchivedClaim[] };
