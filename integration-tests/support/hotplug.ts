import type { ClusterAPI, KubeObject } from './cluster-api';
import { KINDS } from './cluster-api';
import { NS, SNAPSHOT_CAPABLE_CLASS, vmManifest } from './vms';

/**
 * The local cluster's knob (preview/cluster/controllers/simulation.ts HOTPLUG_ANNOTATION):
 * "<volume>:<claim>" is hot-plugged into the running VMI, as `virtctl addvolume` without
 * `--persist` does — on the VMI only, never in the VM spec.
 */
const HOTPLUG_ANNOTATION = 'local-cluster.vm-data-protection.io/hotplug-volumes';
export const HOTPLUG_VOLUME = 'hotplug-scratch';

const vmiVolumes = (vmi: KubeObject | undefined) =>
  ((vmi?.spec?.volumes ?? []) as { name: string }[]).map((v) => v.name);

/**
 * A running VM `name` (one disk, `rootdisk`, in its spec) with a claim `<name>-scratch`
 * hot-plugged into its instance as HOTPLUG_VOLUME; waits until the VMI carries it.
 */
export const runningVMWithHotplug = async (api: ClusterAPI, name: string) => {
  const claim = `${name}-scratch`;
  await api.create(KINDS.pvc, NS, {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: claim },
    spec: {
      accessModes: ['ReadWriteMany'],
      storageClassName: SNAPSHOT_CAPABLE_CLASS,
      volumeMode: 'Block',
      resources: { requests: { storage: '1Gi' } },
    },
  });
  const manifest = vmManifest(name, { running: true });
  const annotations: Record<string, string> = {
    [HOTPLUG_ANNOTATION]: `${HOTPLUG_VOLUME}:${claim}`,
  };
  const template = {
    ...manifest.spec.template,
    metadata: { ...manifest.spec.template.metadata, annotations },
  };
  await api.create(KINDS.vm, NS, { ...manifest, spec: { ...manifest.spec, template } });
  await api.waitFor(
    () => api.get(KINDS.vmi, NS, name),
    (vmi) => vmiVolumes(vmi).includes(HOTPLUG_VOLUME),
    60_000,
  );
  return { claim };
};
