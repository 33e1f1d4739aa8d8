/**
 * KubeVirt's VirtualMachine webhook, the parts that matter here: run strategy rules, disks
 * naming volumes, and the snapshot/restore locks (research/kubevirt-snapshots.md §2.2, §2.4).
 */
import { errors } from '../api/errors';
import type { StatusCause } from '../api/errors';
import type { VirtualMachine } from '../api/kubevirt-types';
import { registerAdmission } from './admission';

const VM_WEBHOOK = 'virtualmachine-validator.kubevirt.io';
const RUN_STRATEGIES = ['Always', 'Halted', 'Manual', 'RerunOnFailure', 'Once', 'WaitAsReceiver'];
const cause = (field: string, message: string): StatusCause => ({
  reason: 'FieldValueInvalid',
  field,
  message,
});

const storagePart = (vm: VirtualMachine) =>
  JSON.stringify([
    vm.spec.template.spec.volumes ?? [],
    vm.spec.template.spec.domain?.devices?.disks ?? [],
    vm.spec.dataVolumeTemplates ?? [],
  ]);
const runPart = (vm: VirtualMachine) => JSON.stringify([vm.spec.running, vm.spec.runStrategy]);

registerAdmission('kubevirt.io', 'virtualmachines', (request) => {
  if (request.subresource === 'status' || request.operation === 'DELETE') return;
  const vm = request.object as VirtualMachine;
  const causes: StatusCause[] = [];
  if (vm.spec.running !== undefined && vm.spec.runStrategy !== undefined) {
    causes.push(
      cause(
        'spec.running',
        'Running and RunStrategy are mutually exclusive. Note that Running is deprecated, please use RunStrategy instead',
      ),
    );
  }
  const strategy = vm.spec.runStrategy;
  if (strategy !== undefined && !RUN_STRATEGIES.includes(strategy))
    causes.push(cause('spec.runStrategy', `Invalid RunStrategy (${strategy})`));
  const volumeNames = new Set((vm.spec.template.spec.volumes ?? []).map((v) => v.name));
  for (const [i, disk] of (vm.spec.template.spec.domain?.devices?.disks ?? []).entries()) {
    if (!volumeNames.has(disk.name)) {
      causes.push(
        cause(
          `spec.template.spec.domain.devices.disks[${i}].name`,
          `spec.template.spec.domain.devices.disks[${i}].name '${disk.name}' not found.`,
        ),
      );
    }
  }
  const old = request.oldObject as VirtualMachine | undefined;
  // §2.2: while a snapshot holds the lock, disks and volumes cannot change.
  const snapshot = old?.status?.snapshotInProgress;
  if (old && snapshot && storagePart(old) !== storagePart(vm)) {
    causes.push(
      cause('spec', `Cannot update vm disks or volumes until snapshot "${snapshot}" completes`),
    );
  }
  // §2.4: while a restore is in progress the run strategy cannot change.
  const restore = old?.status?.restoreInProgress;
  if (old && restore && runPart(old) !== runPart(vm)) {
    causes.push(cause('spec', `Cannot update VM runStrategy until restore "${restore}" completes`));
  }
  if (causes.length > 0) throw errors.webhookDenied(VM_WEBHOOK, causes);
});
