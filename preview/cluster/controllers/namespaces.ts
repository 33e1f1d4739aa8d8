/** Namespace lifecycle: Active on creation; on deletion, Terminating until every object in it is gone. */
import type { StoredObject } from '../api/types';
import { clone } from '../api/types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import { writeObject } from './helpers';
import type { ObjectRef, Reconciler } from './runtime';

interface Namespace extends StoredObject {
  spec?: { finalizers?: string[] };
  status?: { phase?: string };
}

export function namespaceController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);
  return {
    name: 'namespace',
    primary: k.namespace,
    reconcile(ref: ObjectRef): number | undefined {
      const namespace: Namespace | undefined = context.objects.get(
        k.namespace,
        undefined,
        ref.name,
      );
      if (!namespace) return;
      const next = clone(namespace);
      if (!namespace.metadata.deletionTimestamp) {
        next.spec = { ...next.spec, finalizers: next.spec?.finalizers ?? ['kubernetes'] };
        next.status = { phase: 'Active' };
        writeObject(context, k.namespace, next);
        return;
      }
      next.status = { phase: 'Terminating' };
      let remaining = 0;
      for (const type of context.registry.types) {
        if (!type.namespaced || type.virtual) continue;
        for (const object of context.objects.list(type, ref.name)) {
          remaining++;
          if (!object.metadata.deletionTimestamp)
            context.objects.delete(type, ref.name, object.metadata.name);
        }
      }
      if (remaining === 0) next.spec = { ...next.spec, finalizers: [] };
      writeObject(context, k.namespace, next);
      return remaining > 0 ? 1000 : undefined;
    },
  };
}
