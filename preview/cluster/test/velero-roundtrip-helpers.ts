/**
 * Shared steps of the backup → restore round trips: OADP installed through its DPA, a running
 * VM with a fixed MAC, Backups and Restores through kubectl, and the bucket's files read back.
 * No hand-made archive: every backup here is made by the Backup controller.
 */
import { gunzipSync } from 'node:zlib';
import { readTarGz } from '../object-store/tar';
import { eventually, kubectl } from './harness';
import type { TestCluster } from './harness';
import { vmManifest, yaml } from './fixtures';
import { BUCKET, NS, PREFIX } from './velero-fixtures';

export { installOadp, NS } from './velero-fixtures';

export type Obj = {
  metadata: {
    name: string;
    uid?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec: Record<string, unknown> & {
    runStrategy?: string;
    template?: { spec: Record<string, unknown> };
  };
  status?: Record<string, unknown> & { phase?: string };
};

export async function apply(cluster: TestCluster, object: unknown): Promise<void> {
  const result = await kubectl(cluster, ['apply', '-f', '-'], { input: yaml(object) });
  if (result.code !== 0) throw new Error(`kubectl apply: ${result.stderr}`);
}

export async function get(
  cluster: TestCluster,
  kind: string,
  namespace: string,
  name: string,
): Promise<Obj | undefined> {
  const result = await kubectl(cluster, ['get', kind, name, '-n', namespace, '-o', 'json']);
  return result.code === 0 ? (JSON.parse(result.stdout) as Obj) : undefined;
}

export function waitFor(
  cluster: TestCluster,
  [kind, namespace, name]: [string, string, string],
  what: string,
  test: (o: Obj) => boolean,
  timeoutMs = 60_000,
): Promise<Obj> {
  return eventually(
    async () => {
      const object = await get(cluster, kind, namespace, name);
      return object && test(object) ? object : undefined;
    },
    what,
    timeoutMs,
  );
}

export const MAC = '02:00:00:00:00:0a';

/** A running VM in `demo` (guest agent on: the fixture's default) with a NIC whose MAC is fixed. */
export async function runningVm(cluster: TestCluster, name: string): Promise<void> {
  const manifest = vmManifest(name, { disks: [{ name: 'rootdisk', size: '2Gi' }] });
  const spec = manifest.spec.template.spec as Record<string, unknown> & {
    domain: { devices: Record<string, unknown> };
  };
  spec.domain.devices.interfaces = [{ name: 'default', masquerade: {}, macAddress: MAC }];
  spec.networks = [{ name: 'default', pod: {} }];
  await apply(cluster, manifest);
  await waitFor(
    cluster,
    ['vm', 'demo', name],
    `${name} Running`,
    (o) => o.status?.printableStatus === 'Running',
  );
  await waitFor(cluster, ['vmi', 'demo', name], `${name}'s guest agent connected`, (o) =>
    ((o.status?.conditions ?? []) as { type: string; status: string }[]).some(
      (c) => c.type === 'AgentConnected' && c.status === 'True',
    ),
  );
}

export function backupManifest(name: string, spec: Record<string, unknown> = {}) {
  return {
    apiVersion: 'velero.io/v1',
    kind: 'Backup',
    metadata: { name, namespace: NS },
    spec: { includedNamespaces: ['demo'], csiSnapshotTimeout: '10m0s', ...spec },
  };
}

export function restoreManifest(
  name: string,
  spec: Record<string, unknown>,
  labels: Record<string, string> = {},
) {
  return {
    apiVersion: 'velero.io/v1',
    kind: 'Restore',
    metadata: { name, namespace: NS, labels },
    spec,
  };
}

export const ROUND_TRIP_LABELS = {
  'velero.kubevirt.io/restore-run-strategy': 'Halted',
  'velero.kubevirt.io/clear-mac-address': 'true',
};

const FINISHED = ['Completed', 'PartiallyFailed', 'Failed', 'FailedValidation'];

export const finished = (cluster: TestCluster, kind: 'backup' | 'restore', name: string) =>
  waitFor(cluster, [kind, NS, name], `${kind} ${name} finished`, (o) =>
    FINISHED.includes(String(o.status?.phase)),
  );

/** A gzip JSON (or text, for logs) file of a backup or restore, read from the bucket. */
export function bucketFile(cluster: TestCluster, key: string): unknown {
  const data = cluster.context.objectStore.get(BUCKET, `${PREFIX}/${key}`);
  if (!data) throw new Error(`no ${key} in the bucket`);
  const text = gunzipSync(data).toString('utf8');
  return key.includes('logs') ? text : JSON.parse(text);
}

/** The backup's archive: item path → the stored object. */
export function archiveItems(cluster: TestCluster, backup: string): Map<string, Obj> {
  const data = cluster.context.objectStore.get(
    BUCKET,
    `${PREFIX}/backups/${backup}/${backup}.tar.gz`,
  );
  if (!data) throw new Error(`no archive for ${backup}`);
  const items = new Map<string, Obj>();
  for (const entry of readTarGz(data))
    if (entry.path.startsWith('resources/') && !entry.path.includes('-preferredversion/'))
      items.set(entry.path, JSON.parse(entry.content.toString()) as Obj);
  return items;
}

/** Deletes the VM and waits until its DataVolumes and claims are gone too. */
export async function deleteVm(cluster: TestCluster, name: string): Promise<void> {
  const deleted = await kubectl(cluster, ['delete', 'vm', name, '-n', 'demo', '--wait=true']);
  if (deleted.code !== 0) throw new Error(deleted.stderr);
  await eventually(
    async () =>
      (await get(cluster, 'pvc', 'demo', `${name}-rootdisk`)) ||
      (await get(cluster, 'dv', 'demo', `${name}-rootdisk`))
        ? undefined
        : true,
    `${name}'s DataVolume and PVC gone`,
    60_000,
  );
}
