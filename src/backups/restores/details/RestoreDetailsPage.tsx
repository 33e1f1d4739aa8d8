import {
  DocumentTitle,
  ResourceLink,
  ResourceYAMLEditor,
  Timestamp,
} from '@openshift-console/dynamic-plugin-sdk';
import { Alert, DescriptionList, PageSection, Title } from '@patternfly/react-core';
import { DetailsItem } from '@shared/components/DetailsItem';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useNow } from '@shared/hooks/useNow';
import { useWatchObject } from '@shared/hooks/useWatch';
import { toGroupVersionKind } from '@shared/k8s/models';
import { restoreFileURL } from '../../backend/backupFiles';
import type { ResourceList } from '../../details/resourceList';
import { useBackendJSON } from '../../hooks/useBackendFile';
import { VeleroLog } from '../../logs/VeleroLog';
import { BackupModel, RestoreModel } from '../../k8s/models';
import type { BackupResults } from '../../k8s/types';
import { formatDuration } from '../../list/formatDuration';
import type { VeleroRestore } from '../build/restoreTypes';
import { restoreRow } from '../list/restoreRows';
import { useRestoreMeaningText } from '../list/useRestoreMeaningText';
import { CreatedVMs } from './CreatedVMs';
import { DeleteRestoreButton } from './DeleteRestoreButton';
import { DiskDownloads } from './DiskDownloads';
import { RestoreMissing } from './RestoreMissing';
import { useRestoredVMs } from './useRestoredVMs';
import { RestoreResults } from './RestoreResults';

const backupGVK = toGroupVersionKind(BackupModel);

/** `console.page/resource/details` for velero.io Restores. */
export const RestoreDetailsPage = ({ name, namespace }: { name: string; namespace: string }) => {
  const { t } = usePluginTranslation();
  const now = useNow(5000);
  const meaningText = useRestoreMeaningText();
  const {
    data: restore,
    error,
    deleted,
  } = useWatchObject<VeleroRestore>(RestoreModel, name, namespace);
  const row = restore ? restoreRow(restore, now) : undefined;
  // Velero writes the files when the restore ends; re-read once when it does.
  const ready = row?.terminal && row.meaning !== 'refused';
  const list = useBackendJSON<ResourceList>(
    ready ? restoreFileURL(namespace, name, 'resource-list') : undefined,
  );
  const results = useBackendJSON<BackupResults>(
    ready ? restoreFileURL(namespace, name, 'results') : undefined,
  );
  const vms = useRestoredVMs(name, list.data);
  if (!restore || !row)
    return (
      <RestoreMissing
        name={name}
        namespace={namespace}
        deleted={deleted}
        {...(error ? { error } : {})}
      />
    );
  return (
    <>
      <DocumentTitle>{name}</DocumentTitle>
      <PageSection>
        <Title headingLevel="h1">{name}</Title>
        <DescriptionList isHorizontal className="pf-v6-u-mt-md">
          <DetailsItem term={t('Status')}>
            <span data-test="restore-phase">{row.phase || t('New')}</span>
            {' — '}
            <span data-test="restore-meaning">{meaningText(row.meaning)}</span>
            {[...(restore.status?.validationErrors ?? []), restore.status?.failureReason]
              .filter(Boolean)
              .map((m) => (
                <div key={m}>{m}</div>
              ))}
          </DetailsItem>
          <DetailsItem term={t('Backup')}>
            <ResourceLink
              groupVersionKind={backupGVK}
              name={row.source}
              namespace={namespace}
              inline
            />
          </DetailsItem>
          <DetailsItem term={t('Started')}>
            {row.started ? <Timestamp timestamp={row.started} /> : '-'}
          </DetailsItem>
          <DetailsItem term={t('Duration')}>{formatDuration(row.durationMs)}</DetailsItem>
          <DetailsItem term={t('Items')}>
            {row.items
              ? row.items.estimate
                ? t('{{restored}} of about {{total}} (an estimate until done)', row.items)
                : t('{{restored}} of {{total}}', row.items)
              : '-'}
          </DetailsItem>
        </DescriptionList>
        <Title headingLevel="h2" size="lg" className="pf-v6-u-mt-lg">
          {t('Restored VMs')}
        </Title>
        {list.error ? (
          <Alert variant="danger" isInline isPlain title={list.error} />
        ) : (
          <CreatedVMs vms={vms} />
        )}
        {restore.metadata?.uid && (
          <DiskDownloads namespace={namespace} uid={restore.metadata.uid} />
        )}
        <Title headingLevel="h2" size="lg" className="pf-v6-u-mt-lg">
          {t('Warnings and errors')}
        </Title>
        {results.error && <Alert variant="danger" isInline isPlain title={results.error} />}
        {results.data && <RestoreResults results={results.data} vms={vms} />}
        <Title headingLevel="h2" size="lg" className="pf-v6-u-mt-lg">
          {t('Log')}
        </Title>
        <VeleroLog
          url={restoreFileURL(namespace, name, 'log')}
          available={!!ready}
          pendingText={t('Velero writes the log when the restore ends.')}
          maxLines={500}
        />
        <div className="pf-v6-u-mt-lg">
          <DeleteRestoreButton restore={restore} />
        </div>
      </PageSection>
      <ResourceYAMLEditor initialResource={restore} header={t('Restore YAML')} />
    </>
  );
};

export default RestoreDetailsPage;
