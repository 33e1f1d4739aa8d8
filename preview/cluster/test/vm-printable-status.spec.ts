import type { DataVolume, VirtualMachine } from '../api/kubevirt-types';
import { printableStatus } from '../controllers/vm-run-strategy';

const vm = { metadata: { name: 'db', namespace: 'demo' }, spec: {} } as unknown as VirtualMachine;
const dv = (phase: string | undefined, bound = false): DataVolume =>
  ({
    metadata: { name: 'db-disk', namespace: 'demo' },
    spec: {},
    status: {
      ...(phase ? { phase } : {}),
      conditions: [{ type: 'Bound', status: bound ? 'True' : 'False' }],
    },
  }) as unknown as DataVolume;

// KubeVirt's setPrintableStatus: Provisioning is ranked above Stopped (vm.go, first match wins).
test.each([
  [[], 'Stopped'],
  [[dv('Succeeded')], 'Stopped'],
  [[dv('PendingPopulation')], 'Stopped'],
  [[dv('WaitForFirstConsumer')], 'Stopped'],
  [[dv('WaitForFirstConsumer', true)], 'Provisioning'],
  [[dv('ImportInProgress')], 'Provisioning'],
  [[dv(undefined)], 'Provisioning'],
  [[dv('Succeeded'), dv('CloneInProgress')], 'Provisioning'],
])('a halted VM with disks %j is %s', (dataVolumes, expected) => {
  expect(printableStatus(vm, undefined, dataVolumes, false)).toBe(expected);
});

test('a VM that should run waits for its disks, then starts', () => {
  expect(printableStatus(vm, undefined, [dv('ImportInProgress')], true)).toBe('Provisioning');
  expect(printableStatus(vm, undefined, [dv('Succeeded')], true)).toBe('Starting');
});
