/**
 * Issue 11's "Done when", on `npm start`'s demo seed (its week of `demo-nightly` backups), in a
 * cluster and preview of its own: the list's phases and counts, the in-progress backup moving
 * live, why the PartiallyFailed one failed, its log, the VM Backups tab, delete, and what
 * `developer` and `viewer` see.
 */
import type { Page, TestInfo } from '@playwright/test';
import { interceptAPI } from '../support/api-requests';
import { expectAccessible } from '../support/axe';
import { KINDS } from '../support/cluster-api';
import { startDemoPreview } from '../support/demo-preview';
import type { DemoPreview } from '../support/demo-preview';
import { expect, test } from '../support/fixtures';
import { VELERO, VELERO_NS } from '../support/velero';

const BACKUPS = '/k8s/all-namespaces/velero.io~v1~Backup';
const VM_TAB = (vm: string) => `/k8s/ns/demo/kubevirt.io~v1~VirtualMachine/${vm}/backups`;
const LABELS: Record<string, string> = {
  Completed: 'Completed',
  PartiallyFailed: 'Partially failed',
  Failed: 'Failed',
};

let demo: DemoPreview;
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  demo = await startDemoPreview();
});

test.afterAll(async () => demo?.close());

const open = async (page: Page, path: string, user?: 'developer' | 'viewer') => {
  const query = user ? `${path.includes('?') ? '&' : '?'}user=${user}` : '';
  await page.goto(`${demo.url}${path}${query}`);
  await expect(page.getByRole('navigation', { name: 'Navigation' })).toBeVisible();
  await expect(page.locator('[data-test="plugin-problem"]')).toHaveCount(0);
};
const rowOf = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
const nightlies = async () =>
  (await demo.api.list(VELERO.backup, VELERO_NS))
    .filter((b) => b.metadata.labels?.['velero.io/schedule-name'] === 'demo-nightly')
    .map((b) => ({ name: b.metadata.name, phase: String(b.status?.phase) }));
const look = async (page: Page, info: TestInfo, name: string) =>
  page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true });

test('admin: the week of demo-nightly backups with their phases; the in-progress one moves live', async ({
  page,
}, info) => {
  const week = await nightlies();
  const phases = week.map((b) => b.phase);
  // The seed: one PartiallyFailed (mixed-storage's hostpath disk), one Failed (bucket lost).
  expect(phases.filter((p) => p === 'PartiallyFailed')).toHaveLength(1);
  expect(phases.filter((p) => p === 'Failed')).toHaveLength(1);
  expect(phases.filter((p) => p === 'Completed').length).toBeGreaterThanOrEqual(4);
  expect(phases).toHaveLength(phases.filter((p) => p in LABELS).length);

  await open(page, '/k8s/ns/demo/kubevirt.io~v1~VirtualMachine');
  await page.getByRole('link', { name: 'Backups', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${BACKUPS}$`));
  const running = rowOf(page, 'win2k22-app-datamover');
  await expect(running.locator('[data-test="backup-status"]')).toHaveText(/^Uploading/);
  await expect(running.locator('[data-test="backup-progress"]')).toContainText(' of ');
  await look(page, info, 'demo-backups-list');

  const toggleNightly = async () => {
    await page.getByRole('button', { name: 'Filter by schedule' }).click();
    await page.getByRole('checkbox', { name: 'demo-nightly' }).click();
    await page.getByRole('button', { name: 'Filter by schedule' }).click();
  };
  await toggleNightly();
  await expect(page).toHaveURL(/vdp-schedule=demo-nightly/);
  await expect(page.locator('tbody tr')).toHaveCount(week.length);
  for (const { name, phase } of week)
    await expect(rowOf(page, name).locator('[data-test="backup-status"]')).toHaveText(
      // The label, then the reason under it (Failed: the bucket error).
      new RegExp(`^${LABELS[phase] ?? '-'}`),
    );

  // Live: the rest of win2k22-app's upload is made quick; the row completes with no reload.
  await toggleNightly();
  await page.evaluate(() => ((window as { vdpNoReload?: boolean }).vdpNoReload = true));
  await demo.api.patch(KINDS.pvc, 'demo', 'win2k22-app-rootdisk', {
    metadata: { annotations: { 'local-cluster.vm-data-protection.io/upload-duration': '1m' } },
  });
  await expect(running.locator('[data-test="backup-status"]')).toHaveText(/^Completed/, {
    timeout: 60_000,
  });
  expect(await page.evaluate(() => (window as { vdpNoReload?: boolean }).vdpNoReload)).toBe(true);
});

test('admin: the PartiallyFailed backup says why under mixed-storage; its log is searchable', async ({
  page,
}, info) => {
  const partial = (await nightlies()).find((b) => b.phase === 'PartiallyFailed')?.name ?? '';
  await open(page, `${BACKUPS}?vdp-status=PartiallyFailed`);
  await rowOf(page, partial).getByRole('link', { name: partial }).click();
  await expect(page.getByRole('heading', { level: 1, name: partial })).toBeVisible();
  await page.getByRole('tab', { name: 'Errors and warnings' }).click();
  const group = page.locator('[data-test="problems-demo-mixed-storage"]');
  await expect(group).toContainText('mixed-storage-scratch');
  await expect(group).toContainText('failed to get VolumeSnapshotClass for StorageClass');
  await expect(page.locator('[data-test="problems-demo-fedora-web"]')).toHaveCount(0);
  await look(page, info, 'demo-partially-failed');

  await page.getByRole('tab', { name: 'Log' }).click();
  await expect(page.locator('[data-test="log-lines"]')).toContainText('Backing up item');
  await page.getByRole('textbox', { name: 'Search the log' }).fill('mixed-storage-scratch');
  await expect(page.locator('[data-test="log-count"]')).toHaveText(/^[1-9]\d* of \d+ lines$/);
  await expect(page.locator('[data-test="log-lines"]')).toContainText('mixed-storage-scratch');
});

test('admin: fedora-web’s Backups tab lists its backups and the schedule; cirros-ephemeral has none', async ({
  page,
}, info) => {
  await open(page, VM_TAB('fedora-web'));
  await expect(page.locator('[data-test="covering-schedules"]')).toContainText('demo-nightly');
  await expect(page.locator('[data-test="vm-backup-fedora-web-datamover"]')).toContainText(
    'Completed',
  );
  const completed = (await nightlies()).filter((b) => b.phase === 'Completed');
  for (const { name } of completed)
    await expect(page.locator(`[data-test="vm-backup-${name}"]`)).toContainText('Completed');
  await look(page, info, 'demo-fedora-web-backups');

  await open(page, VM_TAB('cirros-ephemeral'));
  await expect(page.locator('[data-test="no-backups"]')).toHaveText('No backup holds this VM.');
  await look(page, info, 'demo-cirros-backups');
});

test('admin: deleting a backup sends one DeleteBackupRequest, and it leaves the list', async ({
  page,
}) => {
  const name = (await nightlies()).find((b) => b.phase === 'Completed')?.name ?? '';
  const backup = await demo.api.get(VELERO.backup, VELERO_NS, name);
  await open(page, BACKUPS);
  const requests = await interceptAPI(page);
  await rowOf(page, name)
    .getByRole('button', { name: `Actions for ${name}` })
    .click();
  await page.getByRole('menuitem', { name: /Delete backup/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('demo/fedora-web');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  const writes = requests.writes('deletebackuprequests');
  expect(writes).toHaveLength(1);
  expect(writes[0]?.body).toEqual({
    apiVersion: 'velero.io/v1',
    kind: 'DeleteBackupRequest',
    metadata: {
      generateName: `${name}-`,
      namespace: VELERO_NS,
      labels: { 'velero.io/backup-name': name, 'velero.io/backup-uid': backup?.metadata.uid },
    },
    spec: { backupName: name },
  });
  expect(requests.writes('backups')).toEqual([]);
  await expect(rowOf(page, name)).toHaveCount(0, { timeout: 60_000 });
});

for (const user of ['developer', 'viewer'] as const)
  test(`${user}: the nav item’s list and a backup link explained, the VM tab by what the user may do; no error`, async ({
    page,
  }, info) => {
    const explained = async () => {
      await expect(page.locator('[data-test="backups-forbidden"]')).toContainText(
        'Backups are managed by the cluster administrator',
      );
      await expect(page.getByText(/forbidden|could not be loaded/i)).toHaveCount(0);
      await expect(page.getByRole('button', { name: /Actions for|Delete/ })).toHaveCount(0);
    };
    await open(page, '/k8s/ns/demo/kubevirt.io~v1~VirtualMachine', user);
    await page.getByRole('link', { name: 'Backups', exact: true }).click();
    // developer's list is their NonAdminBackups of demo (none in the seed); viewer's says why not.
    const list = {
      developer: ['non-admin-backups-list', 'Backups of namespace demo (OADP self-service)'],
      viewer: ['backups-forbidden', 'Backups are managed by the cluster administrator'],
    }[user];
    await expect(page.locator(`[data-test="${list[0]}"]`)).toContainText(list[1] ?? '');
    await expect(page.getByText(/forbidden|could not be loaded/i)).toHaveCount(0);
    await look(page, info, `demo-${user}-list`);
    // The same for Restores: developer's NonAdminRestores of demo; viewer's explanation.
    await page.getByRole('link', { name: 'Restores', exact: true }).click();
    const restores = {
      developer: ['non-admin-restores-list', 'Restores of namespace demo (OADP self-service)'],
      viewer: ['restores-forbidden', 'Restores are managed by the cluster administrator'],
    }[user];
    await expect(page.locator(`[data-test="${restores[0]}"]`)).toContainText(restores[1] ?? '');
    await expect(page.getByText(/forbidden|could not be loaded/i)).toHaveCount(0);
    await open(page, VM_TAB('fedora-web'), user);
    // developer may create NonAdminBackups in demo (issue 14): the tab works on those instead.
    const vmTab = { developer: 'non-admin-backups', viewer: 'backups-forbidden' }[user];
    await expect(page.locator(`[data-test="${vmTab}"]`)).toBeVisible();
    await expect(page.getByText(/forbidden|could not be loaded/i)).toHaveCount(0);
    const partial = (await nightlies()).find((b) => b.phase === 'PartiallyFailed')?.name ?? '';
    await open(page, `/k8s/ns/${VELERO_NS}/velero.io~v1~Backup/${partial}`, user);
    await explained();
  });

// Issue 13's "Done when" on the demo seed: a deleted VM back from the latest nightly, stopped,
// with its disk from the CSI snapshot; a running one into demo-copy, quietly, with new MACs; into
// demo again, its conflict listed and nothing sent.
test('admin: centos-batch deleted comes back stopped from the latest demo-nightly; fedora-web into demo-copy, then into demo with the conflict', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const wizard = (query: string) => `/data-protection/restores/~new?${query}`;
  const latest = (await nightlies())
    .filter((b) => b.phase === 'Completed')
    .map((b) => b.name)
    .sort()
    .pop();
  expect(latest).toBeDefined();
  const batch = await demo.api.get(KINDS.vm, 'demo', 'centos-batch');
  await demo.api.delete(KINDS.vm, 'demo', 'centos-batch');
  await demo.api.waitFor(
    () => demo.api.get(KINDS.pvc, 'demo', 'centos-batch-rootdisk'),
    (c) => !c,
    60_000,
  );
  const requests = await interceptAPI(page);
  await open(page, wizard(`backup=${latest ?? ''}`));
  await page.locator('[data-test="restore-vm-centos-batch"]').check();
  await expect(page.locator('[data-test="restore-no-conflict"]')).toBeVisible();
  await page.locator('[data-test="restore-power-Halted"]').check();
  await expect(page.locator('[data-test="restore-new-macs"]')).not.toBeChecked();
  await expectAccessible(page, 'restore wizard (demo)');
  // Every status the restored VM's row shows, so the passing "Provisioning" is seen too.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { vdpRowStatuses: string[] }).vdpRowStatuses = seen;
    new MutationObserver(() => {
      const row = document.querySelector('[data-test="restored-vm-centos-batch"]');
      const status = row?.textContent?.trim().split(' ').pop();
      if (status && seen[seen.length - 1] !== status) seen.push(status);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.locator('[data-test="restore-create"]').click();
  await expect(page).toHaveURL(/\/velero\.io~v1~Restore\//);
  expect(requests.writes('restores').map((w) => w.body)).toEqual([
    expect.objectContaining({
      metadata: expect.objectContaining({
        labels: { 'velero.kubevirt.io/restore-run-strategy': 'Halted' },
      }),
      spec: {
        backupName: latest,
        includedNamespaces: ['demo'],
        orLabelSelectors: [
          { matchLabels: { app: 'centos-batch' } },
          { matchLabels: { 'kubevirt.io/created-by': batch?.metadata.uid } },
        ],
        restorePVs: true,
      },
    }),
  ]);
  await expect(page.locator('[data-test="restore-phase"]')).toHaveText('Completed', {
    timeout: 120_000,
  });
  await expect(page.locator('[data-test="restored-vm-centos-batch"]')).toContainText('Stopped', {
    timeout: 60_000,
  });
  const statuses = await page.evaluate(
    () => (window as unknown as { vdpRowStatuses: string[] }).vdpRowStatuses,
  );
  expect(statuses).toContain('Provisioning');
  expect(statuses.slice(statuses.indexOf('Provisioning'))).toContain('Stopped');
  await expectAccessible(page, 'restore details (demo)');
  const disk = await demo.api.get(KINDS.pvc, 'demo', 'centos-batch-rootdisk');
  expect((disk?.spec as { dataSource?: { kind?: string } }).dataSource?.kind).toBe(
    'VolumeSnapshot',
  );

  await open(page, wizard(`backup=${latest ?? ''}&vm=demo/fedora-web`));
  await expect(page.locator('[data-test="restore-conflicts"]')).toContainText(
    'VirtualMachine demo/fedora-web (of VM fedora-web)',
  );
  await expect(page.locator('[data-test="restore-new-macs"]')).toBeChecked();
  await page.locator('[data-test="restore-create"]').dispatchEvent('click');
  await page.locator('[data-test="restore-conflict-other-namespace"]').click();
  await page.locator('[data-test="restore-target-name"]').fill('demo-copy');
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-test="restore-no-conflict"]')).toBeVisible();
  await expect(page.locator('[data-test="restore-new-macs"]')).toBeChecked();
  await page.locator('[data-test="restore-create"]').click();
  await expect(page).toHaveURL(/\/velero\.io~v1~Restore\//);
  const copies = requests.writes('restores').slice(1);
  expect(copies).toHaveLength(1);
  expect(copies[0]?.body).toMatchObject({
    metadata: { labels: { 'velero.kubevirt.io/clear-mac-address': 'true' } },
    spec: { namespaceMapping: { demo: 'demo-copy' } },
  });
  await expect(page.locator('[data-test="restore-phase"]')).toHaveText('Completed', {
    timeout: 120_000,
  });
});
