/**
 * Schedules (controllers/velero/schedules.ts) through kubectl and client-node, on the cluster
 * clock moved by `PUT /preview/clock`: validation messages, the first backup at the first cron
 * time after creation (not at once), names, labels, annotations and owner, none while one of
 * its backups is InProgress, paused, skipImmediately, lastBackup.
 */
import { ClientNode, eventually, kubectl, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import { NS, advanceClock, apply, installOadp } from './velero-fixtures';
import { HOLD_ANNOTATION } from '../controllers/velero/backup-timing';

let cluster: TestCluster;
let client: ClientNode;

beforeAll(async () => {
  cluster = await startTestCluster({ timeScale: 100 });
  client = new ClientNode(cluster);
  await client.ready;
  await installOadp(cluster);
});

afterAll(async () => {
  client.close();
  await cluster.close();
});

type Obj = {
  metadata: {
    name: string;
    uid: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences?: unknown[];
  };
  spec: Record<string, unknown>;
  status?: Record<string, unknown>;
};

const schedule = (name: string, spec: Record<string, unknown>, metadata = {}) => ({
  apiVersion: 'velero.io/v1',
  kind: 'Schedule',
  metadata: { name, namespace: NS, ...metadata },
  spec: { template: { includedNamespaces: ['demo'], ttl: '168h0m0s' }, ...spec },
});

async function readSchedule(name: string): Promise<Obj | undefined> {
  const answer = await client.call('read', { object: schedule(name, {}) });
  return answer.ok ? (answer.result as Obj) : undefined;
}

async function backupsOf(name: string): Promise<Obj[]> {
  const list = await client.ok<{ items: Obj[] }>('list', {
    apiVersion: 'velero.io/v1',
    kind: 'Backup',
    namespace: NS,
    labelSelector: `velero.io/schedule-name=${name}`,
  });
  return list.items;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

async function setBackupPhase(name: string, phase: string): Promise<void> {
  const result = await kubectl(cluster, [
    'patch',
    'backup',
    name,
    '-n',
    NS,
    '--type',
    'merge',
    '-p',
    // Held, so the simulated Velero server leaves the phase as the test puts it.
    JSON.stringify({ metadata: { annotations: { [HOLD_ANNOTATION]: 'true' } }, status: { phase } }),
  ]);
  expect(result.code).toBe(0);
}

test.each([
  ['61 * * * *', 'invalid schedule: end of range (61) above maximum (59): 61'],
  ['0 2 * *', 'invalid schedule: expected exactly 5 fields, found 4: [0 2 * *]'],
  [
    '@every 1x',
    'invalid schedule: failed to parse duration @every 1x: time: unknown unit "x" in duration "1x"',
  ],
])('%j is FailedValidation with %j and makes no backup', async (cron, message) => {
  const name = `bad-${cron.length}`;
  await apply(cluster, schedule(name, { schedule: cron }));
  const failed = await eventually(async () => {
    const s = await readSchedule(name);
    return s?.status?.phase === 'FailedValidation' ? s : undefined;
  }, 'FailedValidation');
  expect(failed.status?.validationErrors).toEqual([message]);
  await advanceClock(cluster, '2h');
  await settle();
  expect(await backupsOf(name)).toEqual([]);
});

test('a valid schedule is Enabled, makes its first backup at the first cron time after creation, then every time', async () => {
  await apply(
    cluster,
    schedule(
      'hourly',
      {
        schedule: '@every 1h',
        useOwnerReferencesInBackup: true,
        template: {
          includedNamespaces: ['demo'],
          ttl: '168h0m0s',
          metadata: { labels: { app: 'vms' } },
        },
      },
      { annotations: { owner: 'ops' } },
    ),
  );
  const enabled = await eventually(async () => {
    const s = await readSchedule('hourly');
    return s?.status?.phase === 'Enabled' ? s : undefined;
  }, 'Enabled');
  expect(enabled.spec.skipImmediately).toBe(false);
  await settle();
  expect(await backupsOf('hourly')).toEqual([]);
  await advanceClock(cluster, '59m');
  await settle();
  expect(await backupsOf('hourly')).toEqual([]);
  await advanceClock(cluster, '2m');
  const [first] = await eventually(async () => {
    const list = await backupsOf('hourly');
    return list.length === 1 ? list : undefined;
  }, 'the first backup');
  const lastBackup = String((await readSchedule('hourly'))?.status?.lastBackup);
  expect(first.metadata.name).toBe(`hourly-${lastBackup.replace(/[-:TZ]/g, '')}`);
  // The template's labels, the schedule's, and the location's (added by the Backup controller).
  expect(first.metadata.labels).toEqual({
    app: 'vms',
    'velero.io/schedule-name': 'hourly',
    'velero.io/storage-location': 'dpa-sample-1',
  });
  expect(first.metadata.annotations?.owner).toBe('ops');
  expect(first.metadata.ownerReferences).toEqual([
    {
      apiVersion: 'velero.io/v1',
      kind: 'Schedule',
      name: 'hourly',
      uid: enabled.metadata.uid,
      controller: true,
    },
  ]);
  // The template as given (the Backup controller then writes Velero's defaults beside it).
  expect(first.spec).toMatchObject({
    includedNamespaces: ['demo'],
    ttl: '168h0m0s',
    metadata: { labels: { app: 'vms' } },
  });

  // While it is InProgress the next cron time passes without a backup.
  await setBackupPhase(first.metadata.name, 'InProgress');
  await advanceClock(cluster, '61m');
  await settle();
  expect((await backupsOf('hourly')).length).toBe(1);
  await setBackupPhase(first.metadata.name, 'Completed');
  await eventually(
    async () => ((await backupsOf('hourly')).length === 2 ? true : undefined),
    'the second backup',
  );
});

test('a paused schedule makes no backup; unpaused, the missed cron time fires once', async () => {
  await apply(cluster, schedule('paused', { schedule: '*/10 * * * *', paused: true }));
  await advanceClock(cluster, '3h');
  await settle();
  expect(await backupsOf('paused')).toEqual([]);
  expect((await readSchedule('paused'))?.status).toBeUndefined();
  await kubectl(cluster, [
    'patch',
    'schedule',
    'paused',
    '-n',
    NS,
    '--type',
    'merge',
    '-p',
    '{"spec":{"paused":false}}',
  ]);
  await eventually(
    async () => ((await backupsOf('paused')).length === 1 ? true : undefined),
    'one catch-up backup',
  );
  await settle();
  expect((await backupsOf('paused')).length).toBe(1);
});

test('skipImmediately set on unpause skips the missed time: lastSkipped, and the flag is consumed', async () => {
  await apply(cluster, schedule('skipper', { schedule: '*/10 * * * *', paused: true }));
  await advanceClock(cluster, '3h');
  await kubectl(cluster, [
    'patch',
    'schedule',
    'skipper',
    '-n',
    NS,
    '--type',
    'merge',
    '-p',
    '{"spec":{"paused":false,"skipImmediately":true}}',
  ]);
  const skipped = await eventually(async () => {
    const s = await readSchedule('skipper');
    return s?.status?.lastSkipped ? s : undefined;
  }, 'lastSkipped');
  expect(skipped.spec.skipImmediately).toBe(false);
  await settle();
  expect(await backupsOf('skipper')).toEqual([]);
  await advanceClock(cluster, '11m');
  await eventually(
    async () => ((await backupsOf('skipper')).length === 1 ? true : undefined),
    'the next cron time',
  );
});
