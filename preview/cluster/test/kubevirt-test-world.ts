/**
 * The cluster and helpers the KubeVirt controller specs share: one in-process cluster at 100x
 * per spec file, driven through the real @kubernetes/client-node.
 */
import { ClientNode, eventually, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import { snapshotManifest, vmManifest } from './fixtures';

export const world = {} as { cluster: TestCluster; client: ClientNode };

/** Starts the cluster and client for the calling spec file (jest hooks). */
export function startKubevirtCluster(): void {
  beforeAll(async () => {
    // 100x: the waits the tests watch (a 5m grace period, a 5m deadline) last 3 s of real time.
    world.cluster = await startTestCluster({ timeScale: 100 });
    world.client = new ClientNode(world.cluster);
    await world.client.ready;
  });

  afterAll(async () => {
    world.client.close();
    await world.cluster.close();
  });
}

export type Obj = {
  metadata: { name: string; uid: string; resourceVersion: string };
  spec: Record<string, unknown>;
  status?: Record<string, unknown> & {
    conditions?: { type: string; status: string; reason?: string }[];
  };
};
export const ref = (apiVersion: string, kind: string, name: string) => ({
  object: { apiVersion, kind, metadata: { name, namespace: 'demo' } },
});
export const vmRef = (name: string) => ref('kubevirt.io/v1', 'VirtualMachine', name);
export const snapshotRef = (name: string) =>
  ref('snapshot.kubevirt.io/v1beta1', 'VirtualMachineSnapshot', name);
export const restoreRef = (name: string) =>
  ref('snapshot.kubevirt.io/v1beta1', 'VirtualMachineRestore', name);

export async function read(target: { object: unknown }): Promise<Obj | undefined> {
  const answer = await world.client.call('read', target);
  return answer.ok ? (answer.result as Obj) : undefined;
}

export async function waitFor(
  target: { object: unknown },
  what: string,
  predicate: (o: Obj) => boolean,
): Promise<Obj> {
  return eventually(async () => {
    const object = await read(target);
    return object && predicate(object) ? object : undefined;
  }, what);
}

export const condition = (o: Obj, type: string) =>
  o.status?.conditions?.find((c) => c.type === type);

export async function runningVm(
  name: string,
  options: Parameters<typeof vmManifest>[1] = {},
): Promise<Obj> {
  await world.client.ok('create', { object: vmManifest(name, options) });
  const wanted = options.runStrategy === 'Halted' ? 'Stopped' : 'Running';
  const vm = await waitFor(
    vmRef(name),
    `${name} ${wanted}`,
    (o) => o.status?.printableStatus === wanted,
  );
  // The agent connects a moment after Running; snapshots taken before it would say NoGuestAgent.
  if (wanted === 'Running' && options.guestAgent !== false)
    await waitFor(
      ref('kubevirt.io/v1', 'VirtualMachineInstance', name),
      `${name} agent connected`,
      (vmi) => condition(vmi, 'AgentConnected')?.status === 'True',
    );
  return vm;
}

export async function readySnapshot(name: string, vm: string): Promise<Obj> {
  await world.client.ok('create', { object: snapshotManifest(name, vm) });
  return waitFor(snapshotRef(name), `${name} ready`, (s) => s.status?.readyToUse === true);
}
