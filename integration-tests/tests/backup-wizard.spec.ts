import { load } from 'js-yaml';
import { interceptAPI } from '../support/api-requests';
import { expectAccessible } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { availableLocation, VELERO, VELERO_NS } from '../support/velero';
import {
  createVM,
  NO_SNAPSHOT_CLASS,
  NS,
  SNAPSHOT_CAPABLE_CLASS,
  uniqueName,
} from '../support/vms';

const BACKUPS = '/k8s/all-namespaces/velero.io~v1~Backup';

test('admin: two VMs with data mover from the Backups list; mixed storage shown partial; the Backup sent is the reviewed YAML; it completes', async ({
  api,
  consolePage,
  page,
}) => {
  // A whole journey (wizard, backup run, list) in one test rather than several set-ups.
  test.setTimeout(180_000);
  const location = await availableLocation(api);
  const prefix = uniqueName('e2e-wz');
  const [web, db, mixed] = [`${prefix}-web`, `${prefix}-db`, `${prefix}-mixed`];
  await createVM(api, web, { running: true });
  await createVM(api, db, { running: true, guestAgent: false });
  // Like the demo's mixed-storage: one disk on a class no VolumeSnapshotClass serves.
  await createVM(api, mixed, {
    running: false,
    disks: [
      { name: 'rootdisk', storageClass: SNAPSHOT_CAPABLE_CLASS },
      { name: 'scratch', storageClass: NO_SNAPSHOT_CLASS },
    ],
  });
  // Not picked: the selectors must leave it out.
  await createVM(api, `${prefix}-other`, { running: false });

  await consolePage.open(BACKUPS);
  await page.locator('[data-test="create-backup"]').click();
  await expect(page.locator('[data-test="backup-wizard"]')).toBeVisible();
  await expectAccessible(page, 'the backup wizard');
  await page.locator('[data-test="vm-search"] input').fill(prefix);
  for (const vm of [web, db, mixed])
    await page.getByRole('checkbox', { name: `Pick ${vm}` }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('CSI snapshot + data mover').check();
  await page.getByRole('button', { name: 'Next' }).click();
  const name = `${prefix}-bk`;
  await page.locator('[data-test="backup-name"]').fill(name);
  await expect(page.locator('[data-test="storage-location"]')).toHaveValue(location);
  await page.getByRole('button', { name: 'Next' }).click();

  // Preflight: mixed storage is partial, with the disk and the reason; Next waits for the ack.
  await expect(page.locator(`[data-test="preflight-${NS}-${mixed}-partial"]`)).toContainText(
    `scratch (${mixed}-scratch): no VolumeSnapshotClass for driver kubevirt.io.hostpath-provisioner is labelled velero.io/csi-volumesnapshot-class, and it is not the driver's only class.`,
  );
  await expect(page.locator(`[data-test="preflight-${NS}-${web}-partial"]`)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
  await expect(page.locator(`[data-test="preflight-${NS}-${db}-consistency"]`)).toContainText(
    'Crash-consistent: no guest agent is connected',
  );
  await expect(page.locator(`[data-test="preflight-${NS}-${web}-consistency"]`)).toContainText(
    'Consistent: the guest agent freezes the filesystems',
  );
  await expectAccessible(page, 'the wizard preflight');

  // Back to the VMs: leave mixed storage out, and nothing is partial any more.
  await page.getByRole('button', { name: 'Virtual machines' }).click();
  await page.getByRole('checkbox', { name: `Pick ${mixed}` }).uncheck();
  await page.getByRole('button', { name: 'Preflight' }).click();
  await expect(page.locator(`[data-test="preflight-${NS}-${mixed}"]`)).toHaveCount(0);
  await expect(page.locator('[data-test="partial-ack"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Next' }).click();
  await expectAccessible(page, 'the wizard review');
  const reviewed = load(await page.locator('[data-test="review-yaml"] pre').innerText());

  const requests = await interceptAPI(page);
  await page.locator('[data-test="wizard-create"]').click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const writes = requests.writes('backups');
  expect(writes).toHaveLength(1);
  const expected = {
    apiVersion: 'velero.io/v1',
    kind: 'Backup',
    metadata: {
      name,
      namespace: VELERO_NS,
      labels: { [`vms.vm-data-protection.io/${db}`]: NS, [`vms.vm-data-protection.io/${web}`]: NS },
    },
    spec: {
      includedNamespaces: [NS],
      orLabelSelectors: [{ matchLabels: { app: db } }, { matchLabels: { app: web } }],
      snapshotMoveData: true,
      storageLocation: location,
      ttl: '720h0m0s',
    },
  };
  expect(writes[0]?.body).toEqual(expected);
  expect(reviewed).toEqual(expected);

  await page.getByRole('link', { name: 'Backups', exact: true }).first().click();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row.locator('[data-test="backup-status"]')).toHaveText('Completed', {
    timeout: 120_000,
  });
  await expect(row.locator('[data-test="backup-vms"]')).toContainText(web);
  // At 1280 px the default columns fit: the list needs no horizontal scroll.
  const overflow = await page
    .locator('table[aria-label="Backups"]')
    .evaluate((t) => t.scrollWidth - (t.parentElement?.clientWidth ?? 0));
  expect(overflow).toBeLessThanOrEqual(0);
  expect((await api.get(VELERO.backup, VELERO_NS, name))?.status?.phase).toBe('Completed');
});

test('viewer: every way into the wizard is disabled, each with the reason', async ({
  api,
  consolePage,
  page,
}) => {
  const vm = uniqueName('e2e-wz-view');
  await createVM(api, vm, { running: false });
  const noBackups = `You may not create Backups in the Velero namespace ${VELERO_NS}.`;

  await consolePage.open(BACKUPS, 'viewer');
  await expect(page.locator('[data-test="create-backup"]')).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(page.locator('[data-test="create-backup-disabled-reason"]')).toHaveText(noBackups);

  await consolePage.openVM(NS, vm, 'backups', 'viewer');
  await expect(page.locator('[data-test="vm-back-up"]')).toHaveAttribute('aria-disabled', 'true');
  await expect(page.locator('[data-test="vm-back-up-disabled-reason"]')).toHaveText(noBackups);
  await consolePage.openActions();
  const backUp = consolePage.action('Back up');
  await expect(backUp).toHaveAttribute('aria-disabled', 'true');
  await backUp.hover();
  await expect(consolePage.tooltip).toHaveText(noBackups);
  await page.keyboard.press('Escape');

  await consolePage.open('/k8s/all-namespaces/velero.io~v1~Schedule', 'viewer');
  await expect(page.locator('[data-test="create-schedule"]')).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(page.locator('[data-test="create-schedule-disabled-reason"]')).toHaveText(
    `You may not create Schedules in the Velero namespace ${VELERO_NS}.`,
  );
});
