/** Builders for the seed's VirtualMachines, snapshots and restores. */
import type { KubeObject } from '../api/types';
import { GUEST_AGENT_ANNOTATION, HOTPLUG_ANNOTATION } from '../controllers/simulation';
import { DEMO_NAMESPACE } from './infrastructure';

export interface DiskSpec {
  name: string;
  size: string;
  storageClass: string;
}

export interface VmSpec {
  name: string;
  runStrategy: 'Always' | 'Halted';
  os: string;
  disks: DiskSpec[];
  guestAgent?: boolean;
  containerDisk?: string;
  cloudInit?: boolean;
  memory?: string;
  /** Hot-plugged when running, not persisted (HOTPLUG_ANNOTATION): "<volume>:<claim>". */
  hotplug?: string;
}

function templateAnnotations(spec: VmSpec): Record<string, string> | undefined {
  const annotations = {
    ...(spec.guestAgent === false ? { [GUEST_AGENT_ANNOTATION]: 'false' } : {}),
    ...(spec.hotplug ? { [HOTPLUG_ANNOTATION]: spec.hotplug } : {}),
  };
  return Object.keys(annotations).length ? annotations : undefined;
}

export function virtualMachine(spec: VmSpec): KubeObject {
  const volumes: unknown[] = spec.disks.map((d) => ({
    name: d.name,
    dataVolume: { name: `${spec.name}-${d.name}` },
  }));
  if (spec.containerDisk)
    volumes.push({ name: 'containerdisk', containerDisk: { image: spec.containerDisk } });
  if (spec.cloudInit)
    volumes.push({
      name: 'cloudinitdisk',
      cloudInitNoCloud: { userData: '#cloud-config\nuser: fedora\nchpasswd: { expire: False }\n' },
    });
  const diskNames = [
    ...spec.disks.map((d) => d.name),
    ...(spec.containerDisk ? ['containerdisk'] : []),
    ...(spec.cloudInit ? ['cloudinitdisk'] : []),
  ];
  return {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: {
      name: spec.name,
      namespace: DEMO_NAMESPACE,
      labels: { app: spec.name, 'vm.kubevirt.io/template': `${spec.os}-server-small` },
      annotations: { 'vm.kubevirt.io/os': spec.os },
    },
    spec: {
      runStrategy: spec.runStrategy,
      dataVolumeTemplates: spec.disks.map((d) => ({
        metadata: { name: `${spec.name}-${d.name}` },
        spec: {
          source:
            d.name === 'rootdisk'
              ? { registry: { url: `docker://quay.io/containerdisks/${spec.os}:latest` } }
              : { blank: {} },
          storage: {
            storageClassName: d.storageClass,
            resources: { requests: { storage: d.size } },
          },
        },
      })),
      template: {
        metadata: {
          labels: { 'kubevirt.io/domain': spec.name, 'kubevirt.io/size': 'small' },
          ...(templateAnnotations(spec) ? { annotations: templateAnnotations(spec) } : {}),
        },
        spec: {
          domain: {
            cpu: { cores: 1, sockets: 2, threads: 1 },
            memory: { guest: spec.memory ?? '4Gi' },
            devices: {
              disks: diskNames.map((name, i) => ({
                name,
                disk: { bus: 'virtio' },
                ...(i === 0 ? { bootOrder: 1 } : {}),
              })),
              interfaces: [{ name: 'default', masquerade: {}, model: 'virtio' }],
            },
            machine: { type: 'pc-q35-rhel9.4.0' },
          },
          networks: [{ name: 'default', pod: {} }],
          terminationGracePeriodSeconds: 180,
          volumes,
        },
      },
    },
  };
}

export function snapshot(
  name: string,
  vm: string,
  options: { failureDeadline?: string; deletionPolicy?: string } = {},
): KubeObject {
  return {
    apiVersion: 'snapshot.kubevirt.io/v1beta1',
    kind: 'VirtualMachineSnapshot',
    metadata: { name, namespace: DEMO_NAMESPACE, labels: { 'vm-data-protection/source': vm } },
    spec: { source: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: vm }, ...options },
  };
}

export function restore(name: string, vm: string, snapshotName: string): KubeObject {
  return {
    apiVersion: 'snapshot.kubevirt.io/v1beta1',
    kind: 'VirtualMachineRestore',
    metadata: { name, namespace: DEMO_NAMESPACE },
    spec: {
      target: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: vm },
      virtualMachineSnapshotName: snapshotName,
      volumeRestorePolicy: 'InPlace',
      targetReadinessPolicy: 'FailImmediate',
    },
  };
}
