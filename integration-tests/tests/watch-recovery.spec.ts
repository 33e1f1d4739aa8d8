import type { Page, WebSocket } from '@playwright/test';
import { KINDS } from '../support/cluster-api';
import { expect, test } from '../support/fixtures';
import { createVM, NS, uniqueName } from '../support/vms';
import { SnapshotsTab } from '../pages/SnapshotsTab';

const snapshotWatches = (sockets: WebSocket[]) =>
  sockets.filter((s) => /\/virtualmachinesnapshots\?.*watch=true/.test(s.url()));

/**
 * A socket the browser opened but the proxy had not connected yet escapes a cut: cut again
 * until the tab's sockets are closed.
 */
const cutUntilClosed = async (page: Page, open: WebSocket[]) => {
  if (open.every((s) => s.isClosed())) return true;
  await page.request.post('/_preview/drop-watches');
  return false;
};

test('a dropped watch recovers without a reload', async ({ api, consolePage, page }) => {
  const vm = uniqueName('e2e-watch');
  await createVM(api, vm, { running: false });
  const sockets: WebSocket[] = [];
  page.on('websocket', (ws) => sockets.push(ws));
  await consolePage.openVM(NS, vm, 'snapshots');
  const tab = new SnapshotsTab(page);
  await expect(tab.takeSnapshotButton).toBeVisible();
  await expect.poll(() => snapshotWatches(sockets).length).toBeGreaterThan(0);
  const open = snapshotWatches(sockets);
  const before = open.length;
  // A reload would lose this.
  await page.evaluate(() => {
    (window as unknown as { noReload: boolean }).noReload = true;
  });

  // The proxy cuts every watch socket, as a network failure would.
  const drop = await page.request.post('/_preview/drop-watches');
  expect(((await drop.json()) as { dropped: number }).dropped).toBeGreaterThan(0);
  await expect.poll(() => cutUntilClosed(page, open)).toBe(true);

  // Changed while the watch is down: the resync must bring it in.
  const missed = `${vm}-while-down`;
  await api.create(KINDS.snapshot, NS, {
    apiVersion: 'snapshot.kubevirt.io/v1beta1',
    kind: 'VirtualMachineSnapshot',
    metadata: { name: missed },
    spec: { source: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: vm } },
  });
  await expect(tab.row(missed)).toBeVisible({ timeout: 30_000 });
  await expect(tab.row(missed)).toContainText('Ready', { timeout: 30_000 });

  // A new watch was opened (the list may come back first: the socket reconnects after a
  // backoff) and keeps delivering events.
  await expect.poll(() => snapshotWatches(sockets).length).toBeGreaterThan(before);
  await api.delete(KINDS.snapshot, NS, missed);
  await expect(tab.row(missed)).toHaveCount(0, { timeout: 30_000 });
  expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(
    true,
  );
});
