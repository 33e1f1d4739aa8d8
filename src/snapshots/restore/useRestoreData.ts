import { useWatchObject } from '@shared/hooks/useWatch';
import { VirtualMachineInstanceModel } from '@shared/k8s/models';
import type {
  V1VirtualMachineInstance,
  V1beta1VirtualMachineRestore,
  V1beta1VirtualMachineSnapshot,
} from '@shared/k8s/types';
import { useMemo } from 'react';
import { useSnapshotContent } from '../hooks/useSnapshotContent';
import { useNamespaceRestores } from '../hooks/useSnapshotRestores';
import { useSourceVM } from '../hooks/useSourceVM';
import type { SourceVM } from '../hooks/useSourceVM';
import { incompleteRestores } from '../status/lastRestored';

export type RestoreData = SourceVM & {
  content: ReturnType<typeof useSnapshotContent>;
  restores: V1beta1VirtualMachineRestore[];
  /** Restores of this VM that have not completed: each one blocks a new restore. */
  blocking: V1beta1VirtualMachineRestore[];
  /** A VMI exists (running or paused): the restore must stop the VM first. */
  running: boolean;
};

/** Live data for the Restore dialog; it keeps updating while the dialog is open. */
export const useRestoreData = (snapshot: V1beta1VirtualMachineSnapshot): RestoreData => {
  const source = useSourceVM(snapshot);
  const content = useSnapshotContent(snapshot);
  const restores = useNamespaceRestores(snapshot.metadata?.namespace);
  const vmName = snapshot.spec?.source?.name ?? '';
  const vmi = useWatchObject<V1VirtualMachineInstance>(
    VirtualMachineInstanceModel,
    vmName,
    snapshot.metadata?.namespace,
  );
  const blocking = useMemo(
    () => incompleteRestores(restores.data, vmName),
    [restores.data, vmName],
  );
  // KubeVirt's rule is "no VMI"; if the VMI cannot be read, trust the VM's printable status.
  // A "Stopped" VM wins over a VMI the console still holds after its DELETED event.
  const vmStopped = source.vm?.status?.printableStatus === 'Stopped';
  const vmiUnknown = !!vmi.error && !vmi.deleted;
  const running = vmiUnknown ? !vmStopped : !!vmi.data && !vmStopped;
  return { ...source, content, restores: restores.data, blocking, running };
};
