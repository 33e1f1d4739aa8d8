import { snapshotRuntimeNotes } from './runtimeNotes';
import { makeVM, makeVMI } from './takeSnapshotFixtures';

const running = makeVM({ status: { printableStatus: 'Running' } });
const agent = { type: 'AgentConnected', status: 'True' };

describe('snapshotRuntimeNotes', () => {
  it('says nothing for a stopped VM without a VMI', () => {
    expect(snapshotRuntimeNotes(makeVM(), undefined, true)).toEqual([]);
  });

  it('notes the file-system freeze when the guest agent is connected', () => {
    expect(snapshotRuntimeNotes(running, makeVMI([agent]), true)).toEqual([{ kind: 'guestAgent' }]);
  });

  it('warns crash-consistent when the agent condition is missing or not True', () => {
    expect(snapshotRuntimeNotes(running, makeVMI(), true)).toEqual([{ kind: 'noGuestAgent' }]);
    expect(
      snapshotRuntimeNotes(running, makeVMI([{ type: 'AgentConnected', status: 'False' }]), true),
    ).toEqual([{ kind: 'noGuestAgent' }]);
  });

  it('warns crash-consistent for a Running VM whose VMI is confirmed absent', () => {
    expect(snapshotRuntimeNotes(running, undefined, true)).toEqual([{ kind: 'noGuestAgent' }]);
  });

  it('does not guess the agent state while the VMI is unknown', () => {
    expect(snapshotRuntimeNotes(running, undefined, false)).toEqual([]);
  });

  it('warns about a paused VM (by printableStatus or by the VMI condition), not about the agent', () => {
    const paused = makeVM({ status: { printableStatus: 'Paused' } });
    expect(snapshotRuntimeNotes(paused, makeVMI([agent]), true)).toEqual([{ kind: 'paused' }]);
    expect(
      snapshotRuntimeNotes(running, makeVMI([agent, { type: 'Paused', status: 'True' }]), true),
    ).toEqual([{ kind: 'paused' }]);
  });

  it('names the snapshot already in progress', () => {
    const busy = makeVM({
      status: { printableStatus: 'Stopped', snapshotInProgress: 'other-snap' },
    });
    expect(snapshotRuntimeNotes(busy, undefined, true)).toEqual([
      { kind: 'snapshotInProgress', snapshotName: 'other-snap' },
    ]);
  });
});
