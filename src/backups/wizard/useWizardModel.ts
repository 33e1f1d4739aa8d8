import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { useMemo } from 'react';
import { BackupModel, ScheduleModel } from '../k8s/models';
import type { BackupSpec } from '../k8s/types';
import type { Readiness } from '../readiness/useReadiness';
import { useReadiness } from '../readiness/useReadiness';
import { nonAdminWizardBackup } from '../non-admin/nonAdminWizardBackup';
import { buildBackup } from './buildBackup';
import { buildSchedule } from './buildSchedule';
import { labelPatchOps } from './labelPatchOps';
import type { ReviewPatch } from './steps/ReviewStep';
import type { BackupWizardData } from './useBackupWizardData';
import { vmDisks } from './vmDisks';
import type { WizardProblems } from './wizardProblems';
import { wizardProblems } from './wizardProblems';
import type { WizardValues } from './wizardValues';
import { ttlOf } from './wizardValues';
import type { WizardVM } from './wizardVMs';
import { refKey, wizardVMs } from './wizardVMs';

export type WizardModel = {
  rows: WizardVM[];
  picked: WizardVM[];
  readiness: Readiness;
  problems: WizardProblems;
  object: K8sResourceCommon;
  spec: BackupSpec;
  patches: (ReviewPatch & { object?: K8sResourceCommon })[];
  needsAck: boolean;
  canCreate: boolean;
};

/** Everything the wizard derives from the user's choices and the cluster: one place, pure but for the watches. */
export const useWizardModel = (
  values: WizardValues,
  data: BackupWizardData,
  cron: { expression: string; problem?: string },
): WizardModel => {
  const pickedKeys = new Set(values.vms.map(refKey));
  const pickedVMs = data.vms.filter((vm) =>
    pickedKeys.has(
      refKey({ namespace: vm.metadata?.namespace ?? '', name: vm.metadata?.name ?? '' }),
    ),
  );
  const disksKey = JSON.stringify(
    pickedVMs.flatMap((vm) =>
      vmDisks(vm, data.pvcs).map((d) => ({
        vm: vm.metadata?.name ?? '',
        pvc: d.pvc,
        storageClass: d.storageClass,
      })),
    ),
  );
  const disks = useMemo(
    () => JSON.parse(disksKey) as { vm: string; pvc: string; storageClass?: string }[],
    [disksKey],
  );
  const checked = useReadiness(disks, values.method === 'data-mover');
  // A namespace user cannot read the Velero namespace: its items are the administrator's, no
  // acknowledgement asked (NamespaceReadiness says so); the per-VM preflight still counts.
  const readiness = useMemo(
    () =>
      data.nonAdminNamespace === undefined
        ? checked
        : { ...checked, checks: [], blocked: false, needsAck: false },
    [checked, data.nonAdminNamespace],
  );
  const rows = useMemo(
    () => wizardVMs(data.vms, data.vmis, data.pvcs, data.drivers, readiness.input.snapshotClasses),
    [data.vms, data.vmis, data.pvcs, data.drivers, readiness.input.snapshotClasses],
  );
  const picked = rows.filter((r) => pickedKeys.has(refKey(r.ref)));
  const problems = wizardProblems(
    { ...values, vms: picked.map((r) => r.ref) },
    {
      takenNames: values.asSchedule ? data.scheduleNames : data.backupNames,
      locations: data.locations,
    },
  );
  const ttl = ttlOf(values);
  const choices = {
    name: values.name,
    veleroNamespace: data.veleroNamespace,
    vms: picked.map((r) => r.ref),
    method: values.method,
    storageLocation: values.storageLocation,
    ttl: 'ttl' in ttl ? ttl.ttl : '',
  };
  const nonAdmin =
    data.nonAdminNamespace !== undefined
      ? nonAdminWizardBackup(choices, data.nonAdminNamespace, data.vms, data.locations)
      : undefined;
  const built = nonAdmin
    ? nonAdmin
    : values.asSchedule
      ? buildSchedule(
          {
            ...choices,
            cron: cron.expression,
            skipImmediately: values.skipImmediately,
            useOwnerReferencesInBackup: values.useOwnerReferences,
          },
          data.vms,
        )
      : buildBackup(choices, data.vms);
  const object = 'schedule' in built ? built.schedule : built.backup;
  const spec: BackupSpec = nonAdmin
    ? nonAdmin.summarySpec
    : 'schedule' in built
      ? (built.schedule.spec?.template ?? {})
      : ((built.backup.spec as BackupSpec | undefined) ?? {});
  const patches = built.labelPatches.map((selection) => {
    const vm = pickedVMs.find(
      (v) =>
        v.metadata?.namespace === selection.vm.namespace && v.metadata?.name === selection.vm.name,
    );
    return { vm: selection.vm, ops: labelPatchOps(vm, selection), object: vm };
  });
  const needsAck =
    readiness.needsAck ||
    picked.some((r) => r.preflight.partial.length > 0 || !!r.preflight.runtimeProblem);
  const canCreate =
    Object.keys(problems).length === 0 &&
    !(values.asSchedule && cron.problem) &&
    !readiness.blocked &&
    (!needsAck || values.partialAck) &&
    (patches.length === 0 || values.labelConsent);
  return { rows, picked, readiness, problems, object, spec, patches, needsAck, canCreate };
};

export const modelOf = (values: WizardValues) => (values.asSchedule ? ScheduleModel : BackupModel);
