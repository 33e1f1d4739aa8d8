import { ResourceLink, Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Label, Split, SplitItem, Tooltip } from '@patternfly/react-core';
import { actionsColumn, timeValue } from '@shared/components/DataTable/commonColumns';
import type { Column } from '@shared/components/DataTable/tableQuery';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { VirtualMachineSnapshotModel, toGroupVersionKind } from '@shared/k8s/models';
import { useMemo } from 'react';
import type { SnapshotRow } from '../hooks/useVMSnapshots';
import { IndicationLabels } from '../status/IndicationLabels';
import { getIndications } from '../status/indications';
import { SnapshotStatus } from '../status/SnapshotStatus';
import { SNAPSHOT_STATES } from './snapshotFilters';
import { LastRestoredCell } from './LastRestoredCell';
import { SnapshotDisksCell } from './SnapshotDisksCell';
import { SnapshotRowActions } from './SnapshotRowActions';

const snapshotGVK = toGroupVersionKind(VirtualMachineSnapshotModel);

const NameCell = ({ row }: { row: SnapshotRow }) => {
  const { t } = usePluginTranslation();
  return (
    <Split hasGutter>
      <SplitItem>
        <ResourceLink
          groupVersionKind={snapshotGVK}
          name={row.name}
          namespace={row.snapshot.metadata?.namespace}
        />
      </SplitItem>
      {row.fromEarlierVM && (
        <SplitItem>
          <Tooltip content={t('Taken from an earlier VM that had the same name.')}>
            <Label isCompact status="warning" tabIndex={0} data-test="earlier-vm">
              {t('Earlier VM')}
            </Label>
          </Tooltip>
        </SplitItem>
      )}
    </Split>
  );
};

/** Columns of the Snapshots tab. */
export const useSnapshotColumns = (restoresError: Error | undefined): Column<SnapshotRow>[] => {
  const { t } = usePluginTranslation();
  return useMemo(
    () => [
      {
        id: 'name',
        title: t('Name'),
        cell: (row) => <NameCell row={row} />,
        sortValue: (row) => row.name,
        width: 25,
      },
      {
        id: 'created',
        title: t('Created'),
        cell: (row) => <Timestamp timestamp={row.created} />,
        sortValue: (row) => timeValue(row.created),
        width: 15,
      },
      {
        id: 'status',
        title: t('Status'),
        cell: (row) => <SnapshotStatus status={row.status} />,
        sortValue: (row) => SNAPSHOT_STATES.indexOf(row.status.state),
        width: 20,
      },
      {
        id: 'indications',
        title: t('Indications'),
        cell: (row) => (
          <IndicationLabels
            indications={getIndications(row.snapshot)}
            finished={row.status.state === 'Ready' || row.status.state === 'NotReady'}
          />
        ),
      },
      {
        id: 'disks',
        title: t('Disks'),
        cell: (row) => <SnapshotDisksCell snapshot={row.snapshot} />,
      },
      {
        id: 'lastRestored',
        title: t('Last restored'),
        cell: (row) => <LastRestoredCell row={row} restoresError={restoresError} />,
      },
      actionsColumn<SnapshotRow>(t('Actions'), (row) => (
        <SnapshotRowActions snapshot={row.snapshot} />
      )),
    ],
    [t, restoresError],
  );
};
