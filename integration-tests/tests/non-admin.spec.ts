/**
 * A namespace user backs up and restores their own VM (issue 14 part 2, DESIGN §6 "Namespace
 * users"): `developer` has no access to openshift-adp, so the VM Backups tab, the backup wizard
 * and the restore wizard work on NonAdminBackup / NonAdminRestore in `demo` (OADP's non-admin
 * controller, simulated by the local cluster; the seed's DPA enables it).
 */
import { interceptAPI } from '../support/api-requests';
import { expectAccessible, expectAccessibleModal } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { createVM, NS, uniqueName } from '../support/vms';

const NON_ADMIN = {
  nab: { group: 'oadp.openshift.io', version: 'v1alpha1', plural: 'nonadminbackups' },
};

test('developer: backs up a VM from its Backups tab as a NonAdminBackup, then restores it', async ({
  api,
  consolePage,
  page,
}) => {
  test.setTimeout(240_000);
  // A fedora-web of its own: other specs create `fedora-web` on this cluster.
  const vm = uniqueName('fedora-web');
  await createVM(api, vm, { running: false });
  // Not picked: the NonAdminBackup must select the VM, not the whole namespace.
  await createVM(api, `${vm}-other`, { running: false });
  await consolePage.openVM(NS, vm, 'backups', 'developer');
  const tab = page.locator('[data-test="non-admin-backups"]');
  await expect(tab).toContainText(`Backups of namespace ${NS} (OADP self-service)`);
  await expect(page.locator('[data-test="backups-forbidden"]')).toHaveCount(0);
  await expect(tab.locator('[data-test="no-backups"]')).toBeVisible();

  // The wizard opened from the VM: the same steps, no schedule, the namespace's locations.
  await tab.locator('[data-test="vm-back-up"]').click();
  await expect(page.locator('[data-test="backup-wizard"]')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: `Pick ${vm}`, exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  const name = `${vm}-nab`;
  await page.locator('[data-test="backup-name"]').fill(name);
  await expect(page.locator('[data-test="storage-location"]')).toHaveValue('');
  await page.getByRole('button', { name: 'Next' }).click();
  // The DPA and its locations are in openshift-adp, unreadable for developer: the
  // administrator's to check, said so, nothing to acknowledge.
  await expect(page.locator('[data-test="namespace-readiness"]')).toContainText(
    'Your cluster administrator checks backup readiness',
  );
  await expect(page.locator('[data-test="partial-ack"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('[data-test="wizard-create-schedule-instead"]')).toHaveCount(0);
  await expectAccessible(page, 'the non-admin wizard review');
  const requests = await interceptAPI(page);
  await page.locator('[data-test="wizard-create"]').click();

  // Back on the VM's tab: the NonAdminBackup runs through the controller and completes.
  await expect(tab).toBeVisible();
  expect(requests.writes('backups')).toEqual([]);
  const writes = requests.writes('nonadminbackups');
  expect(writes.map((w) => w.body)).toEqual([
    {
      apiVersion: 'oadp.openshift.io/v1alpha1',
      kind: 'NonAdminBackup',
      metadata: { name, namespace: NS, labels: { [`vms.vm-data-protection.io/${vm}`]: NS } },
      spec: {
        backupSpec: {
          orLabelSelectors: [{ matchLabels: { app: vm } }],
          snapshotMoveData: false,
          ttl: '720h0m0s',
        },
      },
    },
  ]);
  const row = tab.locator(`[data-test="vm-nab-${name}"]`);
  await expect(row.locator('[data-test="backup-status"]')).toContainText('Completed', {
    timeout: 120_000,
  });
  await expect(row.locator('[data-test="nab-progress"]')).toContainText(/(\d+) of \1 items/);
  const nab = await api.get(NON_ADMIN.nab, NS, name);
  expect(nab?.status).toMatchObject({
    phase: 'Created',
    veleroBackup: { namespace: 'openshift-adp', status: { phase: 'Completed' } },
  });

  // Restore: the restore wizard with the VM and this backup; the target fixed, no VM options.
  await row.locator('[data-test="nab-restore"]').click();
  await expect(page.locator('[data-test="restore-source"]')).toHaveValue(name);
  await expect(page.getByRole('checkbox', { name: `${NS}/${vm}`, exact: true })).toBeChecked();
  await expect(page.locator('[data-test="restore-target-fixed"]')).toContainText(NS);
  await expect(page.locator('[data-test="restore-new-macs"]')).toBeDisabled();
  // The VM still exists: nothing is sent until its deletion is confirmed apart.
  await expect(page.locator('[data-test="restore-conflicts"]')).toContainText(
    `VirtualMachine ${NS}/${vm}`,
  );
  await expectAccessible(page, 'the non-admin restore wizard');
  await page.locator('[data-test="restore-conflict-delete-first"]').check();
  await page.locator('[data-test="restore-create"]').click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText(`${NS}/${vm}`);
  expect(requests.writes('nonadminrestores')).toEqual([]);
  await expectAccessibleModal(confirm, 'the delete-first confirmation');
  await confirm.locator('[data-test="restore-confirm-delete-button"]').click();
  // Back on the VM's tab once the NonAdminRestore exists; the VM comes back with the restore.
  await expect(page).toHaveURL(new RegExp(`/${vm}/backups$`), { timeout: 60_000 });
  const narWrites = requests.writes('nonadminrestores');
  expect(narWrites.map((w) => w.body)).toEqual([
    {
      apiVersion: 'oadp.openshift.io/v1alpha1',
      kind: 'NonAdminRestore',
      metadata: { name: expect.stringMatching(new RegExp(`^${name}-\\d{14}$`)), namespace: NS },
      spec: { restoreSpec: { backupName: name, restorePVs: true } },
    },
  ]);
  const narName = (narWrites[0]?.body as { metadata?: { name?: string } }).metadata?.name ?? '';
  await expect(
    tab.locator(`[data-test="vm-nar-${narName}"] [data-test="nar-status"]`),
  ).toContainText('Everything selected was restored.', { timeout: 120_000 });
  // One axe run for the tab, with both its tables.
  await expectAccessible(page, 'the non-admin VM Backups tab after the restore');

  // The overview covers the developer's project: the VM is protected by that backup.
  await consolePage.open(`/data-protection?vdp-name=${vm}`, 'developer');
  const covered = page
    .locator('tbody tr')
    .filter({ has: page.getByRole('link', { name: vm, exact: true }) });
  await expect(covered.locator('[data-test="coverage-state"]')).toHaveText('Protected');
  await expect(covered).toContainText(name);

  // The Backups nav item: their NonAdminBackups of the project, this one naming its VM.
  await consolePage.open('/k8s/all-namespaces/velero.io~v1~Backup', 'developer');
  const listed = page.locator(`[data-test="non-admin-backups-list"] [data-test="vm-nab-${name}"]`);
  await expect(listed.locator('[data-test="nab-vms"]')).toHaveText(vm);
  await expect(listed.locator('[data-test="backup-status"]')).toContainText('Completed');
});
