import type { VMRef } from '../scope/productLabels';
import type { BackupMethod } from './buildBackup';
import { DEFAULT_TTL, NEVER_EXPIRES_TTL, TTL_PRESETS, formatTTL, parseTTL } from './ttl';
import type { TTLProblem } from './ttl';

export type TTLPreset = (typeof TTL_PRESETS)[number]['id'] | 'custom';
export type CronPreset = 'hourly' | 'daily' | 'weekly' | 'custom';

/** Everything the user chooses in the backup wizard (react-hook-form values). */
export type WizardValues = {
  vms: VMRef[];
  method: BackupMethod;
  name: string;
  storageLocation: string;
  ttlPreset: TTLPreset;
  customTTL: string;
  neverExpires: boolean;
  /** Consent to add our label to the VMs that need it (the patch is shown). */
  labelConsent: boolean;
  /** Acknowledgement of what will be partial or unknown. */
  partialAck: boolean;
  asSchedule: boolean;
  cronPreset: CronPreset;
  minute: string;
  time: string;
  weekdays: number[];
  customCron: string;
  skipImmediately: boolean;
  useOwnerReferences: boolean;
};

export const defaultWizardValues = (vms: VMRef[], asSchedule: boolean): WizardValues => ({
  vms,
  method: 'csi-snapshot',
  name: '',
  storageLocation: '',
  ttlPreset: '30d',
  customTTL: '',
  neverExpires: false,
  labelConsent: false,
  partialAck: false,
  asSchedule,
  cronPreset: 'daily',
  minute: '0',
  time: '02:00',
  weekdays: [1],
  customCron: '',
  skipImmediately: false,
  useOwnerReferences: false,
});

/** The TTL to send, or why the custom one is refused. */
export const ttlOf = (values: WizardValues): { ttl: string } | { problem: TTLProblem } => {
  if (values.neverExpires) return { ttl: NEVER_EXPIRES_TTL };
  if (values.ttlPreset !== 'custom')
    return { ttl: TTL_PRESETS.find((p) => p.id === values.ttlPreset)?.ttl ?? DEFAULT_TTL };
  const ms = parseTTL(values.customTTL);
  return typeof ms === 'number' ? { ttl: formatTTL(ms) } : { problem: ms };
};
