const dateTime = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});
/** The console reads times as relative only within 10.5 minutes; the future is a date. */
const RELATIVE_WINDOW_MS = 10.5 * 60_000;

export const timestampText = (date: Date, now: number, omitSuffix?: boolean): string => {
  const ago = now - date.getTime();
  if (ago < 0 || ago >= RELATIVE_WINDOW_MS) {
    return dateTime.format(date);
  }
  const minutes = Math.floor(ago / 60_000);
  if (minutes < 1) {
    return 'Just now';
  }
  const unit = minutes === 1 ? 'minute' : 'minutes';
  return omitSuffix ? `${minutes} ${unit}` : `${minutes} ${unit} ago`;
};
