import type { ClusterAPI, KubeObject } from './cluster-api';
import { KINDS } from './cluster-api';

export const NS = 'demo';
/** From preview/cluster/seed/infrastructure.ts: a class with a VolumeSnapshotClass, and one without. */
export const SNAPSHOT_CAPABLE_CLASS = 'ocs-storagecluster-ceph-rbd-virtualization';
export const NO_SNAPSHOT_CLASS = 'hostpath-csi-basic';
/** The local cluster's simulation knob: "false" = the guest never connects an agent. */
const GUEST_AGENT_ANNOTATION = 'local-cluster.vm-data-protection.io/guest-agent';

type Disk = { name: string; storageClass: string };
type VMOptions = { running: boolean; guestAgent?: boolean; disks?: Disk[] };

/** A unique name per call, so tests never share objects (runs are in one cluster). */
export const uniqueName = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

export const vmManifest = (name: string, { running, guestAgent = true, disks }: VMOptions) => {
  const volumes = disks ?? [{ name: 'rootdisk', storageClass: SNAPSHOT_CAPABLE_CLASS }];
  return {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: { name, labels: { app: name } },
    spec: {
      runStrategy: running ? 'Always' : 'Halted',
      dataVolumeTemplates: volumes.map((d) => ({
        metadata: { name: `${name}-${d.name}` },
        spec: {
          source: { blank: {} },
          storage: {
            storageClassName: d.storageClass,
            accessModes: ['ReadWriteMany'],
            resources: { requests: { storage: '1Gi' } },
          },
        },
      })),
      template: {
        metadata: {
          labels: { 'kubevirt.io/domain': name },
          annotations: guestAgent ? {} : { [GUEST_AGENT_ANNOTATION]: 'false' },
        },
        spec: {
          domain: {
            cpu: { cores: 1 },
            memory: { guest: '1Gi' },
            devices: { disks: volumes.map((d) => ({ name: d.name, disk: { bus: 'virtio' } })) },
          },
          volumes: volumes.map((d) => ({
            name: d.name,
            dataVolume: { name: `${name}-${d.name}` },
          })),
        },
      },
    },
  };
};

const condition = (obj: KubeObject | undefined, type: string) =>
  (obj?.status?.conditions as { type: string; status: string }[] | undefined)?.find(
    (c) => c.type === type,
  )?.status;

/**
 * Creates a VM and waits until the cluster reports what the test relies on: disks known to
 * the snapshot controller, and for a running VM, Running (plus the agent when it has one).
 */
export const createVM = async (api: ClusterAPI, name: string, options: VMOptions) => {
  await api.create(KINDS.vm, NS, vmManifest(name, options));
  const disks = options.disks?.length ?? 1;
  await api.waitFor(
    () => api.get(KINDS.vm, NS, name),
    (vm) =>
      (vm?.status?.volumeSnapshotStatuses as unknown[] | undefined)?.length === disks &&
      vm?.status?.printableStatus === (options.running ? 'Running' : 'Stopped'),
    60_000,
  );
  if (options.running && options.guestAgent !== false) {
    await api.waitFor(
      () => api.get(KINDS.vmi, NS, name),
      (vmi) => condition(vmi, 'AgentConnected') === 'True',
    );
  }
  return (await api.get(KINDS.vm, NS, name)) as KubeObject;
};

/** A new stopped VM (`<prefix>-<unique>`) with one ready snapshot, `<vm>-snap`. */
export const stoppedVMWithSnapshot = async (api: ClusterAPI, prefix: string) => {
  const vm = uniqueName(prefix);
  await createVM(api, vm, { running: false });
  const snapshot = `${vm}-snap`;
  await api.readySnapshot(NS, vm, snapshot);
  return { vm, snapshot };
};
