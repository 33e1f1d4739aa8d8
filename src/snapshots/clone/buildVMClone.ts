import type { V1VirtualMachineSpec } from '@kubevirt-ui-ext/kubevirt-api/kubevirt';
import {
  VirtualMachineCloneModel,
  VirtualMachineModel,
  VirtualMachineSnapshotModel,
  apiVersionOf,
} from '@shared/k8s/models';
import type { V1beta1VirtualMachineClone } from '@shared/k8s/types';
import { generatedName } from '../restore/generatedName';

const RUNNING_STRATEGIES = ['Always', 'RerunOnFailure'];

/**
 * Patches that make the new VM start. The restore behind a clone creates the VM stopped
 * (`runStrategy: Halted`, or `running: false` for legacy VMs), so the patch works on the
 * stored spec. Values are fixed words: the restore admitter splits patches on `,` and `:`.
 */
export const startPatches = (sourceSpec: V1VirtualMachineSpec | undefined): string[] => {
  const strategy = RUNNING_STRATEGIES.includes(sourceSpec?.runStrategy ?? '')
    ? (sourceSpec?.runStrategy ?? 'Always')
    : 'Always';
  const ops: object[] = [];
  if (sourceSpec?.running !== undefined && sourceSpec.runStrategy === undefined) {
    ops.push({ op: 'remove', path: '/spec/running' });
  }
  ops.push({ op: 'add', path: '/spec/runStrategy', value: strategy });
  return ops.map((op) => JSON.stringify(op));
};

const ALLOWED_PATH = /^\/(spec\/|metadata\/labels\/|metadata\/annotations\/)/;

/** True when KubeVirt's restore admitter accepts the patch (research §2.4). */
export const isAdmissiblePatch = (patch: string): boolean => {
  try {
    const op = JSON.parse(patch) as { path?: unknown; value?: unknown };
    const value = op.value === undefined ? '' : JSON.stringify(op.value);
    return (
      typeof op.path === 'string' &&
      ALLOWED_PATH.test(op.path) &&
      !/[,:]/.test(value) &&
      !/[,:]/.test(op.path)
    );
  } catch {
    return false;
  }
};

export type VMCloneInput = {
  namespace: string;
  snapshotName: string;
  targetName: string;
  start: boolean;
  /** The VM spec stored in the snapshot content. */
  sourceSpec: V1VirtualMachineSpec | undefined;
  suffix?: string;
};

/** A VirtualMachineClone from a snapshot. Free text never goes into its patches. */
export const buildVMCloneFromSnapshot = ({
  namespace,
  snapshotName,
  targetName,
  start,
  sourceSpec,
  suffix,
}: VMCloneInput): V1beta1VirtualMachineClone => {
  const patches = start ? startPatches(sourceSpec) : [];
  if (!patches.every(isAdmissiblePatch)) {
    throw new Error(`Refusing a clone patch KubeVirt would reject: ${patches.join(' ')}`);
  }
  return {
    apiVersion: apiVersionOf(VirtualMachineCloneModel),
    kind: VirtualMachineCloneModel.kind,
    metadata: { name: generatedName(`${targetName}-clone`, suffix), namespace },
    spec: {
      source: {
        apiGroup: VirtualMachineSnapshotModel.apiGroup,
        kind: VirtualMachineSnapshotModel.kind,
        name: snapshotName,
      },
      target: {
        apiGroup: VirtualMachineModel.apiGroup,
        kind: VirtualMachineModel.kind,
        name: targetName,
      },
      volumeNamePolicy: 'PrefixTargetName',
      ...(patches.length ? { patches } : {}),
    },
  };
};
