import type { APIRequestContext } from '@playwright/test';
import { expect } from '@playwright/test';

export type KubeObject = {
  apiVersion?: string;
  kind?: string;
  metadata: {
    name: string;
    namespace?: string;
    uid?: string;
    resourceVersion?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    creationTimestamp?: string;
    deletionTimestamp?: string;
  };
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
};

export type Kind = { group: string; version: string; plural: string; namespaced?: boolean };

export const KINDS = {
  vm: { group: 'kubevirt.io', version: 'v1', plural: 'virtualmachines' },
  vmi: { group: 'kubevirt.io', version: 'v1', plural: 'virtualmachineinstances' },
  snapshot: {
    group: 'snapshot.kubevirt.io',
    version: 'v1beta1',
    plural: 'virtualmachinesnapshots',
  },
  restore: { group: 'snapshot.kubevirt.io', version: 'v1beta1', plural: 'virtualmachinerestores' },
  clone: { group: 'clone.kubevirt.io', version: 'v1beta1', plural: 'virtualmachineclones' },
  pvc: { group: '', version: 'v1', plural: 'persistentvolumeclaims' },
} satisfies Record<string, Kind>;

const collection = ({ group, version, plural }: Kind, ns?: string) =>
  `${group ? `/apis/${group}` : '/api'}/${version}${ns ? `/namespaces/${ns}` : ''}/${plural}`;

/**
 * The cluster as admin (no token), for arranging test data and checking what the UI sent.
 * Tests drive the product through the browser; this is only their backstage door.
 */
export class ClusterAPI {
  constructor(private readonly request: APIRequestContext) {}

  async list(kind: Kind, ns: string): Promise<KubeObject[]> {
    const res = await this.request.get(collection(kind, ns));
    expect(res.status(), await res.text()).toBe(200);
    return ((await res.json()) as { items: KubeObject[] }).items;
  }

  async get(kind: Kind, ns: string, name: string): Promise<KubeObject | undefined> {
    const res = await this.request.get(`${collection(kind, ns)}/${name}`);
    if (res.status() === 404) {
      return undefined;
    }
    expect(res.status(), await res.text()).toBe(200);
    return (await res.json()) as KubeObject;
  }

  async create(kind: Kind, ns: string, body: object): Promise<KubeObject> {
    const res = await this.request.post(collection(kind, ns), { data: body });
    expect(res.status(), await res.text()).toBe(201);
    return (await res.json()) as KubeObject;
  }

  async patch(kind: Kind, ns: string, name: string, body: object): Promise<KubeObject> {
    const res = await this.request.patch(`${collection(kind, ns)}/${name}`, {
      data: body,
      headers: { 'Content-Type': 'application/merge-patch+json' },
    });
    expect(res.status(), await res.text()).toBe(200);
    return (await res.json()) as KubeObject;
  }

  async delete(kind: Kind, ns: string, name: string): Promise<void> {
    const res = await this.request.delete(`${collection(kind, ns)}/${name}`);
    expect([200, 202, 404], await res.text()).toContain(res.status());
  }

  /** Polls `read` until `accept` holds (then returns the value) or the timeout passes. */
  async waitFor<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeout = 30_000) {
    let last: T | undefined;
    await expect
      .poll(
        async () => {
          last = await read();
          return accept(last);
        },
        { timeout },
      )
      .toBe(true);
    return last as T;
  }

  /** A snapshot taken through the API (admin), waited for until it is ready to use. */
  async readySnapshot(ns: string, vm: string, name: string): Promise<KubeObject> {
    await this.create(KINDS.snapshot, ns, {
      apiVersion: 'snapshot.kubevirt.io/v1beta1',
      kind: 'VirtualMachineSnapshot',
      metadata: { name },
      // Well past the default 5m, which is only seconds of real time at the tests' time scale.
      spec: {
        source: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: vm },
        failureDeadline: '24h',
      },
    });
    const ready = await this.waitFor(
      () => this.get(KINDS.snapshot, ns, name),
      (s) => s?.status?.readyToUse === true,
    );
    if (!ready) {
      throw new Error(`snapshot ${name} vanished`);
    }
    return ready;
  }
}
