import { useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { useWatchList } from '@shared/hooks/useWatch';
import { StorageClassModel, VolumeSnapshotClassModel } from '@shared/k8s/models';
import { useMemo } from 'react';
import { useVeleroNamespace } from '../hooks/useVeleroNamespace';
import { BackupStorageLocationModel, DataProtectionApplicationModel } from '../k8s/models';
import type { CheckResult, ReadinessInput } from './readinessChecks';
import { readinessChecks, readinessVerdict } from './readinessChecks';
import type {
  DPAObject,
  LocationObject,
  SnapshotClassObject,
  StorageClassObject,
} from './readinessInput';
import { dpaInput, driverOf, locationsInput, snapshotClassesInput } from './readinessInput';

export type ReadinessDisk = { vm: string; pvc: string; storageClass?: string };

export type Readiness = {
  checks: CheckResult[];
  blocked: boolean;
  needsAck: boolean;
  input: ReadinessInput;
  veleroNamespace: string;
};

/**
 * Everything the readiness checks need (DESIGN §6 "Readiness"), watched once: the OADP flag,
 * the DPA, the storage locations, VolumeSnapshotClasses and StorageClasses. A watch that is
 * not loaded or not allowed leaves its input undefined, so its item is "unknown", never ok.
 */
export const useReadiness = (disks: ReadinessDisk[] = [], dataMover = false): Readiness => {
  const oadpInstalled = useFlag('VDP_OADP');
  const velero = useVeleroNamespace();
  const dpas = useWatchList<DPAObject>(DataProtectionApplicationModel, '');
  const locations = useWatchList<LocationObject>(
    BackupStorageLocationModel,
    velero.loaded ? velero.namespace : undefined,
  );
  const snapshotClasses = useWatchList<SnapshotClassObject>(VolumeSnapshotClassModel, '');
  const storageClasses = useWatchList<StorageClassObject>(StorageClassModel, '');

  return useMemo(() => {
    const dpa = dpas.data.find((d) => d.metadata?.namespace === velero.namespace);
    const input: ReadinessInput = {
      oadpInstalled,
      // null: loaded and there is none (a problem); undefined: unknown.
      dpa: dpas.error || !dpas.loaded ? undefined : dpa ? dpaInput(dpa) : null,
      locations: locations.error || !locations.loaded ? undefined : locationsInput(locations.data),
      dataMover,
      disks: disks.map((d) => ({ ...d, driver: driverOf(storageClasses.data, d.storageClass) })),
      snapshotClasses:
        snapshotClasses.error || !snapshotClasses.loaded
          ? undefined
          : snapshotClassesInput(snapshotClasses.data),
    };
    const checks = readinessChecks(input);
    return { checks, ...readinessVerdict(checks), input, veleroNamespace: velero.namespace };
  }, [
    oadpInstalled,
    dpas,
    velero.namespace,
    locations,
    dataMover,
    disks,
    storageClasses,
    snapshotClasses,
  ]);
};
