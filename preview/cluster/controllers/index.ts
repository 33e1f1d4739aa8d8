/** Starts every simulated controller. */
import type { ClusterContext } from '../cluster-context';
import { dataVolumeController } from './datavolumes';
import { GarbageCollector } from './garbage-collector';
import { launcherPodController } from './launcher-pods';
import { namespaceController } from './namespaces';
import { oadpControllers } from './oadp';
import { rbacAggregationController } from './rbac-aggregation';
import { ControllerManager } from './runtime';
import { pvReclaimController, pvcController } from './storage';
import { storageProfileController } from './storage-profiles';
import { veleroControllers } from './velero';
import { volumeSnapshotController } from './csi-snapshots';
import { virtualMachineInstanceController } from './virtual-machine-instances';
import { virtualMachineController } from './virtual-machines';
import { vmCloneController } from './vm-clones';
import { vmRestoreController } from './vm-restores';
import { vmSnapshotContentController } from './vm-snapshot-contents';
import { vmSnapshotController } from './vm-snapshots';

export interface RunningControllers {
  manager: ControllerManager;
  stop(): void;
}

export function startControllers(context: ClusterContext): RunningControllers {
  const manager = new ControllerManager(context);
  manager.add(
    namespaceController(context),
    rbacAggregationController(context),
    storageProfileController(context),
    pvcController(context),
    pvReclaimController(context),
    dataVolumeController(context),
    volumeSnapshotController(context),
    virtualMachineController(context),
    virtualMachineInstanceController(context),
    launcherPodController(context),
    vmSnapshotController(context),
    vmSnapshotContentController(context),
    vmRestoreController(context),
    vmCloneController(context),
    ...oadpControllers(context),
    ...veleroControllers(context),
  );
  const collector = new GarbageCollector(context);
  collector.start();
  manager.start();
  return {
    manager,
    stop() {
      manager.stop();
      collector.stop();
    },
  };
}
