import { makeVMSpec } from '../../test-utils/snapshotContentFixtures';
import { buildVMCloneFromSnapshot, isAdmissiblePatch, startPatches } from './buildVMClone';

const base = {
  namespace: 'ns',
  snapshotName: 'snap-1',
  targetName: 'vm-new',
  sourceSpec: makeVMSpec(),
  suffix: 'abcde',
};

describe('buildVMCloneFromSnapshot', () => {
  it('builds the exact clone body without patches when the VM is not started', () => {
    expect(buildVMCloneFromSnapshot({ ...base, start: false })).toEqual({
      apiVersion: 'clone.kubevirt.io/v1beta1',
      kind: 'VirtualMachineClone',
      metadata: { name: 'vm-new-clone-abcde', namespace: 'ns' },
      spec: {
        source: {
          apiGroup: 'snapshot.kubevirt.io',
          kind: 'VirtualMachineSnapshot',
          name: 'snap-1',
        },
        target: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'vm-new' },
        volumeNamePolicy: 'PrefixTargetName',
      },
    });
  });

  it('adds an admissible run strategy patch to start the VM', () => {
    const clone = buildVMCloneFromSnapshot({ ...base, start: true });
    expect(clone.spec.patches).toEqual([
      '{"op":"add","path":"/spec/runStrategy","value":"Always"}',
    ]);
    clone.spec.patches?.forEach((p) => expect(isAdmissiblePatch(p)).toBe(true));
  });
});

describe('startPatches', () => {
  it('keeps a running strategy of the source and replaces others by Always', () => {
    expect(startPatches({ ...makeVMSpec(), runStrategy: 'RerunOnFailure' })).toEqual([
      '{"op":"add","path":"/spec/runStrategy","value":"RerunOnFailure"}',
    ]);
    expect(startPatches({ ...makeVMSpec(), runStrategy: 'Manual' })).toEqual([
      '{"op":"add","path":"/spec/runStrategy","value":"Always"}',
    ]);
  });

  it('removes the legacy running flag before setting a run strategy', () => {
    const legacy = { ...makeVMSpec(), running: false, runStrategy: undefined };
    expect(startPatches(legacy)).toEqual([
      '{"op":"remove","path":"/spec/running"}',
      '{"op":"add","path":"/spec/runStrategy","value":"Always"}',
    ]);
  });
});

describe('isAdmissiblePatch', () => {
  it.each([
    ['{"op":"add","path":"/spec/runStrategy","value":"Always"}', true],
    ['{"op":"add","path":"/metadata/annotations/description","value":"a b"}', true],
    ['{"op":"add","path":"/metadata/annotations/description","value":"a, b"}', false],
    ['{"op":"add","path":"/metadata/annotations/description","value":"note: x"}', false],
    ['{"op":"add","path":"/metadata/annotations","value":{"a":"b"}}', false],
    ['{"op":"replace","path":"/metadata/name","value":"x"}', false],
    ['not json', false],
  ])('%s → %s', (patch, ok) => {
    expect(isAdmissiblePatch(patch)).toBe(ok);
  });
});
