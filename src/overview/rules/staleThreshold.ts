/**
 * The stale threshold the user picks, kept in the URL as `vdp-staleHours` (our `vdp-` prefix,
 * so the console's own parameters are never touched). Two days by default: a nightly schedule
 * that missed one run is not yet stale, one that missed two is.
 */
export const STALE_PARAM = 'vdp-staleHours';
export const STALE_PRESETS_HOURS = [6, 12, 24, 48, 72, 168, 720] as const;
export const DEFAULT_STALE_HOURS = 48;

/** A value from the URL: one of the presets, else the default (a hand-edited URL is no error). */
export const parseStaleHours = (value: string | null): number => {
  const hours = Number(value);
  return (STALE_PRESETS_HOURS as readonly number[]).includes(hours) ? hours : DEFAULT_STALE_HOURS;
};
