/**
 * kubevirt-velero-plugin 0.8 backup item actions (research/oadp-velero.md §3.1, §3.2;
 * `pkg/plugin/vm_backup_item_action.go`, `vmi_backup_item_action.go`, `pkg/util/kvgraph`):
 * the rules that fail a VM or VMI, in the plugin's words wrapped as Velero wraps a plugin
 * error, and the VM's object graph returned as additional items.
 */
import type { VirtualMachine, VirtualMachineInstance, Volume } from '../../api/kubevirt-types';
import type { ResourceType } from '../../api/resource-types';
import type { StoredObject } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import { launcherPod } from '../launcher-pods';
import type { BackupSpec } from './backup-spec';
import { groupResource, pluginSeesResource } from './backup-spec';

const EXCLUDE = 'velero.io/exclude-from-backup';
export const METADATA_BACKUP = 'velero.kubevirt.io/metadataBackup';
/** The VMI action returns no item: a VMI owned by a VM that is not in the backup. */
export const SKIP = 'skip';

/** Velero's wrapping of an error returned by a backup item action (item_backupper.go). */
export function customActionError(type: ResourceType, object: StoredObject, message: string) {
  return `error executing custom action (groupResource=${groupResource(type)}, namespace=${object.metadata.namespace ?? ''}, name=${object.metadata.name}): rpc error: code = Unknown desc = ${message}`;
}

const excludedByLabel = (object: StoredObject | undefined) =>
  object?.metadata.labels?.[EXCLUDE] === 'true';

/** `RestorePossible`: every DV/PVC volume outside the VM's templates must be in the backup. */
function restorePossible(
  context: ClusterContext,
  spec: BackupSpec,
  namespace: string,
  volumes: Volume[],
  inTemplates: (name: string) => boolean,
): boolean {
  const k = kinds(context.registry);
  for (const volume of volumes) {
    const dv = volume.dataVolume?.name;
    if (dv && !inTemplates(dv)) {
      const exists = context.objects.get(k.dataVolume, namespace, dv) !== undefined;
      if (!pluginSeesResource(spec, exists ? 'datavolumes' : 'persistentvolumeclaims'))
        return false;
    }
    if (volume.persistentVolumeClaim && !pluginSeesResource(spec, 'persistentvolumeclaims'))
      return false;
  }
  return true;
}

/** The plugin's verdict on a VM or VMI: an error message (wrapped), SKIP (not backed up), or undefined. */
export function vmActionError(
  context: ClusterContext,
  spec: BackupSpec,
  type: ResourceType,
  object: StoredObject,
  metadataBackup = false,
): string | undefined {
  const k = kinds(context.registry);
  const ns = object.metadata.namespace ?? '';
  const pvcsWithoutPods =
    !pluginSeesResource(spec, 'pods') && pluginSeesResource(spec, 'persistentvolumeclaims');
  if (type === k.vm) {
    const vm = object as VirtualMachine;
    const status = vm.status?.printableStatus;
    if (status === 'Starting' || status === 'Running') {
      const vmi = context.objects.get(k.vmi, ns, vm.metadata.name);
      if (
        !pluginSeesResource(spec, 'virtualmachineinstances') ||
        excludedByLabel(vmi) ||
        pvcsWithoutPods
      )
        return customActionError(type, object, 'VM cannot be safely backed up');
    }
    const templates = new Set((vm.spec.dataVolumeTemplates ?? []).map((t) => t.metadata.name));
    const volumes = vm.spec.template.spec.volumes ?? [];
    if (!metadataBackup && !restorePossible(context, spec, ns, volumes, (n) => templates.has(n)))
      return customActionError(type, object, 'VM would not be restored correctly');
    return undefined;
  }
  if (type !== k.vmi) return undefined;
  const vmi = object as VirtualMachineInstance;
  const owned = (vmi.metadata.ownerReferences ?? []).length > 0;
  if (owned) {
    const vm = context.objects.get(k.vm, ns, vmi.metadata.name);
    if (!pluginSeesResource(spec, 'virtualmachines') || excludedByLabel(vm)) return SKIP;
  }
  const paused = (vmi.status?.conditions ?? []).some(
    (c) => c.type === 'Paused' && c.status === 'True',
  );
  if (!paused) {
    const pod = launcherPod(context, vmi);
    if (pvcsWithoutPods || excludedByLabel(pod))
      return customActionError(
        type,
        object,
        'VM is running but launcher pod is not included in the backup',
      );
    if (!pod) return customActionError(type, object, 'pod for running VMI not found');
  }
  if (
    !owned &&
    !metadataBackup &&
    !restorePossible(context, spec, ns, vmi.spec.volumes ?? [], () => false)
  )
    return customActionError(
      type,
      object,
      'VM has DataVolume or PVC volumes and DataVolumes/PVCs is not included in the backup',
    );
  return undefined;
}

/** kvgraph: what a VM or VMI brings along (by type and name, in the item's namespace). */
export function vmAdditionalItems(
  context: ClusterContext,
  type: ResourceType,
  object: StoredObject,
): { type: ResourceType; name: string }[] {
  const k = kinds(context.registry);
  const out: { type: ResourceType; name: string }[] = [];
  let volumes: Volume[];
  if (type === k.vm) {
    const vm = object as VirtualMachine;
    volumes = vm.spec.template.spec.volumes ?? [];
    if (vm.status?.created) {
      out.push({ type: k.vmi, name: vm.metadata.name });
      const pod = launcherPod(
        context,
        context.objects.get(k.vmi, vm.metadata.namespace, vm.metadata.name),
      );
      if (pod) out.push({ type: k.pod, name: pod.metadata.name });
    }
    const devices = vm.spec.template.spec.domain?.devices;
    const firmware = vm.spec.template.spec.domain?.firmware;
    if (devices?.tpm?.persistent || firmware?.bootloader?.efi?.persistent)
      out.push({ type: k.pvc, name: `persistent-state-for-${vm.metadata.name}` });
  } else if (type === k.vmi) {
    const vmi = object as VirtualMachineInstance;
    volumes = vmi.spec.volumes ?? [];
    const pod = launcherPod(context, vmi);
    if (pod) out.push({ type: k.pod, name: pod.metadata.name });
  } else return [];
  for (const volume of volumes) {
    const source = volume as Record<
      string,
      | {
          name?: string;
          secretName?: string;
          claimName?: string;
          secretRef?: { name: string };
          networkDataSecretRef?: { name: string };
        }
      | undefined
    >;
    if (volume.dataVolume) {
      out.push({ type: k.dataVolume, name: volume.dataVolume.name });
      out.push({ type: k.pvc, name: volume.dataVolume.name });
    }
    if (volume.persistentVolumeClaim)
      out.push({ type: k.pvc, name: volume.persistentVolumeClaim.claimName });
    if (volume.memoryDump) out.push({ type: k.pvc, name: volume.memoryDump.claimName });
    if (source.configMap?.name) out.push({ type: k.configMap, name: source.configMap.name });
    if (source.secret?.secretName) out.push({ type: k.secret, name: source.secret.secretName });
    for (const cloudInit of [source.cloudInitNoCloud, source.cloudInitConfigDrive]) {
      if (cloudInit?.secretRef) out.push({ type: k.secret, name: cloudInit.secretRef.name });
      if (cloudInit?.networkDataSecretRef)
        out.push({ type: k.secret, name: cloudInit.networkDataSecretRef.name });
    }
  }
  return out;
}
