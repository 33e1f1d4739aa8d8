/**
 * The knobs and timings of the simulation, in simulated milliseconds (scaled by --time-scale).
 * Knobs are annotations, so demos and tests can ask for a slow snapshot or a VM without guest
 * agent through the ordinary API.
 */
import { parseGoDuration } from '../storage/clock';

export const ANNOTATION_PREFIX = 'local-cluster.vm-data-protection.io';
/** On a VM's spec.template.metadata: "false" means the guest has no agent (never AgentConnected). */
export const GUEST_AGENT_ANNOTATION = `${ANNOTATION_PREFIX}/guest-agent`;
/** On a VM's spec.template.metadata: "<volume>:<claim>,…" hot-plugged (not persisted) when running. */
export const HOTPLUG_ANNOTATION = `${ANNOTATION_PREFIX}/hotplug-volumes`;
/** On a PVC: how long the simulated CSI driver takes to cut a snapshot of it (Go duration). */
export const SNAPSHOT_DELAY_ANNOTATION = `${ANNOTATION_PREFIX}/snapshot-delay`;

export const TIMING = {
  pvcBind: 1_000,
  importScheduled: 1_000,
  importBase: 4_000,
  importPerGiB: 100,
  vmiScheduling: 1_000,
  vmiStart: 3_000,
  guestAgentConnect: 4_000,
  vmiShutdown: 2_000,
  snapshotCut: 1_000,
  snapshotReadyBase: 2_000,
  snapshotReadyPerGiB: 20,
  restoreStep: 1_000,
  retry: 5_000,
};

export function annotationDuration(
  annotations: Record<string, string> | undefined,
  key: string,
): number | undefined {
  const value = annotations?.[key];
  return value === undefined ? undefined : parseGoDuration(value);
}
