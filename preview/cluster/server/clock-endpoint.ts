/**
 * `GET|PUT /preview/clock` — reads the cluster's clock or moves it forward
 * (`{"advance": "24h"}`, a Go duration), so tests of cron schedules and TTL expiry need not wait
 * for wall-clock minutes. Authorized like every non-resource path (cluster-admin only).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errors } from '../api/errors';
import { asString, isMap, rfc3339 } from '../api/types';
import type { UserInfo } from '../auth/users';
import type { ClusterContext } from '../cluster-context';
import { parseGoDuration } from '../storage/clock';
import { decodeBody, readBody } from './body';
import { sendJson } from './responses';

export async function handleClockEndpoint(
  context: ClusterContext,
  req: IncomingMessage,
  res: ServerResponse,
  user: UserInfo,
): Promise<void> {
  if (req.method === 'PUT') {
    const body = decodeBody(await readBody(req), req.headers['content-type'] ?? '', [
      'application/json',
    ]);
    const text = isMap(body) ? asString(body.advance) : undefined;
    const ms = text === undefined ? undefined : parseGoDuration(text);
    if (ms === undefined || ms < 0)
      throw errors.badRequest('expected {"advance": "<non-negative Go duration, e.g. 90m>"}');
    context.clock.advance(ms);
    context.log(`clock advanced ${text} by ${user.name}`);
  } else if (req.method !== 'GET') {
    throw errors.methodNotAllowed(req.method ?? '');
  }
  sendJson(res, 200, { now: rfc3339(context.clock.now()) });
}
