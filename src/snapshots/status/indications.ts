import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';

export type IndicationSeverity = 'info' | 'warning' | 'danger';

export type Indication = {
  name: string;
  /** The controller's own message, when it gave one (sourceIndications only). */
  message?: string;
  severity: IndicationSeverity;
};

// Paused, NoGuestAgent and PartialSnapshot mean the snapshot is not application-consistent
// or not complete; quiesce problems mean the freeze failed (research §2.2, §4.2 item 8).
const SEVERITY: Record<string, IndicationSeverity> = {
  Online: 'info',
  GuestAgent: 'info',
  NoGuestAgent: 'warning',
  Paused: 'warning',
  PartialSnapshot: 'warning',
  QuiesceTimeout: 'danger',
  QuiesceFailed: 'danger',
};

/** `status.sourceIndications`, falling back to the deprecated `status.indications`. */
export const getIndications = (snapshot: V1beta1VirtualMachineSnapshot): Indication[] => {
  const source = snapshot.status?.sourceIndications;
  const list = source?.length
    ? source.map((s) => ({ name: s.indication ?? '', message: s.message || undefined }))
    : (snapshot.status?.indications ?? []).map((name) => ({ name, message: undefined }));
  return list.filter((i) => i.name).map((i) => ({ ...i, severity: SEVERITY[i.name] ?? 'info' }));
};
