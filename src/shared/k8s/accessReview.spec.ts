import { StorageClassModel, VirtualMachineSnapshotModel } from './models';
import { asAccessReview } from './accessReview';

describe('asAccessReview', () => {
  it('names group, plural, verb and namespace', () => {
    expect(asAccessReview(VirtualMachineSnapshotModel, 'create', 'demo')).toEqual({
      group: 'snapshot.kubevirt.io',
      resource: 'virtualmachinesnapshots',
      verb: 'create',
      namespace: 'demo',
    });
  });

  it('drops the namespace for cluster-scoped kinds and adds a name when given', () => {
    expect(asAccessReview(StorageClassModel, 'get', 'demo', 'fast')).toEqual({
      group: 'storage.k8s.io',
      resource: 'storageclasses',
      verb: 'get',
      namespace: undefined,
      name: 'fast',
    });
  });
});
