import { interceptAPI } from '../support/api-requests';
import { expect, test } from '../support/fixtures';
import { availableLocation, VELERO, VELERO_NS } from '../support/velero';
import { createVM, uniqueName } from '../support/vms';

const BACKUPS = '/k8s/all-namespaces/velero.io~v1~Backup';
const fix = (plugin: string) => `Fix: Add \`${plugin}\` to the DPA's \`defaultPlugins\`.`;

test('a readiness problem seeded in the DPA: shown with its fix; csi missing blocks Create, kubevirt missing needs an acknowledgement', async ({
  api,
  consolePage,
  page,
}) => {
  await availableLocation(api);
  const [dpa] = await api.list(VELERO.dpa, VELERO_NS);
  const dpaName = dpa?.metadata.name ?? '';
  const original = (dpa?.spec?.configuration as { velero: { defaultPlugins: string[] } }).velero
    .defaultPlugins;
  const setPlugins = (defaultPlugins: string[]) =>
    api.patch(VELERO.dpa, VELERO_NS, dpaName, {
      spec: { configuration: { velero: { defaultPlugins } } },
    });
  const vm = uniqueName('e2e-ready');
  await createVM(api, vm, { running: false });
  await setPlugins(original.filter((p) => p !== 'kubevirt' && p !== 'csi'));
  try {
    // The Backups list: the checklist opens by itself and says how to fix each item.
    await consolePage.open(BACKUPS);
    const list = page.locator('[data-test="readiness-checklist"]');
    await expect(
      list.getByRole('button', { name: /Readiness: 2 items need attention/ }),
    ).toHaveAttribute('aria-expanded', 'true');
    await expect(list.locator('[data-test="readiness-plugin-kubevirt-fix"]')).toHaveText(
      fix('kubevirt'),
    );
    await expect(list.locator('[data-test="readiness-plugin-csi-reason"]')).toHaveText(
      'Without csi a VM backup ends Completed but holds no disk data.',
    );
    await expect(list.locator('[data-test="readiness-plugin-csi-fix"]')).toHaveText(fix('csi'));
    await expect(list.locator('[data-test="readiness-plugin-openshift"]')).toHaveAttribute(
      'data-state',
      'ok',
    );

    // The wizard: Preflight needs the acknowledgement, and csi missing still blocks Create.
    await page.locator('[data-test="create-backup"]').click();
    await page.locator('[data-test="vm-search"] input').fill(vm);
    await page.getByRole('checkbox', { name: `Pick ${vm}` }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('[data-test="backup-name"]').fill(`${vm}-bk`);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
    await page.locator('[data-test="partial-ack"]').check();
    await page.getByRole('button', { name: 'Next' }).click();
    const requests = await interceptAPI(page);
    const create = page.locator('[data-test="wizard-create"]');
    await expect(create).toHaveAttribute('aria-disabled', 'true');
    await expect(page.locator('[data-test="wizard-create-disabled-reason"]')).toHaveText(
      'A readiness problem would make the backup fail or hold no data: fix it first.',
    );
    // A click on the disabled button (past Playwright's wait for it to be enabled) sends nothing.
    await create.dispatchEvent('click');

    // csi back (through the API, the wizard watches the DPA): only the acknowledged warning is left.
    await setPlugins(original.filter((p) => p !== 'kubevirt'));
    await expect(create).not.toHaveAttribute('aria-disabled', 'true');
    await expect(page.locator('[data-test="wizard-create-disabled-reason"]')).toHaveCount(0);
    await expect(
      page.locator('[data-test="readiness-checklist"] [data-test="readiness-plugin-kubevirt-fix"]'),
    ).toHaveText(fix('kubevirt'));
    expect(requests.writes('backups')).toEqual([]);
  } finally {
    await setPlugins(original);
  }
  await api.waitFor(
    () => api.get(VELERO.dpa, VELERO_NS, dpaName),
    (d) =>
      (d?.status?.conditions as { type: string; status: string }[] | undefined)?.some(
        (c) => c.type === 'Reconciled' && c.status === 'True',
      ) === true,
  );
});
