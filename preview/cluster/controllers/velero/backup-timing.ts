/**
 * Timings and knobs of the simulated Velero backup path, in simulated milliseconds (divided by
 * --time-scale), and a monotonic progress counter that survives a change of time scale.
 */
import type { ClusterContext } from '../../cluster-context';
import { ANNOTATION_PREFIX } from '../simulation';

export const BACKUP_TIMING = {
  /** Velero backing up one item (GET, actions, write to the tarball). */
  perItem: 100,
  /** Shortest wait between two progress updates. */
  progressStep: 1_000,
  /** DataUpload: node agent accepts, exposes the snapshot, starts the uploader. */
  duAccept: 1_000,
  duPrepare: 2_000,
  duStart: 1_000,
  /** Data mover upload rate, bytes per simulated ms (≈ 200 MiB/s). */
  uploadBytesPerMs: (200 * 1024 * 1024) / 1000,
  retry: 5_000,
};

/** On a PVC: how long its data-mover upload takes in total (Go duration), e.g. "10h". */
export const UPLOAD_DURATION_ANNOTATION = `${ANNOTATION_PREFIX}/upload-duration`;
/**
 * On a Backup: "true" makes the Velero server leave it exactly where it is (a backup stuck
 * InProgress, as after a crash), until the annotation goes.
 */
export const HOLD_ANNOTATION = `${ANNOTATION_PREFIX}/hold`;
/** On a PVC: its data-mover upload fails with this message once half done. */
export const UPLOAD_FAIL_ANNOTATION = `${ANNOTATION_PREFIX}/upload-fail`;

/**
 * Simulated time elapsed since the previous call for an id (0 the first time, also after a
 * restart), so progress kept in an object's status only grows, whatever the time scale did.
 */
export class ProgressClock {
  private readonly last = new Map<string, number>();
  private readonly carry = new Map<string, number>();

  constructor(private readonly context: ClusterContext) {}

  elapsed(id: string): number {
    const now = this.context.clock.now();
    const previous = this.last.get(id);
    this.last.set(id, now);
    return previous === undefined ? 0 : (now - previous) * this.context.clock.scale;
  }

  /** Whole units of `msPerUnit` done since the previous call; the remainder carries over. */
  units(id: string, msPerUnit: number): number {
    const total = this.elapsed(id) + (this.carry.get(id) ?? 0);
    const whole = Math.floor(total / msPerUnit);
    this.carry.set(id, total - whole * msPerUnit);
    return whole;
  }

  forget(id: string): void {
    this.last.delete(id);
    this.carry.delete(id);
  }
}
