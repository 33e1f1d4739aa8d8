/**
 * Fault injection for reliability tests, from `--faults SPEC`, e.g.
 * `drop-watch=0.1,error500=0.05,latency=200ms`:
 * - drop-watch=P: each open watch is cut with probability P every second;
 * - error500=P: each non-watch resource request fails with 500 with probability P;
 * - latency=D: every API request waits D (ms, or a duration such as 1s) before it is handled.
 * Discovery, health checks and the fault endpoint itself are never affected.
 */
import { errors } from '../api/errors';
import { parseGoDuration } from '../storage/clock';

export interface FaultSettings {
  dropWatch: number;
  error500: number;
  latencyMs: number;
}

export function parseFaults(spec: string | undefined): FaultSettings {
  const settings: FaultSettings = { dropWatch: 0, error500: 0, latencyMs: 0 };
  for (const part of (spec ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [key, value = ''] = part.split('=');
    const probability = (): number => {
      const p = Number(value);
      if (!(p >= 0 && p <= 1))
        throw new Error(`--faults ${key}: expected a probability between 0 and 1, got "${value}"`);
      return p;
    };
    if (key === 'drop-watch') settings.dropWatch = probability();
    else if (key === 'error500') settings.error500 = probability();
    else if (key === 'latency') {
      const ms = /^\d+$/.test(value) ? Number(value) : parseGoDuration(value);
      if (ms === undefined || ms < 0)
        throw new Error(`--faults latency: expected a duration such as 200ms, got "${value}"`);
      settings.latencyMs = ms;
    } else
      throw new Error(`--faults: unknown fault "${key}" (known: drop-watch, error500, latency)`);
  }
  return settings;
}

export function formatFaults(settings: FaultSettings): string {
  return `drop-watch=${settings.dropWatch},error500=${settings.error500},latency=${settings.latencyMs}ms`;
}

export class Faults {
  settings: FaultSettings;

  constructor(
    spec?: string,
    private readonly random: () => number = Math.random,
  ) {
    this.settings = parseFaults(spec);
  }

  /** Waits the configured latency, then maybe throws a 500. */
  async beforeRequest(isWatch: boolean): Promise<void> {
    if (this.settings.latencyMs > 0)
      await new Promise((resolve) => setTimeout(resolve, this.settings.latencyMs));
    if (!isWatch && this.settings.error500 > 0 && this.random() < this.settings.error500) {
      throw errors.internal('injected fault (--faults error500)');
    }
  }

  /** Asked once a second per open watch. */
  shouldDropWatch(): boolean {
    return this.settings.dropWatch > 0 && this.random() < this.settings.dropWatch;
  }
}
