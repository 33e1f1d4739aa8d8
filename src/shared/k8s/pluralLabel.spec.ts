import { VolumeSnapshotClassModel, StorageClassModel, VirtualMachineModel } from './models';
import { pluralLabel } from './pluralLabel';

describe('pluralLabel', () => {
  it.each([
    ['StorageClass', 'StorageClasses'],
    ['VolumeSnapshotClass', 'VolumeSnapshotClasses'],
    ['NetworkPolicy', 'NetworkPolicies'],
    ['Gateway', 'Gateways'],
    ['Ingress', 'Ingresses'],
    ['VirtualMachine', 'VirtualMachines'],
    ['VirtualMachineSnapshotContent', 'VirtualMachineSnapshotContents'],
  ])('%s → %s', (label, plural) => {
    expect(pluralLabel(label)).toBe(plural);
  });

  it('gives the models correct English plurals', () => {
    expect(StorageClassModel.labelPlural).toBe('StorageClasses');
    expect(VolumeSnapshotClassModel.labelPlural).toBe('VolumeSnapshotClasses');
    expect(VirtualMachineModel.labelPlural).toBe('VirtualMachines');
  });
});
