/**
 * Simulated time. Every controller delay and deadline is expressed in simulated
 * milliseconds; `--time-scale N` makes simulated time run N times faster than the wall clock,
 * so a 5-minute grace period takes 3 s at N=100.
 */
export class Clock {
  /** Exact creation times of objects made by this process (creationTimestamp has 1 s resolution). */
  private readonly created = new Map<string, number>();

  private currentScale: number;
  /** Simulated ms the cluster's clock is ahead of the wall clock (moved by `advance`). */
  private offset = 0;
  private readonly advanceListeners = new Set<() => void>();

  constructor(scale = 1) {
    this.currentScale = 1;
    this.scale = scale;
  }

  get scale(): number {
    return this.currentScale;
  }

  /** The seed changes it while it fast-forwards the demo history. */
  set scale(value: number) {
    if (!(value > 0)) throw new Error(`time scale must be positive, got ${value}`);
    this.currentScale = value;
  }

  /** The cluster's "now": the wall clock plus whatever tests moved it forward. */
  now(): number {
    return Date.now() + this.offset;
  }

  /**
   * Moves the cluster's clock forward (cron schedules, TTL expiry, 24 h clean-ups), so tests
   * need not wait for wall-clock minutes. Pending simulated waits complete accordingly.
   */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`the clock only moves forward, got ${ms}`);
    this.offset += ms;
    for (const listener of this.advanceListeners) listener();
  }

  /** Called after every `advance`; returns the unsubscribe function. */
  onAdvance(listener: () => void): () => void {
    this.advanceListeners.add(listener);
    return () => this.advanceListeners.delete(listener);
  }

  /** Real milliseconds to wait for `simulatedMs` of simulated time. */
  realDelay(simulatedMs: number): number {
    return Math.max(0, simulatedMs / this.scale);
  }

  /** Simulated milliseconds elapsed since a real instant. */
  simulatedSince(realMs: number): number {
    return (this.now() - realMs) * this.scale;
  }

  rememberCreation(uid: string, realMs: number): void {
    this.created.set(uid, realMs);
  }

  forget(uid: string): void {
    this.created.delete(uid);
  }

  /** When an object was created: exact if made here, else from its creationTimestamp. */
  creationOf(object: { metadata: { uid?: string; creationTimestamp?: string } }): number {
    const exact = object.metadata.uid ? this.created.get(object.metadata.uid) : undefined;
    if (exact !== undefined) return exact;
    const parsed = Date.parse(object.metadata.creationTimestamp ?? '');
    return Number.isNaN(parsed) ? this.now() : parsed;
  }
}

/** Parses a Go duration string ("90s", "1.5h", "300ms", "1h2m") into milliseconds. */
export function parseGoDuration(text: string): number | undefined {
  if (text === '0') return 0;
  const units: Record<string, number> = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
  };
  const pattern = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/y;
  const sign = text.startsWith('-') ? -1 : 1;
  let position = text.startsWith('-') || text.startsWith('+') ? 1 : 0;
  if (position >= text.length) return undefined;
  let total = 0;
  while (position < text.length) {
    pattern.lastIndex = position;
    const m = pattern.exec(text);
    if (!m) return undefined;
    total += Number(m[1]) * units[m[2]];
    position = pattern.lastIndex;
  }
  return sign * total;
}

/** Go's time.Duration.String() for whole seconds and above, e.g. 300000 → "5m0s". */
export function formatGoDuration(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (hours > 0) return `${hours}h${minutes}m${seconds}s`;
  if (minutes > 0) return `${minutes}m${seconds}s`;
  return `${seconds}s`;
}
