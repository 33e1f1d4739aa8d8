import { interceptAPI } from '../support/api-requests';
import { expectAccessible } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { availableLocation, VELERO, VELERO_NS } from '../support/velero';
import { createVM, NS, uniqueName } from '../support/vms';

const BACKUPS = '/k8s/all-namespaces/velero.io~v1~Backup';

test('admin: two VMs with data mover from the Backups list; the exact Backup sent; it completes', async ({
  api,
  consolePage,
  page,
}) => {
  const location = await availableLocation(api);
  const prefix = uniqueName('e2e-wz');
  const [web, db] = [`${prefix}-web`, `${prefix}-db`];
  await createVM(api, web, { running: true });
  await createVM(api, db, { running: true, guestAgent: false });
  // Not picked: the selectors must leave it out.
  await createVM(api, `${prefix}-other`, { running: false });

  await consolePage.open(BACKUPS);
  await page.locator('[data-test="create-backup"]').click();
  await expect(page.locator('[data-test="backup-wizard"]')).toBeVisible();
  await expectAccessible(page, 'the backup wizard');
  await page.locator('[data-test="vm-search"] input').fill(prefix);
  await page.getByRole('checkbox', { name: `Pick ${web}` }).check();
  await page.getByRole('checkbox', { name: `Pick ${db}` }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('CSI snapshot + data mover').check();
  await page.getByRole('button', { name: 'Next' }).click();
  const name = `${prefix}-bk`;
  await page.locator('[data-test="backup-name"]').fill(name);
  await expect(page.locator('[data-test="storage-location"]')).toHaveValue(location);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator(`[data-test="preflight-${NS}-${db}-consistency"]`)).toContainText(
    'Crash-consistent: no guest agent is connected',
  );
  await page.getByRole('button', { name: 'Next' }).click();
  await expectAccessible(page, 'the wizard review');

  const requests = await interceptAPI(page);
  await page.locator('[data-test="wizard-create"]').click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const writes = requests.writes('backups');
  expect(writes).toHaveLength(1);
  expect(writes[0]?.body).toEqual({
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
  });
  const done = await api.waitFor(
    () => api.get(VELERO.backup, VELERO_NS, name),
    (b) => ['Completed', 'PartiallyFailed', 'Failed'].includes(String(b?.status?.phase)),
    120_000,
  );
  expect(done?.status?.phase).toBe('Completed');
});
