/**
 * Simulated virt-handler: a VMI is scheduled, starts, and (unless its template says the guest
 * has no agent) reports AgentConnected; Paused comes from the pause action; deleting a VMI
 * shuts the guest down gracefully before it disappears.
 */
import type { Condition, VirtualMachineInstance } from '../api/kubevirt-types';
import type { ClusterContext } from '../cluster-context';
import { kinds } from '../cluster-context';
import { NODE_NAME } from '../seed/infrastructure';
import { conditionStatus, now, removeFinalizer, withCondition, writeStatus } from './helpers';
import type { ObjectRef, Reconciler } from './runtime';
import { StepTimer } from './runtime';
import { GUEST_AGENT_ANNOTATION, TIMING } from './simulation';

/** A stable private address per VMI, so the UI shows something plausible. */
function addressFor(uid: string): string {
  const n = parseInt(uid.replace(/-/g, '').slice(0, 4), 16);
  return `10.128.${(n >> 8) % 256}.${(n % 250) + 2}`;
}

export function hasGuestAgent(vmi: VirtualMachineInstance): boolean {
  return vmi.metadata.annotations?.[GUEST_AGENT_ANNOTATION] !== 'false';
}

export function virtualMachineInstanceController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);
  const timer = new StepTimer(context);
  return {
    name: 'virtualmachineinstance',
    primary: k.vmi,
    reconcile(ref: ObjectRef): number | undefined {
      const vmi = context.objects.get(k.vmi, ref.namespace, ref.name) as
        VirtualMachineInstance | undefined;
      if (!vmi) return;
      const id = vmi.metadata.uid;
      if (vmi.metadata.deletionTimestamp) {
        const wait = timer.remaining(`${id}|shutdown`, TIMING.vmiShutdown);
        if (wait > 0) return wait;
        timer.clear(id);
        removeFinalizer(context, k.vmi, vmi, 'foregroundDeleteVirtualMachine');
        return undefined;
      }
      const time = now(context);
      const status = { ...vmi.status };
      let conditions: Condition[] = status.conditions ?? [];
      let next: number | undefined;
      const scheduling = timer.remaining(`${id}|scheduling`, TIMING.vmiScheduling);
      const starting =
        scheduling > 0 ? TIMING.vmiStart : timer.remaining(`${id}|starting`, TIMING.vmiStart);
      if (status.phase === 'Running') {
        // Already running (also after a restart): only the agent may still be on its way.
      } else if (scheduling > 0) {
        status.phase = 'Scheduling';
        next = scheduling;
      } else if (starting > 0) {
        status.phase = 'Scheduled';
        status.nodeName = NODE_NAME;
        next = starting;
      } else {
        status.phase = 'Running';
        status.nodeName = NODE_NAME;
        status.interfaces = [
          {
            name: 'default',
            ipAddress: addressFor(id),
            ipAddresses: [addressFor(id)],
            mac: `02:${id.slice(0, 2)}:${id.slice(2, 4)}:${id.slice(4, 6)}:${id.slice(6, 8)}:00`,
          },
        ];
        conditions = withCondition(conditions, { type: 'Ready', status: 'True' }, time);
        conditions = withCondition(conditions, { type: 'LiveMigratable', status: 'True' }, time);
      }
      // §2.2 indications: AgentConnected decides GuestAgent vs NoGuestAgent for online snapshots.
      if (
        status.phase === 'Running' &&
        hasGuestAgent(vmi) &&
        conditionStatus(conditions, 'AgentConnected') !== 'True'
      ) {
        const agent = timer.remaining(`${id}|agent`, TIMING.guestAgentConnect);
        if (agent > 0) next = agent;
        else {
          conditions = withCondition(conditions, { type: 'AgentConnected', status: 'True' }, time);
          status.guestOSInfo = {
            id: 'fedora',
            name: 'Fedora Linux',
            prettyName: 'Fedora Linux 41 (Cloud Edition)',
            version: '41',
            versionId: '41',
            kernelRelease: '6.11.4-301.fc41.x86_64',
          };
        }
      }
      if (status.phase !== 'Running')
        conditions = withCondition(
          conditions,
          { type: 'Ready', status: 'False', reason: 'PodNotReady' },
          time,
        );
      status.conditions = conditions;
      writeStatus(context, k.vmi, vmi, status);
      return next;
    },
  };
}
