import { interceptAPI } from '../support/api-requests';
import { KINDS } from '../support/cluster-api';
import { expect, test } from '../support/fixtures';
import { saveReadmeScreenshot } from '../support/screenshots';
import { backupOfVM, VELERO_NS } from '../support/velero';
import { createVM, NS, uniqueName } from '../support/vms';

const WIZARD = '/data-protection/restores/~new';
// The VM by its label, its disk's CSI snapshot by the VM's UID at backup time (Velero copied it
// from the PVC onto the VolumeSnapshot).
const restoreBody = (vm: string, uid: string | undefined) => ({
  apiVersion: 'velero.io/v1',
  kind: 'Restore',
  metadata: expect.objectContaining({ namespace: VELERO_NS }) as unknown,
  spec: expect.objectContaining({
    includedNamespaces: [NS],
    orLabelSelectors: [
      { matchLabels: { app: vm } },
      { matchLabels: { 'kubevirt.io/created-by': uid } },
    ],
    restorePVs: true,
  }) as unknown,
});

test('a deleted VM comes back stopped into its namespace', async ({ api, consolePage, page }) => {
  const vm = uniqueName('e2e-rs');
  await createVM(api, vm, { running: true, guestAgent: false });
  const backup = `${vm}-backup`;
  expect((await backupOfVM(api, backup, NS, vm)).status?.phase).toBe('Completed');
  const uid = (await api.get(KINDS.vm, NS, vm))?.metadata?.uid;
  await api.delete(KINDS.vm, NS, vm);
  await api.waitFor(
    () => api.get(KINDS.pvc, NS, `${vm}-rootdisk`),
    (c) => !c,
    60_000,
  );

  await consolePage.open(`${WIZARD}?backup=${backup}`);
  await page.locator(`[data-test="restore-vm-${vm}"]`).check();
  await expect(page.locator('[data-test="restore-no-conflict"]')).toBeVisible();
  await page.locator('[data-test="restore-power-Halted"]').check();
  await expect(page.locator('[data-test="restore-new-macs"]')).not.toBeChecked();
  const requests = await interceptAPI(page);
  await page.locator('[data-test="restore-create"]').dblclick();
  await expect(page).toHaveURL(/\/velero\.io~v1~Restore\//);
  const writes = requests.writes('restores');
  expect(writes).toHaveLength(1);
  expect(writes[0]?.body).toEqual(restoreBody(vm, uid));
  expect(writes[0]?.body).toMatchObject({
    metadata: { labels: { 'velero.kubevirt.io/restore-run-strategy': 'Halted' } },
    spec: { backupName: backup },
  });
  expect((writes[0]?.body as { spec: object }).spec).not.toHaveProperty('namespaceMapping');
  const back = await api.waitFor(
    () => api.get(KINDS.vm, NS, vm),
    (v) => v?.status?.printableStatus === 'Stopped',
    90_000,
  );
  expect(back?.spec?.runStrategy).toBe('Halted');
  // The Restore's details: Completed (the disk's snapshot came back with it), and the VM.
  await expect(page.locator('[data-test="restore-phase"]')).toHaveText('Completed', {
    timeout: 60_000,
  });
  const pvc = await api.get(KINDS.pvc, NS, `${vm}-rootdisk`);
  expect((pvc?.spec as { dataSource?: { kind?: string } } | undefined)?.dataSource?.kind).toBe(
    'VolumeSnapshot',
  );
  await expect(page.locator(`[data-test="restored-vm-${vm}"]`)).toContainText('Stopped');
});

test('a running VM: its own namespace lists the conflict and sends nothing; another namespace is quiet, new MACs preselected', async ({
  api,
  consolePage,
  page,
}) => {
  const vm = uniqueName('e2e-rc');
  await createVM(api, vm, { running: true, guestAgent: false });
  const backup = `${vm}-backup`;
  await backupOfVM(api, backup, NS, vm);
  const uid = (await api.get(KINDS.vm, NS, vm))?.metadata?.uid;
  const requests = await interceptAPI(page);

  await consolePage.open(`${WIZARD}?backup=${backup}&vm=${NS}/${vm}`);
  await expect(page.locator(`[data-test="restore-vm-${vm}"]`)).toBeChecked();
  const conflicts = page.locator('[data-test="restore-conflicts"]');
  await expect(conflicts).toContainText(`VirtualMachine ${NS}/${vm} (of VM ${vm})`);
  await expect(conflicts).toContainText(`PersistentVolumeClaim ${NS}/${vm}-rootdisk`);
  await expect(page.locator('[data-test="restore-new-macs"]')).toBeChecked();
  await expect(page.locator('[data-test="restore-create"]')).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(page.locator('[data-test="restore-problems"]')).toContainText(
    'Objects of the same name exist in the target: restore into another namespace, or stop and delete the existing VM first.',
  );
  await saveReadmeScreenshot(page, 'restore-conflict.png');
  await page.locator('[data-test="restore-create"]').dispatchEvent('click');
  expect(requests.writes('restores')).toEqual([]);

  const copy = `${vm}-copy`.slice(0, 63);
  await page.locator('[data-test="restore-conflict-other-namespace"]').click();
  await page.locator('[data-test="restore-target-name"]').fill('Not_Valid');
  await expect(page.locator('[data-test="restore-target-helper"]')).toContainText(
    'Name must consist of lower case alphanumeric characters',
  );
  await page.locator('[data-test="restore-target-name"]').fill(copy);
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-test="restore-target-helper"]')).toHaveText(
    `Namespace ${copy} will be created.`,
  );
  await expect(page.locator('[data-test="restore-no-conflict"]')).toBeVisible();
  await expect(page.locator('[data-test="restore-new-macs"]')).toBeChecked();
  await page.locator('[data-test="restore-create"]').click();
  await expect(page).toHaveURL(/\/velero\.io~v1~Restore\//);
  const writes = requests.writes('restores');
  expect(writes).toHaveLength(1);
  expect(writes[0]?.body).toEqual(restoreBody(vm, uid));
  expect(writes[0]?.body).toMatchObject({
    metadata: { labels: { 'velero.kubevirt.io/clear-mac-address': 'true' } },
    spec: { namespaceMapping: { [NS]: copy } },
  });
  await api.waitFor(
    () => api.get(KINDS.vm, copy, vm),
    (v) => !!v,
    90_000,
  );
  await expect(page.locator('[data-test="restore-phase"]')).toHaveText('Completed', {
    timeout: 60_000,
  });
});

test('the viewer sees Restore disabled with the reason', async ({ consolePage, page }) => {
  await consolePage.open(WIZARD, 'viewer');
  const create = page.locator('[data-test="restore-create"]');
  await expect(create).toHaveAttribute('aria-disabled', 'true');
  await expect(page.locator('[data-test="restore-problems"]')).toContainText(
    `You may not create Restores in ${VELERO_NS}.`,
  );
});
