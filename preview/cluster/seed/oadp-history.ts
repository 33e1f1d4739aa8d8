/**
 * The demo seed's week of Velero backups (issue 8 part 11), made by the simulated controllers
 * while the seed fast-forwards, then back-dated: nightly backups of namespace demo (one
 * PartiallyFailed on mixed-storage's hostpath disk, after which that disk is excluded by
 * label; one Failed, the bucket lost mid-upload; the others Completed), a data-mover backup of
 * fedora-web with its DataUploads, a FailedValidation on `offsite`, and a data-mover backup of
 * win2k22-app left InProgress half uploaded (held by the upload-duration knob).
 * cirros-ephemeral is excluded by label: no backup covers it.
 */
import type { KubeObject, StoredObject } from '../api/types';
import { clone, rfc3339, without } from '../api/types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import { putMetadata, backupFiles } from '../controllers/velero/backup-files';
import { UPLOAD_DURATION_ANNOTATION } from '../controllers/velero/backup-timing';
import { EXCLUDE_LABEL } from '../controllers/velero/backup-items';
import { BUCKET_UNREACHABLE_ANNOTATION } from '../controllers/velero/storage-locations';
import { VELERO_NAMESPACE } from '../controllers/velero/velero-server';
import { DEFAULT_BSL, NIGHTLY, OFFSITE_BSL } from './oadp';
import { seedCompletedRestore } from './oadp-restores';
import { DEMO_NAMESPACE } from './infrastructure';

const DAY = 86_400_000;
const WEEK_TTL = '168h0m0s';
type Status = { phase?: string; progress?: { totalBytes?: number; bytesDone?: number } };

/** `<schedule>-<yyyyMMddHHmmss>` at 02:00 UTC `days` ago. */
function nightlyAt(now: number, days: number): { name: string; at: number } {
  const day = new Date(now - days * DAY);
  const at = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 2);
  const stamp = new Date(at).toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return { name: `${NIGHTLY}-${stamp}`, at };
}

function backup(
  name: string,
  spec: Record<string, unknown>,
  labels: Record<string, string> = {},
): KubeObject {
  return {
    apiVersion: 'velero.io/v1',
    kind: 'Backup',
    metadata: { name, namespace: VELERO_NAMESPACE, labels },
    spec: { csiSnapshotTimeout: '10m0s', ...spec },
  };
}

export async function seedBackups(
  context: ClusterContext,
  put: (object: KubeObject) => StoredObject,
  until: (check: () => boolean, what: string) => Promise<void>,
): Promise<void> {
  const k = kinds(context.registry);
  const now = Date.now();
  const phase = (name: string) =>
    (context.objects.get(k.backup, VELERO_NAMESPACE, name)?.status as Status | undefined)?.phase ??
    '';
  const ended = (name: string) =>
    ['Completed', 'PartiallyFailed', 'Failed', 'FailedValidation'].includes(phase(name));
  const edit = (
    type: typeof k.pvc,
    namespace: string | undefined,
    name: string,
    change: (o: StoredObject) => void,
  ) => {
    const object = clone(context.objects.mustGet(type, namespace, name));
    change(object);
    context.objects.update(type, object);
  };
  const label = (type: typeof k.pvc, name: string) =>
    edit(
      type,
      DEMO_NAMESPACE,
      name,
      (o) => (o.metadata.labels = { ...o.metadata.labels, [EXCLUDE_LABEL]: 'true' }),
    );
  const setKnob = (claim: string, value: string) =>
    edit(
      k.pvc,
      DEMO_NAMESPACE,
      claim,
      (o) =>
        (o.metadata.annotations = {
          ...o.metadata.annotations,
          [UPLOAD_DURATION_ANNOTATION]: value,
        }),
    );
  const ages = new Map<string, number>();
  const nightly = (days: number) => {
    const { name, at } = nightlyAt(now, days);
    ages.set(name, at);
    put(
      backup(
        name,
        { includedNamespaces: [DEMO_NAMESPACE], storageLocation: DEFAULT_BSL, ttl: WEEK_TTL },
        { 'velero.io/schedule-name': NIGHTLY },
      ),
    );
    return name;
  };
  const finish = async (name: string) => until(() => ended(name), `backup ${name}`);

  label(k.vm, 'cirros-ephemeral');
  await finish(nightly(6));
  // After that partial failure the admin kept the hostpath scratch disk out of backups.
  label(k.pvc, 'mixed-storage-scratch');
  for (const days of [5, 4, 3]) await finish(nightly(days));
  ages.set('fedora-web-datamover', now - 3 * DAY + 3_600_000);
  put(
    backup('fedora-web-datamover', {
      includedNamespaces: [DEMO_NAMESPACE],
      labelSelector: { matchLabels: { app: 'fedora-web' } },
      snapshotMoveData: true,
    }),
  );
  await finish('fedora-web-datamover');
  const lost = nightly(2);
  await until(() => phase(lost) === 'InProgress', `backup ${lost} to start`);
  const cut = (value: string | undefined) =>
    edit(k.backupStorageLocation, VELERO_NAMESPACE, DEFAULT_BSL, (o) => {
      const annotations = without({ ...o.metadata.annotations }, BUCKET_UNREACHABLE_ANNOTATION);
      o.metadata.annotations = value
        ? { ...annotations, [BUCKET_UNREACHABLE_ANNOTATION]: value }
        : annotations;
    });
  cut('true');
  await finish(lost);
  cut(undefined);
  ages.set('demo-offsite', now - 2 * DAY + 7_200_000);
  put(
    backup('demo-offsite', { includedNamespaces: [DEMO_NAMESPACE], storageLocation: OFFSITE_BSL }),
  );
  await finish('demo-offsite');
  await finish(nightly(1));
  // Today's run too once 02:00 has passed, so the Schedule's lastBackup is its latest due run
  // (otherwise the schedule controller makes the missed one at start).
  if (nightlyAt(now, 0).at <= now) await finish(nightly(0));
  // "A completed restore into demo-restore-test", of the latest nightly (seed/oadp-restores.ts).
  const latest =
    [...ages.keys()]
      .filter((n) => n.startsWith(`${NIGHTLY}-`))
      .sort()
      .pop() ?? '';
  await seedCompletedRestore(context, latest);
  backdate(context, ages);
  // Left running: half uploaded fast, then the knob makes the rest take two days.
  setKnob('win2k22-app-rootdisk', '10m');
  put(
    backup('win2k22-app-datamover', {
      includedNamespaces: [DEMO_NAMESPACE],
      labelSelector: { matchLabels: { app: 'win2k22-app' } },
      snapshotMoveData: true,
    }),
  );
  await until(() => {
    const upload = context.objects
      .list(k.dataUpload, VELERO_NAMESPACE)
      .find((du) => du.metadata.labels?.['velero.io/backup-name'] === 'win2k22-app-datamover');
    const progress = (upload?.status as Status | undefined)?.progress;
    return (progress?.bytesDone ?? 0) >= (progress?.totalBytes ?? 1) / 2;
  }, 'the win2k22-app upload to be half done');
  setKnob('win2k22-app-rootdisk', '48h');
}

/** Moves each finished backup (and its DataUploads) to when it ran; velero-backup.json too. */
function backdate(context: ClusterContext, ages: Map<string, number>): void {
  const k = kinds(context.registry);
  // Fields moved to when the backup ran, each with a plausible offset (made at 300x, the real
  // steps took milliseconds): the upload takes minutes, the backup ends after it.
  const shift = (object: StoredObject, by: number, offsets: Record<string, number>) => {
    const next = clone(object);
    const created = Date.parse(next.metadata.creationTimestamp ?? '') - by;
    next.metadata.creationTimestamp = rfc3339(created);
    const status = (next.status ?? {}) as Record<string, unknown>;
    for (const [field, offset] of Object.entries(offsets))
      if (typeof status[field] === 'string')
        status[field] =
          field === 'expiration'
            ? rfc3339(Date.parse(status[field]) - by)
            : rfc3339(created + offset);
    return next;
  };
  for (const [name, at] of ages) {
    const original = context.objects.get(k.backup, VELERO_NAMESPACE, name);
    if (!original) continue;
    const by = Date.parse(original.metadata.creationTimestamp ?? '') - at;
    const next = shift(original, by, {
      startTimestamp: 0,
      completionTimestamp: 300_000,
      expiration: 0,
    });
    context.store.write(`${k.backup.group}/${k.backup.plural}`, next, 'MODIFIED');
    const bsl = context.objects.get(
      k.backupStorageLocation,
      VELERO_NAMESPACE,
      String((next.spec as { storageLocation?: string }).storageLocation),
    );
    const files = bsl && backupFiles(bsl, name);
    if (files && context.objectStore.exists(files.bucket, `${files.dir}velero-backup.json`))
      putMetadata(context, files, next as never);
    for (const du of context.objects.list(k.dataUpload, VELERO_NAMESPACE))
      if (du.metadata.labels?.['velero.io/backup-name'] === name)
        context.store.write(
          `${k.dataUpload.group}/${k.dataUpload.plural}`,
          shift(du, by, {
            acceptedTimestamp: 10_000,
            startTimestamp: 30_000,
            completionTimestamp: 240_000,
          }),
          'MODIFIED',
        );
  }
  const schedule = context.objects.get(k.schedule, VELERO_NAMESPACE, NIGHTLY);
  const last = [...ages]
    .filter(([name]) => name.startsWith(`${NIGHTLY}-`))
    .map(([, at]) => at)
    .sort((a, b) => b - a)[0];
  if (schedule && last) {
    const next = clone(schedule);
    next.metadata.creationTimestamp = rfc3339(last - 7 * DAY);
    next.status = { phase: 'Enabled', lastBackup: rfc3339(last) };
    context.store.write(`${k.schedule.group}/${k.schedule.plural}`, next, 'MODIFIED');
  }
}
