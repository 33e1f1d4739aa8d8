import { interceptAPI } from '../support/api-requests';
import { expectAccessible, expectAccessibleModal, expectAccessibleTabs } from '../support/axe';
import { saveReadmeScreenshot } from '../support/screenshots';
import { expect, test } from '../support/fixtures';
import { backupOfVM, VELERO, VELERO_NS } from '../support/velero';
import { createVM, NS, uniqueName } from '../support/vms';

const BACKUPS = '/k8s/all-namespaces/velero.io~v1~Backup';

test('admin: a VM backup in the list, its details, log search, and delete through a DeleteBackupRequest', async ({
  api,
  consolePage,
  page,
}) => {
  const vm = uniqueName('e2e-bk');
  await createVM(api, vm, { running: true });
  const name = `${vm}-backup`;
  const backup = await backupOfVM(api, name, NS, vm);
  expect(backup.status?.phase).toBe('Completed');

  await consolePage.openVMList(NS);
  await page.getByRole('link', { name: 'Backups', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${BACKUPS}$`));
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row.locator('[data-test="backup-status"]')).toHaveText('Completed');
  await expect(row.locator('[data-test="backup-vms"]')).toContainText(vm);
  await saveReadmeScreenshot(page, 'backups-list.png');
  await expectAccessible(page, 'the Backups list');
  // A filter with a selection: its toggle's name holds the visible "Virtual machine 1".
  await page.getByRole('button', { name: 'Filter by virtual machine' }).click();
  await page.getByRole('checkbox', { name: `${NS}/${vm}` }).click();
  await page.getByRole('button', { name: 'Filter by virtual machine' }).click();
  await expect(page).toHaveURL(/vdp-vm=/);
  await expect(row).toBeVisible();
  await expectAccessible(page, 'the Backups list with a filter set');

  await row.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.locator('[data-test="overview-meaning"]')).toHaveText(
    'Everything in the backup’s scope was saved.',
  );
  await expect(page.locator('[data-test="overview-hooks"]')).toHaveText(
    /^[1-9]\d* attempted, 0 failed$/,
  );

  await saveReadmeScreenshot(page, 'backup-details.png');
  await expectAccessibleTabs(page, 'Backup details', [
    'Overview',
    'VMs and disks',
    'Errors and warnings',
    'YAML',
  ]);

  await page.getByRole('tab', { name: 'Contents' }).click();
  await expect(page.locator(`[data-test="contents-${NS}-${vm}"]`)).toContainText(
    `VirtualMachine ${NS}/${vm}`,
  );
  await expectAccessible(page, 'Backup details, tab Contents');

  await page.getByRole('tab', { name: 'Log' }).click();
  await expect(page.locator('[data-test="log-lines"]')).toContainText('Backing up item');
  await page.getByRole('textbox', { name: 'Search the log' }).fill(`name=${vm}`);
  await expect(page.locator('[data-test="log-count"]')).toHaveText(/^[1-9]\d* of \d+ lines$/);
  await expectAccessible(page, 'Backup details, tab Log');

  const requests = await interceptAPI(page);
  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: /Delete backup/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`${NS}/${vm}`);
  await expectAccessibleModal(dialog, 'the Delete backup modal');
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
      labels: { 'velero.io/backup-name': name, 'velero.io/backup-uid': backup.metadata.uid },
    },
    spec: { backupName: name },
  });
  expect(requests.writes('backups')).toEqual([]);
  await api.waitFor(
    () => api.get(VELERO.backup, VELERO_NS, name),
    (b) => b === undefined,
    60_000,
  );
});

test('the VM Backups tab lists the backup and says no schedule protects the VM', async ({
  api,
  consolePage,
  page,
}) => {
  const vm = uniqueName('e2e-bktab');
  await createVM(api, vm, { running: false });
  await backupOfVM(api, `${vm}-backup`, NS, vm);
  await consolePage.openVM(NS, vm, 'backups');
  await expect(page.locator(`[data-test="vm-backup-${vm}-backup"]`)).toContainText('Completed');
  await expect(page.locator('[data-test="no-schedule"]')).toContainText(
    'Not protected by any schedule',
  );
  await expectAccessible(page, 'the VM Backups tab');
});

test('viewer: the administrator explanation instead of an error', async ({ consolePage, page }) => {
  await consolePage.open(BACKUPS, 'viewer');
  await expect(page.getByText('Backups are managed by the cluster administrator')).toBeVisible();
  await expect(page.getByText(/forbidden/i)).toHaveCount(0);
});
