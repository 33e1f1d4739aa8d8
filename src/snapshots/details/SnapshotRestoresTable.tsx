import { ResourceLink, Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Alert } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { VirtualMachineModel, toGroupVersionKind } from '@shared/k8s/models';
import { RestoreStatus } from '../status/RestoreStatus';
import { useSnapshotDetailsContext } from './SnapshotDetailsContext';

const vmGVK = toGroupVersionKind(VirtualMachineModel);

/** Every restore that used this snapshot (into its VM or, through a clone, a new one). */
export const SnapshotRestoresTable = () => {
  const { t } = usePluginTranslation();
  const { restores, restoresError, namespace } = useSnapshotDetailsContext();
  if (restoresError) {
    return (
      <Alert isInline variant="warning" title={t('Restores could not be listed')}>
        {restoresError.message}
      </Alert>
    );
  }
  if (!restores.length) {
    return <p data-test="no-restores">{t('This snapshot has not been restored.')}</p>;
  }
  return (
    <Table aria-label={t('Restores')} variant="compact" data-test="snapshot-restores">
      <Thead>
        <Tr>
          <Th>{t('Name')}</Th>
          <Th>{t('Target VM')}</Th>
          <Th>{t('Status')}</Th>
          <Th>{t('Restored')}</Th>
          <Th>{t('Created')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {restores.map((restore) => (
          <Tr key={restore.metadata?.name} data-test={`restore-${restore.metadata?.name ?? ''}`}>
            <Td dataLabel={t('Name')}>{restore.metadata?.name}</Td>
            <Td dataLabel={t('Target VM')}>
              <ResourceLink
                groupVersionKind={vmGVK}
                name={restore.spec?.target?.name}
                namespace={namespace}
              />
            </Td>
            <Td dataLabel={t('Status')}>
              <RestoreStatus restore={restore} />
            </Td>
            <Td dataLabel={t('Restored')}>
              <Timestamp timestamp={restore.status?.restoreTime} />
            </Td>
            <Td dataLabel={t('Created')}>
              <Timestamp timestamp={restore.metadata?.creationTimestamp} />
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
