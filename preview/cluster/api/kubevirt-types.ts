/** Partial views of the kinds the simulated controllers read and write (only fields used here). */
import type { StoredObject } from './types';

export interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason?: string;
  message?: string;
  lastTransitionTime?: string | null;
  lastProbeTime?: string | null;
}

export interface TypedRef {
  apiGroup?: string;
  kind: string;
  name: string;
}

export interface Volume {
  name: string;
  persistentVolumeClaim?: { claimName: string; readOnly?: boolean; hotpluggable?: boolean };
  dataVolume?: { name: string; hotpluggable?: boolean };
  memoryDump?: { claimName: string };
  containerDisk?: { image: string };
  [source: string]: unknown;
}

export interface VMTemplateSpec {
  domain?: {
    devices?: {
      disks?: { name: string }[];
      interfaces?: { name: string; macAddress?: string }[];
      tpm?: { persistent?: boolean };
    };
    firmware?: { uuid?: string; serial?: string; bootloader?: { efi?: { persistent?: boolean } } };
    [field: string]: unknown;
  };
  volumes?: Volume[];
  [field: string]: unknown;
}

export interface DataVolumeTemplate {
  metadata: { name: string; labels?: Record<string, string>; [field: string]: unknown };
  spec: DataVolumeSpec;
}

export interface VirtualMachine extends StoredObject {
  spec: {
    running?: boolean;
    runStrategy?: string;
    template: {
      metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
      spec: VMTemplateSpec;
    };
    dataVolumeTemplates?: DataVolumeTemplate[];
    [field: string]: unknown;
  };
  status?: {
    printableStatus?: string;
    ready?: boolean;
    created?: boolean;
    runStrategy?: string;
    conditions?: Condition[];
    volumeSnapshotStatuses?: { name: string; enabled: boolean; reason?: string }[];
    snapshotInProgress?: string;
    restoreInProgress?: string;
    stateChangeRequests?: { action: string; uid?: string }[];
    desiredGeneration?: number;
    observedGeneration?: number;
    [field: string]: unknown;
  };
}

export interface VirtualMachineInstance extends StoredObject {
  spec: VMTemplateSpec;
  status?: {
    phase?: string;
    conditions?: Condition[];
    nodeName?: string;
    fsFreezeStatus?: string;
    guestOSInfo?: Record<string, string>;
    interfaces?: { name?: string; ipAddress?: string; ipAddresses?: string[]; mac?: string }[];
    [field: string]: unknown;
  };
}

export interface DataVolumeSpec {
  source?: Record<string, unknown>;
  pvc?: {
    storageClassName?: string;
    accessModes?: string[];
    resources?: { requests?: { storage?: string } };
    volumeMode?: string;
  };
  storage?: {
    storageClassName?: string;
    accessModes?: string[];
    resources?: { requests?: { storage?: string } };
    volumeMode?: string;
  };
  [field: string]: unknown;
}

export interface DataVolume extends StoredObject {
  spec: DataVolumeSpec;
  status?: {
    phase?: string;
    progress?: string;
    claimName?: string;
    conditions?: Condition[];
    restartCount?: number;
  };
}

export interface PersistentVolumeClaim extends StoredObject {
  spec: {
    storageClassName?: string;
    accessModes?: string[];
    resources?: { requests?: { storage?: string } };
    volumeName?: string;
    volumeMode?: string;
    dataSource?: { apiGroup?: string; kind: string; name: string };
  };
  status?: { phase?: string; capacity?: { storage?: string }; accessModes?: string[] };
}

export interface StorageClass extends StoredObject {
  provisioner: string;
  volumeBindingMode?: string;
  reclaimPolicy?: string;
}

export interface VolumeSnapshotClass extends StoredObject {
  driver: string;
  deletionPolicy: string;
  parameters?: Record<string, string>;
}

export interface VolumeSnapshot extends StoredObject {
  spec: {
    source: { persistentVolumeClaimName?: string; volumeSnapshotContentName?: string };
    volumeSnapshotClassName?: string;
  };
  status?: {
    boundVolumeSnapshotContentName?: string;
    creationTime?: string;
    readyToUse?: boolean;
    restoreSize?: string;
    error?: { message?: string; time?: string };
  };
}

export interface VMSnapshot extends StoredObject {
  spec: { source: TypedRef; deletionPolicy?: string; failureDeadline?: string };
  status?: {
    sourceUID?: string;
    virtualMachineSnapshotContentName?: string;
    creationTime?: string | null;
    phase?: string;
    readyToUse?: boolean;
    error?: { message?: string; time?: string };
    conditions?: Condition[];
    indications?: string[];
    sourceIndications?: { indication: string; message: string }[];
    snapshotVolumes?: { includedVolumes?: string[]; excludedVolumes?: string[] };
  };
}

export interface VolumeBackup {
  volumeName: string;
  persistentVolumeClaim: {
    metadata: {
      name: string;
      namespace?: string;
      labels?: Record<string, string>;
      annotations?: Record<string, string>;
    };
    spec: PersistentVolumeClaim['spec'];
  };
  volumeSnapshotName?: string;
}

export interface VMSnapshotContent extends StoredObject {
  spec: {
    source: {
      virtualMachine?: {
        apiVersion?: string;
        kind?: string;
        metadata: {
          name: string;
          namespace?: string;
          uid?: string;
          labels?: Record<string, string>;
          annotations?: Record<string, string>;
        };
        spec: VirtualMachine['spec'];
        status?: unknown;
      };
    };
    virtualMachineSnapshotName?: string;
    volumeBackups?: VolumeBackup[];
  };
  status?: {
    creationTime?: string | null;
    readyToUse?: boolean;
    error?: { message?: string; time?: string };
    volumeSnapshotStatus?: {
      volumeSnapshotName: string;
      creationTime?: string;
      readyToUse?: boolean;
      restoreSize?: string;
      error?: { message?: string; time?: string };
    }[];
  };
}

export interface VMRestore extends StoredObject {
  spec: {
    target: TypedRef;
    virtualMachineSnapshotName: string;
    targetReadinessPolicy?: string;
    volumeRestorePolicy?: string;
    volumeOwnershipPolicy?: string;
    volumeRestoreOverrides?: {
      volumeName: string;
      restoreName?: string;
      labels?: Record<string, string>;
      annotations?: Record<string, string>;
    }[];
    patches?: string[];
  };
  status?: {
    complete?: boolean;
    restoreTime?: string;
    conditions?: Condition[];
    deletedDataVolumes?: string[];
    restores?: {
      volumeName: string;
      persistentVolumeClaim: string;
      volumeSnapshotName: string;
      dataVolumeName?: string;
    }[];
  };
}

export interface VMClone extends StoredObject {
  spec: {
    source: TypedRef;
    target?: TypedRef;
    labelFilters?: string[];
    annotationFilters?: string[];
    template?: { labelFilters?: string[]; annotationFilters?: string[] };
    newMacAddresses?: Record<string, string>;
    newSMBiosSerial?: string;
    patches?: string[];
    volumeNamePolicy?: string;
  };
  status?: {
    phase?: string;
    conditions?: Condition[];
    snapshotName?: string | null;
    restoreName?: string | null;
    targetName?: string | null;
    creationTime?: string;
  };
}
