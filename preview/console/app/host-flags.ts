/**
 * Flags other plugins would set. `?flags=KUBEVIRT_DYNAMIC` switches on kubevirt-plugin mode
 * (DESIGN §8): the flag kubevirt-plugin's `console.flag` handler sets, and kubevirt-plugin's
 * VM page. The choice is remembered; `?flags=` (empty) switches back.
 */
export const KNOWN_HOST_FLAGS = ['KUBEVIRT_DYNAMIC'] as const;
const KEY = 'preview-flags';

export const initHostFlags = (): Record<string, boolean> => {
  const url = new URL(window.location.href);
  const fromURL = url.searchParams.get('flags');
  if (fromURL !== null) {
    const wanted = fromURL
      .split(',')
      .filter((f) => (KNOWN_HOST_FLAGS as readonly string[]).includes(f));
    localStorage.setItem(KEY, wanted.join(','));
    url.searchParams.delete('flags');
    window.history.replaceState(window.history.state, '', url.toString());
  }
  const stored = (localStorage.getItem(KEY) ?? '').split(',').filter(Boolean);
  // Only flags that are on are set: a flag nobody sets stays pending, as in the console.
  return Object.fromEntries(stored.map((f) => [f, true]));
};

/** Leaves a mode: the next start reads no host flags. */
export const clearHostFlags = () => {
  localStorage.setItem(KEY, '');
  window.location.reload();
};

const DELAY_KEY = 'preview-host-flag-delay';
/** In the console a page can render before kubevirt-plugin's handler has set its flag. */
const DEFAULT_DELAY_MS = 300;

/**
 * How long other plugins' flags stay pending after our plugin has loaded:
 * `?hostFlagDelay=<ms>` (remembered; `?hostFlagDelay=` forgets it) or 300 ms, so every kubevirt-plugin-mode visit passes
 * through the moment a real console has.
 */
export const hostFlagDelayMs = (hostFlags: Record<string, boolean>): number => {
  const url = new URL(window.location.href);
  const fromURL = url.searchParams.get('hostFlagDelay');
  if (fromURL !== null) {
    if (fromURL === '') localStorage.removeItem(DELAY_KEY);
    else localStorage.setItem(DELAY_KEY, fromURL);
    url.searchParams.delete('hostFlagDelay');
    window.history.replaceState(window.history.state, '', url.toString());
  }
  if (Object.keys(hostFlags).length === 0) return 0;
  const stored = Number(localStorage.getItem(DELAY_KEY) ?? DEFAULT_DELAY_MS);
  return Number.isFinite(stored) && stored >= 0 ? stored : DEFAULT_DELAY_MS;
};
