import type { IncomingMessage } from 'node:http';

/** The local cluster's users: admin sends no token, the others their name as bearer token. */
export const LOCAL_USERS = ['admin', 'developer', 'viewer'] as const;

const cookieUser = (req: IncomingMessage): string | undefined =>
  /(?:^|;\s*)preview-user=([a-z]+)/.exec(req.headers.cookie ?? '')?.[1];

/**
 * The Authorization header for a proxied request. With a real cluster every request uses its
 * token; with the local one the user chosen in the masthead (cookie) decides.
 */
export const authorizationFor = (
  req: IncomingMessage,
  remoteToken?: string,
): string | undefined => {
  if (remoteToken) {
    return `Bearer ${remoteToken}`;
  }
  const user = cookieUser(req);
  return user && user !== 'admin' && (LOCAL_USERS as readonly string[]).includes(user)
    ? `Bearer ${user}`
    : undefined;
};
