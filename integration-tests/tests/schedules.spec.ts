import { interceptAPI } from '../support/api-requests';
import { expectAccessible } from '../support/axe';
import type { ClusterAPI } from '../support/cluster-api';
import { expect, test } from '../support/fixtures';
import { availableLocation, VELERO, VELERO_NS } from '../support/velero';
import { createVM, NS, uniqueName } from '../support/vms';

const SCHEDULES = '/k8s/all-namespaces/velero.io~v1~Schedule';
const SCHEDULE = { group: 'velero.io', version: 'v1', plural: 'schedules' };
const ROLE = { group: 'rbac.authorization.k8s.io', version: 'v1', plural: 'roles' };
const BINDING = { group: 'rbac.authorization.k8s.io', version: 'v1', plural: 'rolebindings' };

/** A daily 02:00 schedule of one VM, as the wizard makes it (product label, OR selector). */
const dailySchedule = async (api: ClusterAPI, name: string, vm: string) => {
  const location = await availableLocation(api);
  await api.create(SCHEDULE, VELERO_NS, {
    apiVersion: 'velero.io/v1',
    kind: 'Schedule',
    metadata: { name },
    spec: {
      schedule: '0 2 * * *',
      template: {
        metadata: { labels: { [`vms.vm-data-protection.io/${vm}`]: NS } },
        includedNamespaces: [NS],
        orLabelSelectors: [{ matchLabels: { app: vm } }],
        storageLocation: location,
        ttl: '720h0m0s',
        csiSnapshotTimeout: '24h',
      },
    },
  });
  await api.waitFor(
    () => api.get(SCHEDULE, VELERO_NS, name),
    (s) => s?.status?.phase === 'Enabled',
  );
};

test('admin: "daily at 02:00" made in the wizard shows its next runs; Run now makes a labelled backup; Pause stops it', async ({
  api,
  consolePage,
  page,
  request,
}) => {
  // A whole journey (wizard, backup run, list) in one test rather than several set-ups.
  test.setTimeout(180_000);
  const location = await availableLocation(api);
  const vm = uniqueName('e2e-sch');
  await createVM(api, vm, { running: false });
  const name = `${vm}-daily`;

  await consolePage.open(SCHEDULES);
  await page.locator('[data-test="create-schedule"]').click();
  await expect(page.locator('[data-test="backup-wizard"]')).toBeVisible();
  await page.locator('[data-test="vm-search"] input').fill(vm);
  await page.getByRole('checkbox', { name: `Pick ${vm}` }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('[data-test="backup-name"]').fill(name);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  // The Schedule step: "Daily at" 02:00 is the default; the words and the next 5 runs.
  await expect(page.locator('[data-test="cron-preset"]')).toHaveValue('daily');
  await expect(page.locator('[data-test="cron-time"]')).toHaveValue('02:00');
  await expect(page.locator('[data-test="cron-words"]')).toHaveText(
    'At 02:00 (UTC) (cron "0 2 * * *")',
  );
  const runs = page.locator('[data-test="next-runs"] tbody tr');
  await expect(runs).toHaveCount(5);
  for (const run of await runs.all()) await expect(run.locator('td').nth(1)).toContainText('2:00');
  await expectAccessible(page, 'the wizard schedule step');
  await page.getByRole('button', { name: 'Next' }).click();

  const requests = await interceptAPI(page);
  await page.locator('[data-test="wizard-create"]').click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  expect(requests.writes('schedules').map((r) => r.body)).toEqual([
    {
      apiVersion: 'velero.io/v1',
      kind: 'Schedule',
      metadata: { name, namespace: VELERO_NS },
      spec: {
        schedule: '0 2 * * *',
        template: {
          metadata: { labels: { [`vms.vm-data-protection.io/${vm}`]: NS } },
          includedNamespaces: [NS],
          orLabelSelectors: [{ matchLabels: { app: vm } }],
          snapshotMoveData: false,
          storageLocation: location,
          ttl: '720h0m0s',
        },
        skipImmediately: false,
        useOwnerReferencesInBackup: false,
      },
    },
  ]);
  await api.waitFor(
    () => api.get(SCHEDULE, VELERO_NS, name),
    (s) => s?.status?.phase === 'Enabled',
  );
  await page.getByRole('link', { name: 'Backup schedules' }).first().click();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row.locator('[data-test="schedule-cron"]')).toContainText('At 02:00 (UTC)');
  await expect(row.locator('[data-test="schedule-vms"]')).toContainText(vm);
  await expect(row.locator('[data-test="schedule-next-run"]')).toBeVisible();
  await expect(row.locator('[data-test="schedule-status"]')).toHaveText('Enabled');

  await row.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.locator('[data-test="next-run"]')).toHaveCount(5);
  await expect(page.locator('[data-test="next-run"]').first()).toContainText('2:00');

  await page.getByRole('button', { name: 'Actions', exact: true }).click();
  await page.getByRole('menuitem', { name: /Run now/ }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Back up now' }).dblclick();
  await expect(dialog).toBeHidden();
  const created = requests.writes('backups');
  expect(created).toHaveLength(1);
  const body = created[0]?.body as { metadata: { name: string; labels: Record<string, string> } };
  expect(body.metadata.name).toMatch(new RegExp(`^${name}-\\d{14}$`));
  expect(body.metadata.labels).toEqual({
    [`vms.vm-data-protection.io/${vm}`]: NS,
    'velero.io/schedule-name': name,
  });
  // By keyboard: after the dialog closes the preview's page section overlaps the scrolled tab bar.
  await page.getByRole('tab', { name: 'Backups' }).press('Enter');
  await expect(page.getByRole('row').filter({ hasText: body.metadata.name })).toBeVisible();

  await page.getByRole('button', { name: 'Actions', exact: true }).click();
  await page.getByRole('menuitem', { name: /^Pause/ }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Pause' }).click();
  await expect(dialog).toBeHidden();
  // After the Schedule's POST, only the pause patch.
  expect(requests.writes('schedules').map((r) => r.body)).toEqual([
    expect.objectContaining({ kind: 'Schedule' }),
    [{ op: 'add', path: '/spec/paused', value: true }],
  ]);
  expect((await api.get(SCHEDULE, VELERO_NS, name))?.spec?.paused).toBe(true);
  // Paused, it makes no backup when 02:00 passes; an unpaused twin does (the proof the clock
  // moved far enough). The Run now backup must be done first: a schedule never fires while one
  // of its backups runs.
  await api.waitFor(
    () => api.get(VELERO.backup, VELERO_NS, body.metadata.name),
    (b) => b?.status?.phase === 'Completed',
    90_000,
  );
  const ofSchedule = async (schedule: string) =>
    (await api.list(VELERO.backup, VELERO_NS))
      .filter((b) => b.metadata.labels?.['velero.io/schedule-name'] === schedule)
      .map((b) => b.metadata.name)
      .sort();
  // At 25x time 02:00 may have passed before the pause: compare with what it had then.
  const beforePause = await ofSchedule(name);
  expect(beforePause).toContain(body.metadata.name);
  const twin = `${name}-twin`;
  await dailySchedule(api, twin, vm);
  const clock = await request.put(`${process.env.VDP_E2E_CLUSTER_URL}/preview/clock`, {
    data: { advance: '25h' },
  });
  expect(clock.status()).toBe(200);
  await api.waitFor(
    () => ofSchedule(twin),
    (names) => names.length === 1,
  );
  await api.delete(SCHEDULE, VELERO_NS, twin);
  expect(await ofSchedule(name)).toEqual(beforePause);
  await page.getByRole('link', { name: 'Backup schedules' }).first().click();
  await expect(
    page.getByRole('row').filter({ hasText: name }).locator('[data-test="schedule-status"]'),
  ).toHaveText('Paused');
});

test('viewer who may read schedules sees every action disabled, with its reason', async ({
  api,
  consolePage,
  page,
}) => {
  const name = uniqueName('e2e-sch-view');
  await dailySchedule(api, name, 'fedora-web');
  const role = `${name}-read`;
  await api.create(ROLE, VELERO_NS, {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: { name: role },
    rules: [
      { apiGroups: ['velero.io'], resources: ['schedules'], verbs: ['get', 'list', 'watch'] },
    ],
  });
  await api.create(BINDING, VELERO_NS, {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: role },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: role },
    subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'viewer' }],
  });
  try {
    await consolePage.open(SCHEDULES, 'viewer');
    const row = page.getByRole('row').filter({ hasText: name });
    await expect(row.locator('[data-test="schedule-cron"]')).toContainText('At 02:00 (UTC)');
    await expect(page.locator('[data-test="create-schedule"]')).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await row.getByRole('button', { name: `Actions for ${name}` }).click();
    const items = page.getByRole('menuitem');
    await expect(items).toHaveText([
      'Run nowYou may not create Backups in openshift-adp.',
      'Restore from latestYou may not create Restores in openshift-adp.',
      'PauseYou may not edit Schedules in openshift-adp.',
      'Edit scheduleYou may not edit Schedules in openshift-adp.',
      'Delete scheduleYou may not delete Schedules in openshift-adp.',
    ]);
    for (const item of await items.all())
      await expect(item).toHaveAttribute('aria-disabled', 'true');
  } finally {
    await api.delete(BINDING, VELERO_NS, role);
    await api.delete(ROLE, VELERO_NS, role);
  }
});
