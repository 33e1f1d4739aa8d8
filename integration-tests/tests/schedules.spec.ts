import { interceptAPI } from '../support/api-requests';
import type { ClusterAPI } from '../support/cluster-api';
import { expect, test } from '../support/fixtures';
import { availableLocation, VELERO_NS } from '../support/velero';
import { NS, uniqueName } from '../support/vms';

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

test('admin: cron in words and next runs; Run now makes a labelled backup; Pause sets spec.paused', async ({
  api,
  consolePage,
  page,
}) => {
  const vm = uniqueName('e2e-sch');
  const name = `${vm}-daily`;
  await dailySchedule(api, name, vm);

  await consolePage.open(SCHEDULES);
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row.locator('[data-test="schedule-cron"]')).toContainText('At 02:00 (UTC)');
  await expect(row.locator('[data-test="schedule-vms"]')).toContainText(vm);
  await expect(row.locator('[data-test="schedule-next-run"]')).toBeVisible();
  await expect(row.locator('[data-test="schedule-status"]')).toHaveText('Enabled');

  await row.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.locator('[data-test="next-run"]')).toHaveCount(5);
  await expect(page.locator('[data-test="next-run"]').first()).toContainText('2:00');

  const requests = await interceptAPI(page);
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
  expect(requests.writes('schedules').map((r) => r.body)).toEqual([
    [{ op: 'add', path: '/spec/paused', value: true }],
  ]);
  expect((await api.get(SCHEDULE, VELERO_NS, name))?.spec?.paused).toBe(true);
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
