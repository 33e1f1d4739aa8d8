/**
 * The VirtualMachineSnapshot status as KubeVirt's updateSnapshotStatus writes it (research
 * §2.2): phase, readiness mirrored from the content, conditions, indications and, on success,
 * creationTime, snapshotVolumes and PartialSnapshot.
 */
import type {
  Condition,
  VMSnapshot,
  VMSnapshotContent,
  VirtualMachine,
} from '../api/kubevirt-types';
import type { ClusterContext } from '../cluster-context';
import { now, withCondition } from './helpers';
import { INDICATION_MESSAGES } from './snapshot-source';

type Status = NonNullable<VMSnapshot['status']>;

export function snapshotStatus(
  context: ClusterContext,
  snapshot: VMSnapshot,
  vm: VirtualMachine | undefined,
  content: VMSnapshotContent | undefined,
  lockMessage: string | undefined,
  deadlineExceeded: boolean,
): Status {
  const time = now(context);
  const s: Status = { ...snapshot.status };
  let conditions: Condition[] = s.conditions ?? [];
  const set = (type: string, value: boolean, reason: string) =>
    (conditions = withCondition(
      conditions,
      { type, status: value ? 'True' : 'False', reason },
      time,
    ));
  if (vm) s.sourceUID = vm.metadata.uid;
  if (content) {
    s.virtualMachineSnapshotContentName = content.metadata.name;
    s.readyToUse = content.status?.readyToUse === true;
    if (content.status?.error) s.error = content.status.error;
    else delete s.error;
  }
  if (snapshot.metadata.deletionTimestamp) {
    s.phase = 'Deleting';
    set('Progressing', false, 'VM snapshot is deleting');
    set('Ready', false, 'VM snapshot is deleting');
    return { ...s, conditions };
  }
  if (s.phase !== 'Succeeded' && deadlineExceeded) {
    s.phase = 'Failed';
    set('Progressing', false, 'Operation failed');
    set('Failure', true, 'snapshot deadline exceeded');
  } else if (content?.status?.creationTime) {
    if (s.phase !== 'Succeeded') {
      // §2.2: success fills creationTime, snapshotVolumes and (since v1.9) PartialSnapshot.
      s.phase = 'Succeeded';
      s.creationTime = content.status.creationTime;
      const included = (content.spec.volumeBackups ?? []).map((b) => b.volumeName);
      const all = content.spec.source.virtualMachine?.spec.template.spec.volumes ?? [];
      const excluded = all.filter((v) => !included.includes(v.name));
      s.snapshotVolumes = {
        includedVolumes: included,
        excludedVolumes: excluded.map((v) => v.name),
      };
      if (
        (s.indications ?? []).length > 0 &&
        excluded.some((v) => v.persistentVolumeClaim || v.dataVolume)
      ) {
        s.indications = [...(s.indications ?? []), 'PartialSnapshot'];
      }
    }
    set('Progressing', false, 'Operation complete');
  } else if (s.phase !== 'Succeeded' && s.phase !== 'Failed') {
    s.phase = 'InProgress';
    if (!vm) set('Progressing', false, 'Source does not exist');
    else if (lockMessage) set('Progressing', false, `Source not locked: ${lockMessage}`);
    else set('Progressing', true, 'Source locked and operation in progress');
  }
  if (s.indications)
    s.sourceIndications = s.indications.map((i) => ({
      indication: i,
      message: INDICATION_MESSAGES[i] ?? i,
    }));
  set('Ready', s.readyToUse === true, s.readyToUse === true ? 'Ready' : 'Not ready');
  if (s.error) set('Progressing', false, 'In error state');
  if (s.readyToUse === undefined) s.readyToUse = false;
  return { ...s, conditions };
}
