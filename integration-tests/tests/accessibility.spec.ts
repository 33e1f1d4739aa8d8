/**
 * Issue 10 part 4: axe on the Snapshots tab, Take snapshot, Restore and the snapshot details
 * page (0 serious or critical violations), and focus moving into a modal and back to what
 * opened it. The other pages and modals are checked by the specs that open them (support/axe.ts).
 */
import { expectAccessible, expectAccessibleModal, expectAccessibleTabs } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { NS, stoppedVMWithSnapshot } from '../support/vms';
import { Modal } from '../pages/Modal';
import { SnapshotsTab } from '../pages/SnapshotsTab';

test('the Snapshots tab, Take snapshot, Restore and the details page pass axe; focus goes in and back', async ({
  api,
  consolePage,
  page,
}) => {
  const { vm, snapshot } = await stoppedVMWithSnapshot(api, 'e2e-a11y');
  await consolePage.openVM(NS, vm, 'snapshots');
  const tab = new SnapshotsTab(page);
  await expect(tab.row(snapshot)).toContainText('Ready', { timeout: 30_000 });
  await expectAccessible(page, 'the Snapshots tab');

  // Take snapshot: opened by the toolbar button, which gets focus back on Cancel.
  await tab.takeSnapshotButton.click();
  const take = new Modal(page, 'Take snapshot');
  await expect(take.dialog).toContainText('rootdisk');
  await expectAccessibleModal(take.dialog, 'the Take snapshot modal');
  await take.cancel.click();
  await expect(take.dialog).toBeHidden();
  await expect(tab.takeSnapshotButton).toBeFocused();

  // A row's modal, opened from the row's kebab.
  await tab.rowAction(snapshot, 'Restore VM from snapshot');
  const restore = new Modal(page, 'Restore VM from snapshot');
  await expect(restore.submit).toBeVisible();
  await expectAccessibleModal(restore.dialog, 'the Restore modal');
  await restore.cancel.click();
  await expect(restore.dialog).toBeHidden();
  // Back to the row's kebab that opened it.
  await expect(tab.rowActionsToggle(snapshot)).toBeFocused();

  // The snapshot details page, reached from the row's link; its YAML tab is the console's.
  await tab.row(snapshot).getByRole('link', { name: snapshot, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: snapshot })).toBeVisible();
  await expect(page.locator('[data-test="detail-ready"]')).toContainText('Yes');
  // Each tab from the tab bar, YAML first: after it the bar must still take clicks.
  await expectAccessibleTabs(page, 'the snapshot details page', ['YAML', 'Details']);
});
