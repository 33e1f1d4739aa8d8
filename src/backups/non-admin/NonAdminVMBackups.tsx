import { Timestamp, useOverlay } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Bullseye, Button, Spinner, Title } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { TabSection } from '@shared/components/TabSection';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { BackupStatus } from '../status/BackupStatus';
import { BackupWizardLink } from './BackupWizardLink';
import { LazyDeleteNonAdminBackupModal } from './lazyNonAdminModals';
import { NonAdminBackupProgress } from './NonAdminBackupProgress';
import { NonAdminRestoreLink } from './NonAdminRestoreLink';
import { NonAdminRestores } from './NonAdminRestores';
import { useNonAdminVMBackups } from './useNonAdminVMBackups';

/**
 * The VM Backups tab for a namespace user (DESIGN §6 "Namespace users"): the VM's
 * NonAdminBackups in its namespace, their mirrored status, and Back up / Restore / Delete
 * through OADP's non-admin controller. No schedules: the controller refuses them.
 */
export const NonAdminVMBackups = ({ vm }: { vm: V1VirtualMachine }) => {
  const { t } = usePluginTranslation();
  const launch = useOverlay();
  const data = useNonAdminVMBackups(vm);
  const namespace = vm.metadata?.namespace ?? '';
  if (!data.loaded)
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading')} />
      </Bullseye>
    );
  return (
    <TabSection>
      <div data-test="non-admin-backups">
        <Alert
          variant="info"
          isInline
          isPlain
          title={t('Backups of namespace {{namespace}} (OADP self-service)', { namespace })}
        >
          {t(
            'You back up and restore the VMs of this namespace yourself. Schedules and other namespaces are managed by the cluster administrator.',
          )}
        </Alert>
        {data.error && (
          <Alert variant="danger" isInline title={t('Backups could not be loaded')}>
            {data.error.message}
          </Alert>
        )}
        <BackupWizardLink vm={vm} />
        <Title headingLevel="h2" size="lg" className="pf-v6-u-mt-lg">
          {t('Backups')}
        </Title>
        {data.rows.length === 0 ? (
          <p data-test="no-backups">{t('No backup holds this VM.')}</p>
        ) : (
          <Table aria-label={t('Backups of {{vm}}', { vm: vm.metadata?.name })} variant="compact">
            <Thead>
              <Tr>
                <Th>{t('Name')}</Th>
                <Th>{t('Status')}</Th>
                <Th>{t('Progress')}</Th>
                <Th>{t('Started')}</Th>
                <Th>{t('Expires')}</Th>
                <Th screenReaderText={t('Actions')} />
              </Tr>
            </Thead>
            <Tbody>
              {data.rows.map((row) => (
                <Tr key={row.nab.metadata?.uid ?? row.name} data-test={`vm-nab-${row.name}`}>
                  <Td dataLabel={t('Name')}>{row.name}</Td>
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
        )}
        <NonAdminRestores restores={data.restores} />
      </div>
    </TabSection>
  );
};
