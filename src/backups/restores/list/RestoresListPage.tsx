import {
  DocumentTitle,
  ListPageHeader,
  ResourceLink,
  Timestamp,
} from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Bullseye, PageSection, Spinner } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useNow } from '@shared/hooks/useNow';
import { useWatchList } from '@shared/hooks/useWatch';
import { toGroupVersionKind } from '@shared/k8s/models';
import { useVeleroNamespace } from '../../hooks/useVeleroNamespace';
import { BackupModel, RestoreModel } from '../../k8s/models';
import { formatDuration } from '../../list/formatDuration';
import type { VeleroRestore } from '../build/restoreTypes';
import { restoreRow } from './restoreRows';
import { useRestoreMeaningText } from './useRestoreMeaningText';

const restoreGVK = toGroupVersionKind(RestoreModel);
const backupGVK = toGroupVersionKind(BackupModel);

/** `console.page/resource/list` for velero.io Restores: the Velero namespace's, newest first. */
export const RestoresListPage = () => {
  const { t } = usePluginTranslation();
  const now = useNow(5000);
  const meaningText = useRestoreMeaningText();
  const velero = useVeleroNamespace();
  const restores = useWatchList<VeleroRestore>(
    RestoreModel,
    velero.loaded ? velero.namespace : undefined,
  );
  const rows = restores.data
    .map((r) => restoreRow(r, now))
    .sort((a, b) => (b.started ?? '').localeCompare(a.started ?? ''));
  return (
    <>
      <DocumentTitle>{t('Restores')}</DocumentTitle>
      <ListPageHeader title={t('Restores')} />
      <PageSection>
        {restores.error && (
          <Alert variant="danger" isInline title={t('Restores could not be loaded')}>
            {restores.error.message}
          </Alert>
        )}
        {!restores.loaded && !restores.error ? (
          <Bullseye>
            <Spinner aria-label={t('Loading')} />
          </Bullseye>
        ) : rows.length === 0 ? (
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
      </PageSection>
    </>
  );
};

export default RestoresListPage;
