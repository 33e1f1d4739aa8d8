/**
 * KubeVirt's snapshot and restore webhooks (research/kubevirt-snapshots.md §2.1, §2.2, §2.4):
 * feature gate, source/target apiGroup and kind, immutable spec, "restore in progress",
 * patch rules, policy values and the backend-storage rule.
 */
import { errors } from '../api/errors';
import type { StatusCause } from '../api/errors';
import type {
  VMRestore,
  VMSnapshot,
  VMSnapshotContent,
  VirtualMachine,
} from '../api/kubevirt-types';
import { parseGoDuration } from '../storage/clock';
import { registerAdmission } from './admission';
import type { AdmissionRequest } from './admission';
import { featureGateEnabled } from './feature-gates';

const SNAPSHOT_WEBHOOK = 'virtualmachinesnapshot-validator.snapshot.kubevirt.io';
const RESTORE_WEBHOOK = 'virtualmachinerestore-validator.snapshot.kubevirt.io';

const cause = (field: string, message: string): StatusCause => ({
  reason: 'FieldValueInvalid',
  field,
  message,
});

function deny(webhook: string, causes: StatusCause[]): void {
  if (causes.length > 0) throw errors.webhookDenied(webhook, causes);
}

function specChanged(request: AdmissionRequest): boolean {
  return (
    request.operation === 'UPDATE' &&
    request.subresource !== 'status' &&
    request.oldObject !== undefined &&
    JSON.stringify(request.object.spec) !== JSON.stringify(request.oldObject.spec)
  );
}

function checkVirtualMachineRef(
  ref: { apiGroup?: string; kind: string } | undefined,
  field: string,
): StatusCause[] {
  if (!ref) return [cause(field, 'missing source')];
  if (ref.apiGroup === undefined || ref.apiGroup === '')
    return [cause(`${field}.apiGroup`, 'missing apiGroup')];
  if (ref.apiGroup !== 'kubevirt.io') return [cause(`${field}.apiGroup`, 'invalid apiGroup')];
  if (ref.kind !== 'VirtualMachine') return [cause(`${field}.kind`, 'invalid kind')];
  return [];
}

// §2.2: VirtualMachineSnapshot admission.
registerAdmission('snapshot.kubevirt.io', 'virtualmachinesnapshots', (request) => {
  const snapshot = request.object as VMSnapshot;
  if (specChanged(request))
    deny(SNAPSHOT_WEBHOOK, [cause('spec', 'spec in immutable after creation')]);
  if (request.operation !== 'CREATE') return;
  if (!featureGateEnabled(request.context, 'Snapshot'))
    deny(SNAPSHOT_WEBHOOK, [cause('spec', 'snapshot feature gate not enabled')]);
  deny(SNAPSHOT_WEBHOOK, checkVirtualMachineRef(snapshot.spec.source, 'spec.source'));
  const deadline = snapshot.spec.failureDeadline;
  if (deadline !== undefined && parseGoDuration(deadline) === undefined) {
    // The webhook decodes into metav1.Duration, so a bad value fails to decode.
    throw errors.badRequest(`time: invalid duration ${JSON.stringify(deadline)}`);
  }
});

const RESTORE_POLICIES = ['RandomizeNames', 'InPlace', 'PrefixTargetName'];
const OWNERSHIP_POLICIES = ['Vm', 'None'];
const PATCH_PREFIXES = ['/spec/', '/metadata/labels/', '/metadata/annotations/'];

/** Each patch must be one JSON patch operation on spec, labels or annotations. */
export function restorePatchProblems(patches: string[] | undefined): StatusCause[] {
  const causes: StatusCause[] = [];
  for (const [i, patch] of (patches ?? []).entries()) {
    let path: unknown;
    try {
      path = (JSON.parse(patch) as { path?: unknown }).path;
    } catch {
      path = undefined;
    }
    if (typeof path !== 'string')
      causes.push(cause(`spec.patches[${i}]`, 'patch format is not valid'));
    else if (!PATCH_PREFIXES.some((prefix) => path.startsWith(prefix))) {
      causes.push(
        cause(
          `spec.patches[${i}]`,
          `patching is valid only for spec, labels and annotations: ${path}`,
        ),
      );
    }
  }
  return causes;
}

function hasBackendStorage(vm: VMSnapshotContent['spec']['source']['virtualMachine']): boolean {
  const domain = vm?.spec.template.spec.domain;
  return (
    domain?.devices?.tpm?.persistent === true ||
    domain?.firmware?.bootloader?.efi?.persistent === true
  );
}

// §2.4: VirtualMachineRestore admission.
registerAdmission('snapshot.kubevirt.io', 'virtualmachinerestores', (request) => {
  const restore = request.object as VMRestore;
  if (specChanged(request))
    deny(RESTORE_WEBHOOK, [cause('spec', 'spec in immutable after creation')]);
  if (request.operation !== 'CREATE') return;
  if (!featureGateEnabled(request.context, 'Snapshot'))
    deny(RESTORE_WEBHOOK, [cause('spec', 'Snapshot/Restore feature gate not enabled')]);
  deny(RESTORE_WEBHOOK, checkVirtualMachineRef(restore.spec.target, 'spec.target'));
  const { objects, registry } = request.context;
  const restores = objects.list(
    registry.byGroupPlural('snapshot.kubevirt.io', 'virtualmachinerestores'),
    restore.metadata.namespace,
  ) as VMRestore[];
  const blocking = restores.find(
    (r) =>
      r.metadata.name !== restore.metadata.name &&
      r.spec.target.name === restore.spec.target.name &&
      r.spec.target.kind === restore.spec.target.kind &&
      r.status?.complete !== true,
  );
  if (blocking)
    deny(RESTORE_WEBHOOK, [
      cause('spec.target', `VirtualMachineRestore "${blocking.metadata.name}" in progress`),
    ]);
  const causes = restorePatchProblems(restore.spec.patches);
  if (
    restore.spec.volumeRestorePolicy !== undefined &&
    !RESTORE_POLICIES.includes(restore.spec.volumeRestorePolicy)
  ) {
    causes.push(
      cause(
        'spec.volumeRestorePolicy',
        `volumeRestorePolicy ${restore.spec.volumeRestorePolicy} is not supported`,
      ),
    );
  }
  if (
    restore.spec.volumeOwnershipPolicy !== undefined &&
    !OWNERSHIP_POLICIES.includes(restore.spec.volumeOwnershipPolicy)
  ) {
    causes.push(
      cause(
        'spec.volumeOwnershipPolicy',
        `volumeOwnershipPolicy ${restore.spec.volumeOwnershipPolicy} is not supported`,
      ),
    );
  }
  deny(RESTORE_WEBHOOK, causes);
  const snapshot = objects.get(
    registry.byGroupPlural('snapshot.kubevirt.io', 'virtualmachinesnapshots'),
    restore.metadata.namespace,
    restore.spec.virtualMachineSnapshotName,
  ) as VMSnapshot | undefined;
  const contentName = snapshot?.status?.virtualMachineSnapshotContentName;
  const content = contentName
    ? (objects.get(
        registry.byGroupPlural('snapshot.kubevirt.io', 'virtualmachinesnapshotcontents'),
        restore.metadata.namespace,
        contentName,
      ) as VMSnapshotContent | undefined)
    : undefined;
  if (content && hasBackendStorage(content.spec.source.virtualMachine)) {
    const target = objects.get(
      registry.byGroupPlural('kubevirt.io', 'virtualmachines'),
      restore.metadata.namespace,
      restore.spec.target.name,
    ) as VirtualMachine | undefined;
    if (!target || target.metadata.uid !== snapshot?.status?.sourceUID) {
      deny(RESTORE_WEBHOOK, [
        cause(
          'spec.target',
          'Restore to a different VM not supported when snapshotted VM has backend storage (persistent TPM or EFI)',
        ),
      ]);
    }
  }
});
