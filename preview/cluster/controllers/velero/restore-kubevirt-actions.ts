/**
 * kubevirt-velero-plugin 0.8's restore actions (research/oadp-velero.md §3.1, §3.5; plugin
 * `pkg/plugin/{vm,vmi,pod,pvc}_restore_item_action.go`, `pkg/util/util.go`): launcher pods are
 * never restored, VMIs owned by a VM are skipped, PVCs still being imported are skipped, and
 * the Restore's labels set a VM's run strategy, clear its MACs or give it a new firmware UUID.
 * A VM brings its DataVolumes, PVCs, config maps, secrets and service accounts first.
 */
import { randomUUID } from 'node:crypto';
import type { KubeObject } from '../../api/types';
import { asArray, clone, isMap } from '../../api/types';
import type { JsonMap } from '../../api/types';
import type { ItemRef, RestoreItemAction } from './restore-item-action';

export const RESTORE_RUN_STRATEGY_LABEL = 'velero.kubevirt.io/restore-run-strategy';
export const CLEAR_MAC_ADDRESS_LABEL = 'velero.kubevirt.io/clear-mac-address';
export const NEW_FIRMWARE_UUID_LABEL = 'velero.kubevirt.io/generate-new-firmware-uuid';
const IS_OWNED_ANNOTATION = 'cdi.kubevirt.io/velero.isOwned';
const IN_PROGRESS_ANNOTATION = 'kvp.kubevirt.io/storage.inprogress';
// Runtime labels the VMI restore action drops (vmi_restore_item_action.go restrictedVmiLabels).
const RESTRICTED_VMI_LABELS = ['kubevirt.io/nodeName', 'kubevirt.io/migrationTargetNodeName'];

const map = (value: unknown): JsonMap => (isMap(value) ? value : {});

function vmiSpecChanges(spec: JsonMap, labels: Record<string, string>): void {
  const domain = map(spec.domain);
  if (CLEAR_MAC_ADDRESS_LABEL in labels)
    for (const iface of asArray(map(domain.devices).interfaces))
      if (isMap(iface)) iface.macAddress = '';
  if (NEW_FIRMWARE_UUID_LABEL in labels) {
    domain.firmware = { ...map(domain.firmware), uuid: randomUUID() };
    spec.domain = domain;
  }
}

/** kvgraph addVolumeGraph: what a VM or VMI needs restored before it. */
function volumeGraph(spec: JsonMap, namespace: string): ItemRef[] {
  const refs: ItemRef[] = [];
  const add = (groupResource: string, name: unknown) => {
    if (typeof name === 'string') refs.push({ groupResource, namespace, name });
  };
  for (const volume of asArray(spec.volumes).filter(isMap)) {
    if (isMap(volume.dataVolume)) {
      add('datavolumes.cdi.kubevirt.io', volume.dataVolume.name);
      add('persistentvolumeclaims', volume.dataVolume.name);
    } else if (isMap(volume.persistentVolumeClaim))
      add('persistentvolumeclaims', volume.persistentVolumeClaim.claimName);
    else if (isMap(volume.memoryDump)) add('persistentvolumeclaims', volume.memoryDump.claimName);
    else if (isMap(volume.configMap)) add('configmaps', volume.configMap.name);
    else if (isMap(volume.secret)) add('secrets', volume.secret.secretName);
    else if (isMap(volume.serviceAccount))
      add('serviceaccounts', volume.serviceAccount.serviceAccountName);
  }
  return refs;
}

const hasLabel = (item: KubeObject, key: string, values: string[]) =>
  values.includes(item.metadata.labels?.[key] ?? '\0');

export const kubevirtRestoreActions: RestoreItemAction[] = [
  {
    name: 'kubevirt-velero-plugin/restore-pod-action',
    appliesTo: (gr, item) =>
      gr === 'pods' && hasLabel(item, 'kubevirt.io', ['virt-launcher', 'hotplug-disk']),
    execute: (_ctx, item) => ({ item, skipRestore: true }),
  },
  {
    name: 'kubevirt-velero-plugin/restore-pvc-action',
    appliesTo: (gr) => gr === 'persistentvolumeclaims',
    execute: (_ctx, item) => ({
      item,
      skipRestore: item.metadata.annotations?.[IN_PROGRESS_ANNOTATION] !== undefined,
    }),
  },
  {
    name: 'kubevirt-velero-plugin/restore-vmi-action',
    appliesTo: (gr) => gr === 'virtualmachineinstances.kubevirt.io',
    execute(ctx, item) {
      if (item.metadata.annotations?.[IS_OWNED_ANNOTATION] === 'true') {
        ctx.log('info', "VMI is owned by a VM, it doesn't need to be restored");
        return { item, skipRestore: true };
      }
      const next = clone(item);
      const spec = map(next.spec);
      vmiSpecChanges(spec, ctx.restore.metadata.labels ?? {});
      next.metadata.labels = Object.fromEntries(
        Object.entries(next.metadata.labels ?? {}).filter(
          ([l]) => !RESTRICTED_VMI_LABELS.includes(l),
        ),
      );
      return { item: next, additionalItems: volumeGraph(spec, item.metadata.namespace ?? '') };
    },
  },
  {
    name: 'kubevirt-velero-plugin/restore-vm-action',
    appliesTo: (gr) => gr === 'virtualmachines.kubevirt.io',
    execute(ctx, item) {
      const labels = ctx.restore.metadata.labels ?? {};
      const next = clone(item);
      const spec = map(next.spec);
      if (RESTORE_RUN_STRATEGY_LABEL in labels) {
        ctx.log(
          'info',
          `Setting virtual machine run strategy to ${labels[RESTORE_RUN_STRATEGY_LABEL]}`,
        );
        spec.runStrategy = labels[RESTORE_RUN_STRATEGY_LABEL];
        delete spec.running;
      }
      const templateSpec = map(map(spec.template).spec);
      vmiSpecChanges(templateSpec, labels);
      return {
        item: next,
        additionalItems: volumeGraph(templateSpec, item.metadata.namespace ?? ''),
      };
    },
  },
];
