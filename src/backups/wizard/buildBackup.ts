import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { apiVersionOf } from '@shared/k8s/models';
import { BackupModel } from '../k8s/models';
import type { BackupSpec, VeleroBackup } from '../k8s/types';
import type { VMRef } from '../scope/productLabels';
import { vmLabelKey } from '../scope/productLabels';
import type { VMSelection } from './vmSelectors';
import { selectPickedVMs } from './vmSelectors';

export type BackupMethod = 'csi-snapshot' | 'data-mover';

export type BackupChoices = {
  name: string;
  /** The Velero namespace: Velero objects are only ever created there. */
  veleroNamespace: string;
  vms: VMRef[];
  method: BackupMethod;
  storageLocation: string;
  ttl: string;
};

export type BuiltBackup = {
  backup: VeleroBackup;
  /** VMs that need our label first (with the user's consent), and the patch for each. */
  labelPatches: VMSelection[];
};

/** Product labels naming the VMs (so "backups of VM X" needs no download); names over 63 are left to scope matching. */
export const productLabels = (vms: VMRef[]): Record<string, string> =>
  Object.fromEntries(
    vms.filter((vm) => vm.name.length <= 63).map((vm) => [vmLabelKey(vm.name), vm.namespace]),
  );

/**
 * The Backup spec the wizard sends (DESIGN §6, issue 12): included namespaces, OR selectors
 * only when not every VM of a namespace is picked, never `includedResources` (the kubevirt
 * plugin reads even `["*"]` as leaving pods and VMIs out, research/oadp-velero.md §0a),
 * the method, location and TTL — nothing the user did not choose.
 */
export const buildBackupSpec = (
  choices: BackupChoices,
  allVMs: K8sResourceCommon[],
): { spec: BackupSpec; labelPatches: VMSelection[] } => {
  const namespaces = [...new Set(choices.vms.map((vm) => vm.namespace))].sort();
  const everyVMPicked = namespaces.every((ns) =>
    allVMs
      .filter((vm) => vm.metadata?.namespace === ns)
      .every((vm) => choices.vms.some((p) => p.namespace === ns && p.name === vm.metadata?.name)),
  );
  const selections = everyVMPicked ? [] : selectPickedVMs(choices.vms, allVMs);
  const selectors = [
    ...new Map(selections.map((s) => [JSON.stringify(s.selector), s.selector])).values(),
  ];
  return {
    spec: {
      includedNamespaces: namespaces,
      ...(selectors.length > 0 ? { orLabelSelectors: selectors } : {}),
      snapshotMoveData: choices.method === 'data-mover',
      storageLocation: choices.storageLocation,
      ttl: choices.ttl,
    },
    labelPatches: selections.filter((s) => s.labelPatch),
  };
};

export const buildBackup = (choices: BackupChoices, allVMs: K8sResourceCommon[]): BuiltBackup => {
  const { spec, labelPatches } = buildBackupSpec(choices, allVMs);
  return {
    backup: {
      apiVersion: apiVersionOf(BackupModel),
      kind: BackupModel.kind,
      metadata: {
        name: choices.name,
        namespace: choices.veleroNamespace,
        labels: productLabels(choices.vms),
      },
      spec,
    },
    labelPatches,
  };
};
