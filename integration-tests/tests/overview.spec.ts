/**
 * Issue 14's admin journey: the Data protection overview lists the unprotected VM first (the
 * demo seed's `cirros-ephemeral`, labelled velero.io/exclude-from-backup, which no backup
 * covers), then the stale one, then the protected one; its counts; axe; and "Back up" opens
 * the wizard with that VM preselected. The state is arranged through the API in a namespace of
 * its own (the namespace filter keeps other specs' VMs out): finished backups are created with
 * their status, which the Velero controller leaves alone (only New ones are picked up).
 */
import { expectAccessible } from '../support/axe';
import type { ClusterAPI } from '../support/cluster-api';
import { KINDS } from '../support/cluster-api';
import { expect, test } from '../support/fixtures';
import { VELERO, VELERO_NS, availableLocation } from '../support/velero';
import { uniqueName, vmManifest } from '../support/vms';

const HOUR = 3600_000;
const NAMESPACE = { group: '', version: 'v1', plural: 'namespaces' };

const finishedBackup = (
  name: string,
  ns: string,
  vm: string,
  hoursAgo: number,
  location: string,
) => {
  const done = new Date(Date.now() - hoursAgo * HOUR);
  return {
    apiVersion: 'velero.io/v1',
    kind: 'Backup',
    metadata: { name, labels: { [`vms.vm-data-protection.io/${vm}`]: ns } },
    spec: { includedNamespaces: [ns], storageLocation: location, ttl: '720h0m0s' },
    status: {
      phase: 'Completed',
      startTimestamp: new Date(done.getTime() - 60_000).toISOString(),
      completionTimestamp: done.toISOString(),
      // Far ahead of the cluster clock: the GC must not delete it mid-test.
      expiration: '2099-01-01T00:00:00Z',
      progress: { totalItems: 20, itemsBackedUp: 20 },
    },
  };
};

const arrange = async (api: ClusterAPI) => {
  const location = await availableLocation(api);
  const ns = uniqueName('e2e-ov');
  await api.create(NAMESPACE, '', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
  const cirros = vmManifest('cirros-ephemeral', { running: false });
  const labels = { ...cirros.metadata.labels, 'velero.io/exclude-from-backup': 'true' };
  await api.create(KINDS.vm, ns, { ...cirros, metadata: { ...cirros.metadata, labels } });
  await api.create(KINDS.vm, ns, vmManifest('fedora-web', { running: false }));
  await api.create(KINDS.vm, ns, vmManifest('rhel9-db', { running: false }));
  await api.create(
    VELERO.backup,
    VELERO_NS,
    finishedBackup(`${ns}-web`, ns, 'fedora-web', 2, location),
  );
  await api.create(
    VELERO.backup,
    VELERO_NS,
    finishedBackup(`${ns}-db`, ns, 'rhel9-db', 120, location),
  );
  return ns;
};

test('admin: the unprotected VM first, the counts, axe, and Back up opens the wizard with it picked', async ({
  api,
  consolePage,
  page,
}) => {
  const ns = await arrange(api);
  await consolePage.open('/');
  // The first of our items, in our section (its toggle, also "Data protection", is a button).
  await page
    .getByRole('navigation', { name: 'Navigation' })
    .getByRole('link', { name: 'Data protection', exact: true })
    .click();
  await expect(page).toHaveURL(/\/data-protection$/);
  await expect(page.locator('[data-test="count-unprotected-value"]')).toBeVisible();
  await consolePage.open(`/data-protection?vdp-namespace=${ns}`);
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  // With a filter picked: its toggle's name holds its visible text and count (WCAG 2.5.3).
  await expectAccessible(page, 'the Data protection overview, filtered by namespace');
  await expect(rows.nth(0)).toContainText('cirros-ephemeral');
  await expect(rows.nth(0).locator('[data-test="coverage-state"]')).toHaveText('Unprotected');
  await expect(rows.nth(0).locator('[data-test="restore-point-none"]')).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('rhel9-db');
  await expect(rows.nth(1).locator('[data-test="coverage-state"]')).toHaveText('Stale');
  await expect(rows.nth(1)).toContainText(`${ns}-db`);
  await expect(rows.nth(2)).toContainText('fedora-web');
  await expect(rows.nth(2).locator('[data-test="coverage-state"]')).toHaveText('Protected');
  const count = (state: string) => page.locator(`[data-test="count-${state}-value"]`);
  await expect(count('unprotected')).toHaveText('1');
  await expect(count('stale')).toHaveText('1');
  await expect(count('protected')).toHaveText('1');
  await expect(page.locator('[data-test="readiness-checklist"]')).toBeVisible();

  // The threshold the user sets: a week makes the 5-day-old backup good enough.
  await page.getByRole('combobox', { name: 'Stale after' }).selectOption('168');
  await expect(page).toHaveURL(/vdp-staleHours=168/);
  await expect(count('stale')).toHaveText('0');
  await expect(count('protected')).toHaveText('2');

  await rows.nth(0).locator('[data-test="coverage-back-up"]').click();
  await expect(page).toHaveURL(
    new RegExp(`/data-protection/backups/~new\\?vm=${ns}%2Fcirros-ephemeral$`),
  );
  await expect(page.locator('[data-test="backup-wizard"]')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Pick cirros-ephemeral' })).toBeChecked();
});
