import { Timestamp, useOverlay } from '@openshift-console/dynamic-plugin-sdk';
import { Button } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { vmsFromLabels } from '../scope/productLabels';
import { BackupStatus } from '../status/BackupStatus';
import { LazyDeleteNonAdminBackupModal } from './lazyNonAdminModals';
import { NonAdminBackupProgress } from './NonAdminBackupProgress';
import type { NonAdminBackupRow } from './nonAdminBackupRows';
import { NonAdminRestoreLink } from './NonAdminRestoreLink';

type Props = {
  rows: NonAdminBackupRow[];
  ariaLabel: string;
  /** On a VM's tab: Restore preselects it. Elsewhere each row names the VMs it holds. */
  vm?: V1VirtualMachine;
};

/** A namespace user's NonAdminBackups: mirrored status, progress, Restore and Delete. */
export const NonAdminBackupsTable = ({ rows, ariaLabel, vm }: Props) => {
  const { t } = usePluginTranslation();
  const launch = useOverlay();
  return (
    <Table aria-label={ariaLabel} variant="compact">
      <Thead>
        <Tr>
          <Th>{t('Name')}</Th>
          {!vm && <Th>{t('Virtual machines')}</Th>}
          <Th>{t('Status')}</Th>
          <Th>{t('Progress')}</Th>
          <Th>{t('Started')}</Th>
          <Th>{t('Expires')}</Th>
          <Th screenReaderText={t('Actions')} />
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.nab.metadata?.uid ?? row.name} data-test={`vm-nab-${row.name}`}>
            <Td dataLabel={t('Name')}>{row.name}</Td>
            {!vm && (
              <Td dataLabel={t('Virtual machines')} data-test="nab-vms">
                {vmsFromLabels(row.nab.metadata?.labels)
                  .map((v) => v.name)
                  .join(', ') || t('The namespace’s VMs the backup selects')}
              </Td>
            )}
            <Td dataLabel={t('Status')}>
              <BackupStatus status={row.status} short />
            </Td>
            <Td dataLabel={t('Progress')}>
              <NonAdminBackupProgress row={row} />
            </Td>
            <Td dataLabel={t('Started')}>
              {row.started ? <Timestamp timestamp={row.started} /> : '-'}
            </Td>
            <Td dataLabel={t('Expires')}>
              {row.expires ? <Timestamp timestamp={row.expires} /> : '-'}
            </Td>
            <Td dataLabel={t('Actions')} isActionCell>
              <NonAdminRestoreLink vm={vm} row={row} />{' '}
              <Button
                variant="link"
                size="sm"
                isDanger
                isAriaDisabled={row.status.state === 'Deleting'}
                onClick={() => launch(LazyDeleteNonAdminBackupModal, { nab: row.nab })}
                aria-label={t('Delete {{name}}', { name: row.name })}
                data-test="nab-delete"
              >
                {t('Delete')}
              </Button>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
