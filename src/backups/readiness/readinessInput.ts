import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { ReadinessInput } from './readinessChecks';

/** The label Velero's CSI plugin looks for on a VolumeSnapshotClass (its value is ignored). */
export const VELERO_CLASS_LABEL = 'velero.io/csi-volumesnapshot-class';

type Condition = { type?: string; status?: string; message?: string };
export type DPAObject = K8sResourceCommon & {
  spec?: {
    configuration?: {
      velero?: { defaultPlugins?: string[] };
      nodeAgent?: { enable?: boolean };
    };
  };
  status?: { conditions?: Condition[] };
};
export type LocationObject = K8sResourceCommon & {
  spec?: { default?: boolean };
  status?: { phase?: string; message?: string };
};
export type SnapshotClassObject = K8sResourceCommon & { driver?: string };
export type StorageClassObject = K8sResourceCommon & { provisioner?: string };

export const dpaInput = (dpa: DPAObject): NonNullable<ReadinessInput['dpa']> => {
  const reconciled = dpa.status?.conditions?.find((c) => c.type === 'Reconciled');
  return {
    name: dpa.metadata?.name ?? '',
    reconciled: reconciled
      ? { status: reconciled.status ?? '', message: reconciled.message }
      : undefined,
    plugins: dpa.spec?.configuration?.velero?.defaultPlugins ?? [],
    nodeAgent: !!dpa.spec?.configuration?.nodeAgent?.enable,
  };
};

/** Default location first, then by name (the wizard's storage location order). */
export const locationsInput = (
  locations: LocationObject[],
): NonNullable<ReadinessInput['locations']> =>
  locations
    .map((l) => ({
      name: l.metadata?.name ?? '',
      phase: l.status?.phase,
      message: l.status?.message,
      isDefault: !!l.spec?.default,
    }))
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name));

export const snapshotClassesInput = (
  classes: SnapshotClassObject[],
): NonNullable<ReadinessInput['snapshotClasses']> =>
  classes.map((c) => ({
    name: c.metadata?.name ?? '',
    driver: c.driver ?? '',
    labelled: VELERO_CLASS_LABEL in (c.metadata?.labels ?? {}),
  }));

/** The CSI driver of a storage class (its provisioner); undefined when the class is unknown. */
export const driverOf = (storageClasses: StorageClassObject[], name?: string): string | undefined =>
  storageClasses.find((sc) => sc.metadata?.name === name)?.provisioner;
