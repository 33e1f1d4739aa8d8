/** `--seed empty`: OADP installed (issue 8 part 11) with no history; `bare` has no OADP. */
import { kinds } from '../cluster-context';
import type { TestCluster } from './harness';
import { eventually, startTestCluster } from './harness';

let empty: TestCluster;
let bare: TestCluster;
beforeAll(async () => {
  [empty, bare] = await Promise.all([startTestCluster({ seed: 'empty' }), startTestCluster()]);
});
afterAll(async () => {
  await Promise.all([empty.close(), bare.close()]);
});

test('empty: the DPA and its locations, the default one Available; no schedule, no backup', async () => {
  const k = kinds(empty.context.registry);
  expect(
    empty.context.objects
      .list(k.dataProtectionApplication, 'openshift-adp')
      .map((d) => d.metadata.name),
  ).toEqual(['dpa-sample']);
  const available = await eventually(() => {
    const bsl = empty.context.objects.get(k.backupStorageLocation, 'openshift-adp', 'dpa-sample-1');
    return (bsl?.status as { phase?: string } | undefined)?.phase === 'Available' ? bsl : undefined;
  }, 'dpa-sample-1 Available');
  expect((available.spec as { default?: boolean }).default).toBe(true);
  expect(empty.context.objects.list(k.schedule, 'openshift-adp')).toEqual([]);
  expect(empty.context.objects.list(k.backup, 'openshift-adp')).toEqual([]);
});

test('bare: no OADP at all', () => {
  const k = kinds(bare.context.registry);
  expect(bare.context.objects.list(k.dataProtectionApplication)).toEqual([]);
});
