import { ResourceLink, Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Bullseye, Spinner } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { toGroupVersionKind } from '@shared/k8s/models';
import { BackupModel, RestoreModel } from '../../k8s/models';
import { RestoresManagedByAdmin } from '../../list/BackupsEmptyStates';
import { formatDuration } from '../../list/formatDuration';
import type { RestoresListData } from './useRestoresList';
import { useRestoreMeaningText } from './useRestoreMeaningText';

const restoreGVK = toGroupVersionKind(RestoreModel);
const backupGVK = toGroupVersionKind(BackupModel);

type Props = RestoresListData;

/** The Restores list body (presentational): the Velero namespace's Restores, newest first. */
export const RestoresList = ({ rows, loaded, error, forbidden, namespace }: Props) => {
  const { t } = usePluginTranslation();
  const meaningText = useRestoreMeaningText();
  if (forbidden) return <RestoresManagedByAdmin namespace={namespace} />;
  if (!loaded)
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading')} />
      </Bullseye>
    );
  return (
    <>
      {error && (
        <Alert variant="danger" isInline title={t('Restores could not be loaded')}>
          {error.message}
        </Alert>
      )}
      {rows.length === 0 ? (
        <p data-test="no-restores">{t('No restores yet.')}</p>
      ) : (
        <Table aria-label={t('Restores')} variant="compact">
          <Thead>
            <Tr>
              <Th>{t('Name')}</Th>
              <Th>{t('Status')}</Th>
              <Th>{t('Backup')}</Th>
              <Th>{t('Started')}</Th>
              <Th>{t('Duration')}</Th>
              <Th>{t('Items')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {rows.map((row) => (
              <Tr key={row.name} data-test={`restore-row-${row.name}`}>
                <Td dataLabel={t('Name')}>
                  <ResourceLink
                    groupVersionKind={restoreGVK}
                    name={row.name}
                    namespace={row.namespace}
                  />
                </Td>
                <Td dataLabel={t('Status')} data-test="restore-status">
                  {row.phase || t('New')}
                  <div className="pf-v6-u-font-size-sm">{meaningText(row.meaning)}</div>
                </Td>
                <Td dataLabel={t('Backup')}>
                  <ResourceLink
                    groupVersionKind={backupGVK}
                    name={row.source}
                    namespace={row.namespace}
                    inline
                  />
                </Td>
                <Td dataLabel={t('Started')}>
                  {row.started ? <Timestamp timestamp={row.started} /> : '-'}
                </Td>
                <Td dataLabel={t('Duration')}>{formatDuration(row.durationMs)}</Td>
                <Td dataLabel={t('Items')} data-test="restore-items">
                  {row.items
                    ? row.items.estimate
                      ? t('{{restored}} of about {{total}} (an estimate until done)', row.items)
                      : t('{{restored}} of {{total}}', row.items)
                    : '-'}
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </>
  );
};
