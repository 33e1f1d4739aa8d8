/** Authentication: Bearer tokens from users.yaml; no token means the anonymous admin. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { asArray, asString, isMap } from '../api/types';

export interface UserInfo {
  name: string;
  groups: string[];
}

export interface UserDirectory {
  anonymous: UserInfo;
  byToken: Map<string, UserInfo>;
}

export const USERS_FILE = join(__dirname, '..', 'users.yaml');
const AUTHENTICATED = 'system:authenticated';

function toUser(entry: unknown): UserInfo {
  if (!isMap(entry)) throw new Error('users file: each user must be a map');
  const groups = asArray(entry.groups).filter((g): g is string => typeof g === 'string');
  return { name: asString(entry.name) ?? '', groups: [...new Set([...groups, AUTHENTICATED])] };
}

export function loadUsers(file = USERS_FILE): UserDirectory {
  const doc = yaml.load(readFileSync(file, 'utf8'));
  if (!isMap(doc)) throw new Error(`${file}: expected a map`);
  const byToken = new Map<string, UserInfo>();
  for (const entry of asArray(doc.users)) {
    const token = isMap(entry) ? asString(entry.token) : undefined;
    if (token) byToken.set(token, toUser(entry));
  }
  return {
    anonymous: toUser(doc.anonymous ?? { name: 'admin', groups: ['system:masters'] }),
    byToken,
  };
}

/** Reads the token from an Authorization header or a WebSocket bearer subprotocol. */
export function tokenFrom(
  authorization: string | undefined,
  protocols: string[],
): string | undefined {
  const match = authorization ? /^Bearer\s+(.+)$/i.exec(authorization.trim()) : null;
  if (match) return match[1];
  // Browsers cannot set headers on WebSockets; the console passes the token as a subprotocol.
  const prefix = 'base64url.bearer.authorization.k8s.io.';
  const protocol = protocols.find((p) => p.startsWith(prefix));
  return protocol
    ? Buffer.from(protocol.slice(prefix.length), 'base64url').toString('utf8')
    : undefined;
}

export function impersonated(name: string, groups: string[]): UserInfo {
  return { name, groups: [...new Set([...groups, AUTHENTICATED])] };
}
