/** Writes seed objects straight into the store (status included), as if restored from etcd. */
import type { KubeObject, StoredObject } from '../api/types';
import type { ClusterContext } from '../cluster-context';
import { seedDemo } from './demo';
import { infrastructureObjects } from './infrastructure';
import { oadpObjects } from './oadp';

/**
 * `demo`: the infrastructure, OADP and the demo workloads with their history; `empty`: the
 * infrastructure with OADP installed and no history (issue 8 part 11); `bare`: the
 * infrastructure only, for tests that install OADP their own way.
 */
export type SeedName = 'demo' | 'empty' | 'bare';

/** Stores one object, keeping a uid or creationTimestamp the seed chose (for back-dated history). */
export function put(context: ClusterContext, object: KubeObject): StoredObject {
  const type = context.registry.forObject(object.apiVersion, object.kind);
  if (!type) throw new Error(`seed: unknown kind ${object.apiVersion} ${object.kind}`);
  const prepared = context.objects.prepareCreate(type, object);
  if (object.metadata.uid) prepared.metadata.uid = object.metadata.uid;
  if (object.metadata.creationTimestamp)
    prepared.metadata.creationTimestamp = object.metadata.creationTimestamp;
  prepared.apiVersion = `${type.group ? `${type.group}/` : ''}${type.storageVersion}`;
  return context.objects.insert(type, prepared);
}

/** Infrastructure first; the demo workloads are then made by the running controllers. */
export async function applySeed(context: ClusterContext, seed: SeedName): Promise<void> {
  for (const object of infrastructureObjects()) put(context, object);
  if (seed === 'demo') await seedDemo(context, (object) => put(context, object));
  // No schedule either: it would start a history at its first cron time.
  if (seed === 'empty')
    for (const object of oadpObjects().filter((o) => o.kind !== 'Schedule')) put(context, object);
}
