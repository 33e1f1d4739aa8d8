import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { useWatchList } from '@shared/hooks/useWatch';
import { VirtualMachineModel, VirtualMachineSnapshotModel } from '@shared/k8s/models';
import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';
import { useMemo } from 'react';
import type { CoverageRow } from './rules/coverageRows';
import { coverageRows } from './rules/coverageRows';
import type { RecentFailure } from './rules/recentFailures';
import { recentFailures } from './rules/recentFailures';
import type { BackupSource } from './useBackupSource';

export type CoverageData = {
  rows: CoverageRow[];
  failures: RecentFailure[];
  loaded: boolean;
  /** The VMs could not be listed: nothing to show. */
  error: Error | undefined;
  /** Snapshots could not be listed: the snapshot side is missing from every row. */
  snapshotsError: Error | undefined;
  backupsKnown: boolean;
  veleroNamespace: string;
};

const NO_SNAPSHOTS: V1beta1VirtualMachineSnapshot[] = [];

/**
 * Everything the overview shows (issue 14 part 1), from one watch per kind: VMs and
 * VirtualMachineSnapshots across the namespaces the user can list (or in one), plus the backup source's
 * watches; never a request per row. `now` moves slowly (the page ticks once a minute), and
 * the rules are recomputed only when a list, the threshold or that tick changes.
 */
export const useCoverage = (
  source: BackupSource,
  staleAfterMs: number,
  now: number,
  /** '' for every namespace; undefined: not known yet (nothing is watched). */
  namespace: string | undefined = '',
): CoverageData => {
  const vms = useWatchList<K8sResourceCommon>(VirtualMachineModel, namespace);
  const snapshots = useWatchList<V1beta1VirtualMachineSnapshot>(
    VirtualMachineSnapshotModel,
    namespace,
  );
  const snapshotList = snapshots.error ? NO_SNAPSHOTS : snapshots.data;
  const rows = useMemo(
    () =>
      coverageRows({
        vms: vms.data,
        snapshots: snapshotList,
        backups: source.backups,
        schedules: source.schedules,
        now,
        staleAfterMs,
      }),
    [vms.data, snapshotList, source.backups, source.schedules, now, staleAfterMs],
  );
  const failures = useMemo(
    () =>
      recentFailures(
        {
          backups: source.backups ?? [],
          restores: source.restores ?? [],
          snapshots: snapshotList,
        },
        now,
      ),
    [source.backups, source.restores, snapshotList, now],
  );
  return {
    rows,
    failures,
    loaded: (vms.loaded || !!vms.error) && (snapshots.loaded || !!snapshots.error) && source.loaded,
    error: vms.error,
    snapshotsError: snapshots.error,
    backupsKnown: source.backups !== undefined,
    veleroNamespace: source.namespace,
  };
};
