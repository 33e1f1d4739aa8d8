/** `GET|PUT /preview/faults` — reads or changes fault injection while running (cluster-admin only). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errors } from '../api/errors';
import { asString, isMap } from '../api/types';
import type { UserInfo } from '../auth/users';
import type { ClusterContext } from '../cluster-context';
import { decodeBody, readBody } from './body';
import { formatFaults, parseFaults } from './faults';
import { sendJson } from './responses';

export async function handleFaultsEndpoint(
  context: ClusterContext,
  req: IncomingMessage,
  res: ServerResponse,
  user: UserInfo,
): Promise<void> {
  if (req.method === 'PUT') {
    const body = decodeBody(await readBody(req), req.headers['content-type'] ?? '', [
      'application/json',
    ]);
    const spec = isMap(body) ? asString(body.spec) : undefined;
    if (spec === undefined)
      throw errors.badRequest('expected {"spec": "drop-watch=0.1,error500=0.05,latency=200ms"}');
    try {
      context.faults.settings = parseFaults(spec);
    } catch (error) {
      throw errors.badRequest(error instanceof Error ? error.message : String(error));
    }
    context.log(`faults set by ${user.name}: ${formatFaults(context.faults.settings)}`);
  } else if (req.method !== 'GET') {
    throw errors.methodNotAllowed(req.method ?? '');
  }
  sendJson(res, 200, { spec: formatFaults(context.faults.settings), ...context.faults.settings });
}
