import { makeVMSpec } from '../../test-utils/snapshotContentFixtures';
import { diffLines, specDiffText, specYAML } from './specDiff';
import { hasSpecChanges, runStrategyOf, stableJSON, summarizeSpecChanges } from './specChanges';

const labels = { current: 'current', restored: 'snapshot' };

describe('summarizeSpecChanges', () => {
  it('reports nothing for identical specs, whatever the key order', () => {
    const a = makeVMSpec();
    const b = JSON.parse(stableJSON(a)) as typeof a;
    const changes = summarizeSpecChanges(a, b);
    expect(changes).toEqual({ other: false });
    expect(hasSpecChanges(changes)).toBe(false);
  });

  it('summarises CPU, memory and run strategy', () => {
    const current = makeVMSpec({ cores: 4, memory: '8Gi' });
    current.runStrategy = 'Always';
    const restored = makeVMSpec({ cores: 2, memory: '4Gi' });
    const changes = summarizeSpecChanges(current, restored);
    expect(changes.cpu).toEqual({
      before: { sockets: 1, cores: 4, threads: 1, vcpus: 4 },
      after: { sockets: 1, cores: 2, threads: 1, vcpus: 2 },
    });
    expect(changes.memory).toEqual({ before: '8Gi', after: '4Gi' });
    expect(changes.runStrategy).toEqual({ before: 'Always', after: 'Halted' });
    expect(changes.disks).toBeUndefined();
    expect(changes.other).toBe(false);
    expect(hasSpecChanges(changes)).toBe(true);
  });

  it('lists added, removed and changed disks and networks by name', () => {
    const current = makeVMSpec();
    const vmi = current.template.spec!;
    vmi.domain.devices.disks!.push({ name: 'scratch', disk: { bus: 'virtio' } });
    vmi.volumes!.push({ name: 'scratch', persistentVolumeClaim: { claimName: 'scratch-pvc' } });
    vmi.volumes![1] = { name: 'datadisk', persistentVolumeClaim: { claimName: 'other-pvc' } };
    vmi.domain.devices.interfaces!.push({ name: 'nic-2', bridge: {} });
    vmi.networks!.push({ name: 'nic-2', multus: { networkName: 'br1' } });
    const restored = makeVMSpec();
    restored.template.spec!.domain.devices.interfaces![0] = { name: 'default', bridge: {} };
    const changes = summarizeSpecChanges(current, restored);
    expect(changes.disks).toEqual({ added: [], removed: ['scratch'], changed: ['datadisk'] });
    expect(changes.networks).toEqual({ added: [], removed: ['nic-2'], changed: ['default'] });
    expect(changes.other).toBe(false);
  });

  it('flags other differences for the full diff', () => {
    const restored = makeVMSpec();
    restored.template.spec!.nodeSelector = { zone: 'a' };
    expect(summarizeSpecChanges(makeVMSpec(), restored)).toEqual({ other: true });
  });

  it('reads the legacy running flag as a run strategy', () => {
    expect(runStrategyOf({ running: true, template: {} })).toBe('Always');
    expect(runStrategyOf({ running: false, template: {} })).toBe('Halted');
    expect(runStrategyOf({ template: {} })).toBeUndefined();
  });
});

describe('specDiffText', () => {
  it('shows the changed lines as a unified diff of sorted YAML', () => {
    const patch = specDiffText(makeVMSpec({ memory: '8Gi' }), makeVMSpec(), labels);
    expect(patch).toContain('--- current');
    expect(patch).toContain('+++ snapshot');
    expect(patch).toContain('-        guest: 8Gi');
    expect(patch).toContain('+        guest: 2Gi');
    const lines = diffLines(patch);
    expect(lines.find((l) => l.text === '-        guest: 8Gi')?.kind).toBe('removed');
    expect(lines.find((l) => l.text === '+        guest: 2Gi')?.kind).toBe('added');
    expect(lines.some((l) => l.text.startsWith('---'))).toBe(false);
    expect(lines[0].kind).toBe('hunk');
  });

  it('has no hunks when nothing differs', () => {
    expect(diffLines(specDiffText(makeVMSpec(), makeVMSpec(), labels))).toEqual([]);
    expect(specYAML(undefined)).toBe('');
  });
});
