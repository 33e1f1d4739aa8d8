/**
 * Backup TTLs as Velero reads them (a Go duration, `metav1.Duration`). Velero replaces 0 with
 * its default (720h, research/oadp-velero.md §0a), so "never expires" is sent as 100 years —
 * Velero has no TTL that never ends.
 */
export const DEFAULT_TTL = '720h0m0s';
export const NEVER_EXPIRES_TTL = '876000h0m0s';

export const TTL_PRESETS = [
  { id: '1d', ttl: '24h0m0s' },
  { id: '7d', ttl: '168h0m0s' },
  { id: '30d', ttl: DEFAULT_TTL },
  { id: '90d', ttl: '2160h0m0s' },
] as const;

export type TTLProblem = 'empty' | 'format' | 'negative' | 'zero' | 'too-long';

const UNIT_MS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };

/** Milliseconds of a Go duration made of h, m, s, ms parts (`1h30m`, `90m`, `1.5h`). */
export const parseTTL = (text: string): number | TTLProblem => {
  const value = text.trim();
  if (!value) return 'empty';
  if (value.startsWith('-')) return 'negative';
  const pattern = /(\d+(?:\.\d+)?)(ms|h|m|s)/y;
  let total = 0;
  let position = 0;
  while (position < value.length) {
    pattern.lastIndex = position;
    const match = pattern.exec(value);
    if (!match) return 'format';
    total += Number(match[1]) * UNIT_MS[match[2]];
    position = pattern.lastIndex;
  }
  if (total === 0) return 'zero';
  if (total > 876000 * UNIT_MS.h) return 'too-long';
  return total;
};

/** Go's canonical form, as Velero writes it back: `168h0m0s`. */
export const formatTTL = (ms: number): string => {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 3600)}h${Math.floor((seconds % 3600) / 60)}m${seconds % 60}s`;
};
