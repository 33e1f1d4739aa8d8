import { interceptAPI } from '../support/api-requests';
import { expect, test } from '../support/fixtures';
import { createVM, NS, uniqueName } from '../support/vms';
import { SnapshotsTab } from '../pages/SnapshotsTab';

const NO_CREATE = `You do not have permission to create VirtualMachineSnapshots in namespace ${NS}.`;

test('the viewer sees every action disabled, each with the reason', async ({
  api,
  consolePage,
  page,
}) => {
  const vm = uniqueName('e2e-viewer');
  await createVM(api, vm, { running: false });
  const snapshot = `${vm}-snap`;
  await api.readySnapshot(NS, vm, snapshot);
  const requests = await interceptAPI(page);

  await consolePage.openVM(NS, vm, 'snapshots', 'viewer');
  await expect(page.locator('[data-test="user-switcher"]')).toHaveText('viewer');

  // The VM's Actions menu (console.action/resource-provider for VirtualMachine).
  await consolePage.openActions();
  const take = consolePage.action('Take snapshot');
  await expect(take).toHaveAttribute('aria-disabled', 'true');
  await take.hover();
  await expect(consolePage.tooltip).toHaveText(NO_CREATE);
  await page.keyboard.press('Escape');

  // The tab's own Take snapshot button.
  const tab = new SnapshotsTab(page);
  await expect(tab.takeSnapshotButton).toHaveAttribute('aria-disabled', 'true');
  await expect(page.locator('[data-test="take-snapshot-disabled-reason"]')).toHaveText(NO_CREATE);

  // Every snapshot row action says why it is disabled.
  await tab.rowActionsToggle(snapshot).click();
  const items = page.getByRole('menuitem');
  await expect(items).toHaveText([
    /Restore VM from snapshot/,
    /Create VM from snapshot/,
    /Delete snapshot/,
    // The console defaults our provider replaces (console-runtime.md §5).
    /Edit labels/,
    /Edit annotations/,
    /Edit VirtualMachineSnapshot/,
  ]);
  for (const item of await items.all()) {
    await expect(item).toHaveAttribute('aria-disabled', 'true');
    await expect(item).toContainText(/permission/i);
  }
  // A disabled menu item, clicked anyway: nothing may open.
  // eslint-disable-next-line playwright/no-force-option
  await items.first().click({ force: true });
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('Escape');

  // The snapshot's own page (console.page/resource/details) gives the same answers.
  await consolePage.openSnapshot(NS, snapshot);
  await page.getByRole('button', { name: 'Actions', exact: true }).click();
  await expect(items).toHaveCount(6);
  for (const item of await items.all()) {
    await expect(item).toHaveAttribute('aria-disabled', 'true');
    await expect(item).toContainText(/permission/i);
  }

  // The decisions came from SelfSubjectAccessReviews, and nothing was written.
  expect(requests.sent.filter((r) => r.path.endsWith('/selfsubjectaccessreviews'))).not.toEqual([]);
  expect(
    requests.sent.filter(
      (r) => r.method !== 'GET' && !r.path.endsWith('/selfsubjectaccessreviews'),
    ),
  ).toEqual([]);
});

test('the chosen user is remembered and can be switched in the masthead', async ({
  api,
  consolePage,
  page,
}) => {
  const vm = uniqueName('e2e-switch');
  await createVM(api, vm, { running: false });
  await consolePage.openVM(NS, vm, 'snapshots', 'viewer');
  const tab = new SnapshotsTab(page);
  await expect(tab.takeSnapshotButton).toHaveAttribute('aria-disabled', 'true');

  // No ?user= any more: still the viewer.
  await consolePage.openVM(NS, vm, 'snapshots');
  expect(page.url()).not.toContain('user=');
  await expect(page.locator('[data-test="user-switcher"]')).toHaveText('viewer');
  await expect(tab.takeSnapshotButton).toHaveAttribute('aria-disabled', 'true');

  await consolePage.switchUser('developer');
  await expect(tab.takeSnapshotButton).not.toHaveAttribute('aria-disabled', 'true');
  await consolePage.switchUser('admin');
  await expect(tab.takeSnapshotButton).not.toHaveAttribute('aria-disabled', 'true');
});
