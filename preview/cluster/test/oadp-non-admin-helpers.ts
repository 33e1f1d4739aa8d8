/** What the non-admin specs share: NonAdminBackup/Restore manifests and reads through kubectl. */
import { eventually, kubectl } from './harness';
import type { TestCluster } from './harness';
import { yaml } from './fixtures';

export type Obj = {
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec: Record<string, unknown>;
  status?: Record<string, unknown> & {
    conditions?: { type: string; status: string; reason: string; message: string }[];
  };
};

export async function get(
  cluster: TestCluster,
  kind: string,
  name: string,
  namespace: string,
): Promise<Obj | undefined> {
  const result = await kubectl(cluster, ['get', kind, name, '-n', namespace, '-o', 'json']);
  return result.code === 0 ? (JSON.parse(result.stdout) as Obj) : undefined;
}

export const waitFor = (
  cluster: TestCluster,
  kind: string,
  name: string,
  namespace: string,
  test: (o: Obj) => boolean,
) =>
  eventually(async () => {
    const o = await get(cluster, kind, name, namespace);
    return o && test(o) ? o : undefined;
  }, `${kind} ${name} in ${namespace}`);

export const asDeveloper = (cluster: TestCluster, object: unknown) =>
  kubectl(cluster, ['apply', '-f', '-'], { user: 'developer', input: yaml(object) });

export const nab = (name: string, backupSpec: Record<string, unknown>) => ({
  apiVersion: 'oadp.openshift.io/v1alpha1',
  kind: 'NonAdminBackup',
  metadata: { name, namespace: 'demo' },
  spec: { backupSpec },
});

export const nar = (name: string, restoreSpec: Record<string, unknown>) => ({
  apiVersion: 'oadp.openshift.io/v1alpha1',
  kind: 'NonAdminRestore',
  metadata: { name, namespace: 'demo' },
  spec: { restoreSpec },
});

/** Conditions by type: [status, reason, message]. */
export const conditions = (o: Obj) =>
  Object.fromEntries(
    (o.status?.conditions ?? []).map((c) => [c.type, [c.status, c.reason, c.message]]),
  );
