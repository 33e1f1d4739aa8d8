/** A duration as `1h 2m`, `4m 52s` or `12s`; `-` when unknown. Units are not translated (SI). */
export const formatDuration = (ms: number | undefined): string => {
  if (ms === undefined || ms < 0) return '-';
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h ${m}m`;
  if (m > 0) return `${m}m ${s}s`;
  return `${s}s`;
};
