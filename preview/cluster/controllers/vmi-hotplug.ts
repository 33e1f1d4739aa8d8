/**
 * Simulated volume hot-plug (research kubevirt-snapshots.md §2.5; seeds 002, 004): a VMI whose
 * template carries HOTPLUG_ANNOTATION ("<volume>:<claim>,…") gets those PVCs attached once it
 * runs, as `virtctl addvolume` without `--persist` does — in the VMI spec and status only, never
 * in the VM spec, so a snapshot leaves them out. Kept apart from the VMI lifecycle controller.
 */
import type { VirtualMachineInstance } from '../api/kubevirt-types';
import { clone } from '../api/types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import { writeObject } from './helpers';
import type { ObjectRef, Reconciler } from './runtime';
import { HOTPLUG_ANNOTATION } from './simulation';

type Hotplug = { volume: string; claim: string };

export function parseHotplugAnnotation(value: string | undefined): Hotplug[] {
  return (value ?? '')
    .split(',')
    .map((pair) => pair.trim().split(':'))
    .filter(([volume, claim]) => volume && claim)
    .map(([volume = '', claim = '']) => ({ volume, claim }));
}

export function vmiHotplugController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);
  return {
    name: 'virtualmachineinstance-hotplug',
    primary: k.vmi,
    reconcile(ref: ObjectRef): undefined {
      const vmi = context.objects.get(k.vmi, ref.namespace, ref.name) as
        VirtualMachineInstance | undefined;
      const wanted = parseHotplugAnnotation(vmi?.metadata.annotations?.[HOTPLUG_ANNOTATION]);
      if (!vmi || vmi.metadata.deletionTimestamp || vmi.status?.phase !== 'Running') return;
      const present = new Set((vmi.spec.volumes ?? []).map((v) => v.name));
      const missing = wanted.filter((h) => !present.has(h.volume));
      if (!missing.length) return;
      const next = clone(vmi);
      const devices = (next.spec.domain ??= {}).devices ?? {};
      next.spec.domain.devices = devices;
      const volumeStatus = (next.status?.volumeStatus ?? []) as unknown[];
      for (const { volume, claim } of missing) {
        next.spec.volumes = [
          ...(next.spec.volumes ?? []),
          { name: volume, persistentVolumeClaim: { claimName: claim, hotpluggable: true } },
        ];
        const disk: { name: string; disk: { bus: string } } = {
          name: volume,
          disk: { bus: 'scsi' },
        };
        devices.disks = [...(devices.disks ?? []), disk];
        volumeStatus.push({
          name: volume,
          target: 'sda',
          phase: 'Ready',
          reason: 'VolumeReady',
          message: 'Successfully attach hotplugged volume',
          hotplugVolume: { attachPodName: `hp-volume-${vmi.metadata.name}` },
          persistentVolumeClaimInfo: { claimName: claim },
        });
      }
      next.status = { ...next.status, volumeStatus };
      writeObject(context, k.vmi, next);
      return undefined;
    },
  };
}
