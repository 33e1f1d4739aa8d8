/**
 * Waits measured on the cluster's clock (cron times, TTLs, validation and sync periods, the
 * 24 h and 10 min clean-ups): that clock runs at wall speed and tests move it forward
 * (`PUT /preview/clock`), so a reconciler asks to be looked at again when the clock reaches a
 * time, and `resyncOnClockAdvance` covers the jumps.
 */
import type { ClusterContext } from '../../cluster-context';

/** Longest real wait between looks, so a far-off time is re-checked now and then. */
const MAX_REAL_WAIT_MS = 60_000;

/** The simulated delay a Reconciler returns to be looked at again at cluster time `at`. */
export function requeueAt(context: ClusterContext, at: number): number {
  const realWait = Math.min(MAX_REAL_WAIT_MS, Math.max(1, at - context.clock.now() + 5));
  return realWait * context.clock.scale;
}

/** Epoch ms of an RFC 3339 timestamp, undefined when absent or unparsable. */
export function timeOf(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}
