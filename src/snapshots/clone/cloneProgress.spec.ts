import type { V1beta1VirtualMachineClone } from '@shared/k8s/types';
import { cloneProgress } from './cloneProgress';

const clone = (status?: V1beta1VirtualMachineClone['status']): V1beta1VirtualMachineClone => ({
  metadata: { name: 'c', namespace: 'ns' },
  spec: {
    source: { apiGroup: 'snapshot.kubevirt.io', kind: 'VirtualMachineSnapshot', name: 's' },
    target: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'vm-new' },
  },
  status,
});

describe('cloneProgress', () => {
  it('is starting before the controller reports anything', () => {
    expect(cloneProgress(undefined)).toEqual({ state: 'starting' });
    expect(cloneProgress(clone())).toEqual({ state: 'starting' });
  });

  it.each([
    ['SnapshotInProgress', 0],
    ['RestoreInProgress', 1],
    ['CreatingTargetVM', 2],
  ])('maps phase %s to step %d', (phase, step) => {
    expect(cloneProgress(clone({ phase }))).toEqual({ state: 'running', step });
  });

  it('links the new VM on success', () => {
    expect(cloneProgress(clone({ phase: 'Succeeded', targetName: 'vm-new' }))).toEqual({
      state: 'succeeded',
      targetName: 'vm-new',
    });
  });

  it('reads a failure from the Ready condition reason (clones set no message)', () => {
    expect(
      cloneProgress(
        clone({
          phase: 'Failed',
          conditions: [
            { type: 'Progressing', status: 'False', reason: 'Failed' },
            { type: 'Ready', status: 'False', reason: 'volume datadisk is not backed up' },
          ],
        }),
      ),
    ).toEqual({ state: 'failed', reason: 'volume datadisk is not backed up' });
  });

  it('treats an empty phase with Progressing=False/Pending as pending with its reason', () => {
    expect(
      cloneProgress(
        clone({
          phase: '',
          conditions: [
            { type: 'Progressing', status: 'False', reason: 'Pending' },
            { type: 'Ready', status: 'False', reason: 'SourceDoesNotExist' },
          ],
        }),
      ),
    ).toEqual({ state: 'pending', reason: 'SourceDoesNotExist' });
  });

  it('never guesses about a phase it does not know', () => {
    expect(cloneProgress(clone({ phase: 'Unknown' }))).toEqual({
      state: 'unknown',
      phase: 'Unknown',
    });
  });
});
