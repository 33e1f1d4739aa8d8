import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { resourceURL, selectorToString } from './k8s-url';

const snapshots: K8sModel = {
  apiGroup: 'snapshot.kubevirt.io',
  apiVersion: 'v1beta1',
  kind: 'VirtualMachineSnapshot',
  plural: 'virtualmachinesnapshots',
  abbr: 'VMS',
  label: 'VirtualMachineSnapshot',
  labelPlural: 'VirtualMachineSnapshots',
  namespaced: true,
};
const namespaces: K8sModel = {
  ...snapshots,
  apiGroup: undefined,
  apiVersion: 'v1',
  kind: 'Namespace',
  plural: 'namespaces',
  namespaced: false,
};

describe('resourceURL', () => {
  it('builds group, namespace, name and query like the console', () => {
    expect(
      resourceURL(snapshots, {
        ns: 'demo',
        queryParams: {
          watch: 'true',
          fieldSelector: 'metadata.name=a',
          resourceVersion: undefined,
        },
      }),
    ).toBe(
      '/api/kubernetes/apis/snapshot.kubevirt.io/v1beta1/namespaces/demo/virtualmachinesnapshots?watch=true&fieldSelector=metadata.name%3Da',
    );
    expect(resourceURL(snapshots, { ns: 'demo', name: 'snap-1' })).toBe(
      '/api/kubernetes/apis/snapshot.kubevirt.io/v1beta1/namespaces/demo/virtualmachinesnapshots/snap-1',
    );
  });

  it('uses /api for the core group and ignores the namespace of cluster-scoped kinds', () => {
    expect(resourceURL(namespaces, { ns: 'demo', name: 'demo' })).toBe(
      '/api/kubernetes/api/v1/namespaces/demo',
    );
  });
});

describe('selectorToString', () => {
  it('sorts matchLabels and renders expressions', () => {
    expect(
      selectorToString({
        matchLabels: { b: '2', a: '1' },
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['web', 'db'] },
          { key: 'gone', operator: 'DoesNotExist' },
        ],
      }),
    ).toBe('a=1,b=2,tier in (web,db),!gone');
  });

  it('accepts a plain label map', () => {
    expect(selectorToString({ app: 'x' })).toBe('app=x');
  });
});
