/** KubeVirt's subresource API: PUT .../virtualmachines/<name>/start|stop|restart and .../virtualmachineinstances/<name>/pause|unpause|freeze|unfreeze. */
import { errors } from '../api/errors';
import type { ClusterContext } from '../cluster-context';
import { runVmAction } from '../controllers/vm-actions';
import type { VmActionName } from '../controllers/vm-actions';
import { KUBEVIRT_SUBRESOURCES } from './discovery';
import type { RequestInfo } from './request-info';
import type { HandlerResult } from './resource-request';

export async function handleKubevirtSubresource(
  context: ClusterContext,
  info: RequestInfo,
  readBody: () => Promise<Buffer>,
): Promise<HandlerResult> {
  await readBody();
  const allowed = KUBEVIRT_SUBRESOURCES[info.resource ?? ''] as string[] | undefined;
  if (
    info.version !== 'v1' ||
    !allowed ||
    !info.subresource ||
    !allowed.includes(info.subresource) ||
    !info.namespace ||
    !info.name
  ) {
    throw errors.pathNotFound(info.path);
  }
  if (info.verb !== 'update') throw errors.methodNotAllowed(info.verb);
  runVmAction(context, info.subresource as VmActionName, info.namespace, info.name);
  return { code: 202, body: '' };
}
