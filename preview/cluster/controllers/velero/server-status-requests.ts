/**
 * Velero 1.16's ServerStatusRequest controller (`server_status_request_controller.go`,
 * `internal/velero/serverstatusrequest.go`; research/oadp-velero.md §2.8): a new request is
 * `Processed` with the server version OADP 1.5 builds (`v1.16.2-OADP`), `processedTimestamp`
 * and every registered plugin `{name, kind}` — Velero's built-in actions and those of the
 * DPA's `defaultPlugins` — and is deleted one minute after it was processed.
 */
import { clone, isMap, rfc3339 } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import { writeObject } from '../helpers';
import type { ObjectRef, Reconciler } from '../runtime';
import { requeueAt, timeOf } from './cluster-time';
import { installedPlugins } from './plugin-registry';
import { VELERO_NAMESPACE, veleroServer } from './velero-server';

export const SERVER_VERSION = 'v1.16.2-OADP';
const TTL_MS = 60_000;

export function serverStatusRequestController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);
  return {
    name: 'velero-server-status-request',
    primary: k.serverStatusRequest,
    resyncOnClockAdvance: true,
    reconcile(ref: ObjectRef): number | undefined {
      if (ref.namespace !== VELERO_NAMESPACE) return undefined;
      const request = context.objects.get(k.serverStatusRequest, ref.namespace, ref.name);
      if (!request || request.metadata.deletionTimestamp) return undefined;
      const status = isMap(request.status) ? request.status : {};
      const now = context.clock.now();
      if (status.phase === 'Processed') {
        const expires = (timeOf(status.processedTimestamp) ?? now) + TTL_MS;
        if (expires > now) return requeueAt(context, expires + 1);
        context.objects.delete(k.serverStatusRequest, ref.namespace, ref.name);
        return undefined;
      }
      const next = clone(request);
      next.status = {
        phase: 'Processed',
        serverVersion: SERVER_VERSION,
        processedTimestamp: rfc3339(now),
        plugins: installedPlugins(veleroServer(context).plugins),
      };
      writeObject(context, k.serverStatusRequest, next);
      return requeueAt(context, now + TTL_MS + 1);
    },
  };
}
