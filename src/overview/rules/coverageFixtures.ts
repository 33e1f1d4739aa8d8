/** Small builders for the coverage specs: times are hours before NOW. */
import type { BackupTemplate, VeleroBackup, VeleroSchedule } from '@backups/k8s/types';
import { vmLabelKey } from '@backups/scope/productLabels';
import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';

export const NOW = Date.parse('2026-12-02T12:00:00Z');
export const HOUR = 3600 * 1000;
export const ago = (hours: number) => new Date(NOW - hours * HOUR).toISOString();

export const vm = (namespace: string, name: string, labels: Record<string, string> = {}) => ({
  metadata: { namespace, name, uid: `uid-${namespace}-${name}`, labels: { app: name, ...labels } },
});

export const backup = (
  name: string,
  options: {
    phase?: string;
    hoursAgo?: number;
    vms?: [string, string][];
    spec?: VeleroBackup['spec'];
    expiration?: string;
  } = {},
): VeleroBackup => ({
  metadata: {
    name,
    namespace: 'openshift-adp',
    labels: Object.fromEntries((options.vms ?? []).map(([ns, n]) => [vmLabelKey(n), ns])),
  },
  spec: options.spec ?? {},
  status: {
    phase: options.phase ?? 'Completed',
    completionTimestamp: ago(options.hoursAgo ?? 1),
    ...(options.expiration ? { expiration: options.expiration } : {}),
  },
});

export const snapshot = (
  namespace: string,
  name: string,
  vmName: string,
  options: { hoursAgo?: number; ready?: boolean; phase?: string; sourceUID?: string } = {},
): V1beta1VirtualMachineSnapshot => ({
  metadata: { namespace, name },
  spec: { source: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: vmName } },
  status: {
    phase: options.phase ?? 'Succeeded',
    readyToUse: options.ready ?? true,
    creationTime: ago(options.hoursAgo ?? 1),
    ...(options.sourceUID ? { sourceUID: options.sourceUID } : {}),
  },
});

export const schedule = (
  name: string,
  template: BackupTemplate,
  options: { paused?: boolean; cron?: string; lastBackupHoursAgo?: number } = {},
): VeleroSchedule => ({
  metadata: { name, namespace: 'openshift-adp', creationTimestamp: ago(24 * 30) },
  spec: { schedule: options.cron ?? '0 2 * * *', template, paused: options.paused ?? false },
  status: {
    phase: 'Enabled',
    ...(options.lastBackupHoursAgo !== undefined
      ? { lastBackup: ago(options.lastBackupHoursAgo) }
      : {}),
  },
});
