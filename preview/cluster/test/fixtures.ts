/** Objects the tests create. */
export function vmManifest(
  name: string,
  options: {
    runStrategy?: string;
    disks?: { name: string; size: string; storageClass?: string }[];
    guestAgent?: boolean;
  } = {},
) {
  const disks = options.disks ?? [{ name: 'rootdisk', size: '10Gi' }];
  return {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: { name, namespace: 'demo' },
    spec: {
      runStrategy: options.runStrategy ?? 'Always',
      dataVolumeTemplates: disks.map((d) => ({
        metadata: { name: `${name}-${d.name}` },
        spec: {
          source: { blank: {} },
          storage: {
            ...(d.storageClass ? { storageClassName: d.storageClass } : {}),
            resources: { requests: { storage: d.size } },
          },
        },
      })),
      template: {
        ...(options.guestAgent === false
          ? {
              metadata: {
                annotations: { 'local-cluster.vm-data-protection.io/guest-agent': 'false' },
              },
            }
          : {}),
        spec: {
          domain: {
            devices: { disks: disks.map((d) => ({ name: d.name, disk: { bus: 'virtio' } })) },
            memory: { guest: '1Gi' },
          },
          volumes: disks.map((d) => ({ name: d.name, dataVolume: { name: `${name}-${d.name}` } })),
        },
      },
    },
  };
}

export function snapshotManifest(name: string, vm: string, extra: Record<string, unknown> = {}) {
  return {
    apiVersion: 'snapshot.kubevirt.io/v1beta1',
    kind: 'VirtualMachineSnapshot',
    metadata: { name, namespace: 'demo' },
    spec: {
      source: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: vm },
      // The default 5m is only 1.5-3 s of real time at the tests' 100-200x: a busy machine could miss it.
      failureDeadline: '1h',
      ...extra,
    },
  };
}

export function restoreManifest(
  name: string,
  vm: string,
  snapshot: string,
  extra: Record<string, unknown> = {},
) {
  return {
    apiVersion: 'snapshot.kubevirt.io/v1beta1',
    kind: 'VirtualMachineRestore',
    metadata: { name, namespace: 'demo' },
    spec: {
      target: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: vm },
      virtualMachineSnapshotName: snapshot,
      ...extra,
    },
  };
}

export function cloneManifest(
  name: string,
  source: { kind: string; apiGroup: string; name: string },
  target: string,
) {
  return {
    apiVersion: 'clone.kubevirt.io/v1beta1',
    kind: 'VirtualMachineClone',
    metadata: { name, namespace: 'demo' },
    spec: { source, target: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: target } },
  };
}

export const yaml = (object: unknown) => JSON.stringify(object);
