/** Who the preview talks to the cluster as. The server maps the cookie to a bearer token. */
export const USERS = ['admin', 'developer', 'viewer'] as const;
export type PreviewUser = (typeof USERS)[number];

const KEY = 'preview-user';

const isUser = (value: string | null | undefined): value is PreviewUser =>
  !!value && (USERS as readonly string[]).includes(value);

const persist = (user: PreviewUser) => {
  localStorage.setItem(KEY, user);
  document.cookie = `${KEY}=${user}; path=/; SameSite=Strict`;
};

/**
 * Picks the user before any API request: `?user=` wins (and is remembered), then the last
 * choice, then admin. The query parameter is removed so copied URLs stay clean.
 */
export const initUser = (allowed: readonly string[]): PreviewUser => {
  const url = new URL(window.location.href);
  const fromURL = url.searchParams.get('user');
  const candidates = [fromURL, localStorage.getItem(KEY)];
  const user =
    candidates.find((c): c is PreviewUser => isUser(c) && allowed.includes(c)) ?? 'admin';
  persist(user);
  if (fromURL !== null) {
    url.searchParams.delete('user');
    window.history.replaceState(window.history.state, '', url.toString());
  }
  return user;
};

/** Switching user starts over (caches, watches) like logging in as someone else. */
export const switchUser = (user: PreviewUser) => {
  persist(user);
  window.location.reload();
};
