import type { APIRequestContext } from '@playwright/test';

export const BENCH_NS = 'bench';

const post = async (api: APIRequestContext, path: string, data: object) => {
  const res = await api.post(path, { data });
  if (res.status() !== 201) {
    throw new Error(`POST ${path}: ${res.status()} ${await res.text()}`);
  }
};

const vm = (name: string) => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name },
  spec: {
    runStrategy: 'Halted',
    template: {
      spec: {
        domain: { devices: { disks: [{ name: 'root', disk: { bus: 'virtio' } }] } },
        volumes: [{ name: 'root', containerDisk: { image: 'quay.io/containerdisks/fedora:41' } }],
      },
    },
  },
});

const snapshot = (name: string, vmName: string) => ({
  apiVersion: 'snapshot.kubevirt.io/v1beta1',
  kind: 'VirtualMachineSnapshot',
  metadata: { name },
  spec: { source: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: vmName } },
});

/**
 * Creates `counts[vm]` snapshots of each VM through the API (16 requests at a time), then the
 * VMs. Snapshots of a VM that does not exist yet fail at once, so the simulated controllers are
 * quiet while we measure (thousands of queued snapshots of one VM keep them busy for many
 * minutes). The rows therefore show Failed; rendering cost per row is the same.
 */
export const populate = async (api: APIRequestContext, counts: Record<string, number>) => {
  await post(api, '/api/v1/namespaces', {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: BENCH_NS },
  });
  const jobs = Object.entries(counts).flatMap(([vmName, count]) =>
    Array.from({ length: count }, (_v, i) => [
      `${vmName}-snap-${String(i).padStart(4, '0')}`,
      vmName,
    ]),
  );
  const path = `/apis/snapshot.kubevirt.io/v1beta1/namespaces/${BENCH_NS}/virtualmachinesnapshots`;
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const [name = '', vmName = ''] = jobs[next++] ?? [];
      await post(api, path, snapshot(name, vmName));
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return jobs.length;
};

export const createVMs = async (api: APIRequestContext, names: string[]) => {
  const base = `/apis/kubevirt.io/v1/namespaces/${BENCH_NS}/virtualmachines`;
  for (const name of names) {
    await post(api, base, vm(name));
  }
};

/** Waits until every snapshot has a phase, so controllers are quiet while we measure. */
export const waitForSettled = async (
  api: APIRequestContext,
  total: number,
  timeoutMs = 300_000,
) => {
  const path = `/apis/snapshot.kubevirt.io/v1beta1/namespaces/${BENCH_NS}/virtualmachinesnapshots`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const list = (await (await api.get(path)).json()) as {
      items: { status?: { phase?: string } }[];
    };
    const phases: Record<string, number> = {};
    for (const s of list.items) {
      const phase = s.status?.phase ?? 'none';
      phases[phase] = (phases[phase] ?? 0) + 1;
    }
    const settled = list.items.length === total && !phases.none && !phases.InProgress;
    if (settled || Date.now() > deadline) {
      return phases;
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
};
