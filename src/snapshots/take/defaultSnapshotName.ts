import { fitLabel } from '@shared/validation/dns1123';

const pad = (n: number) => String(n).padStart(2, '0');

/** `yyyyMMdd-HHmmss` in the browser's local time, 24-hour clock. */
export const snapshotTimestamp = (now: Date): string =>
  `${String(now.getFullYear())}${pad(now.getMonth() + 1)}${pad(now.getDate())}-` +
  `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;

/**
 * `<vm>-snapshot-<yyyyMMdd-HHmmss>`. A long VM name is cut (never leaving a trailing `-`)
 * so the whole name stays a valid 63-character DNS-1123 label.
 */
export const defaultSnapshotName = (vmName: string, now: Date): string =>
  fitLabel(vmName, `-snapshot-${snapshotTimestamp(now)}`);
