/**
 * The labels kubevirt-velero-plugin 0.8 reads from the Restore (research/oadp-velero.md §2.11,
 * §3.5): a run strategy value, and two whose presence is enough.
 */
export const RUN_STRATEGY_LABEL = 'velero.kubevirt.io/restore-run-strategy';
export const CLEAR_MAC_LABEL = 'velero.kubevirt.io/clear-mac-address';
export const NEW_FIRMWARE_UUID_LABEL = 'velero.kubevirt.io/generate-new-firmware-uuid';

/** "As in the backup" sends no label: the VM keeps the run strategy it was backed up with. */
export type PowerChoice = 'as-backed-up' | 'Halted' | 'Always';

export type VMOptions = { power: PowerChoice; newMACs: boolean; newFirmwareUUID: boolean };

export const optionLabels = (options: VMOptions): Record<string, string> => ({
  ...(options.power !== 'as-backed-up' ? { [RUN_STRATEGY_LABEL]: options.power } : {}),
  ...(options.newMACs ? { [CLEAR_MAC_LABEL]: 'true' } : {}),
  ...(options.newFirmwareUUID ? { [NEW_FIRMWARE_UUID_LABEL]: 'true' } : {}),
});
