import { ResourceLink, Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { DescriptionList, PageSection } from '@patternfly/react-core';
import { DetailsItem } from '@shared/components/DetailsItem';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useNow } from '@shared/hooks/useNow';
import { toGroupVersionKind } from '@shared/k8s/models';
import { ScheduleModel } from '../k8s/models';
import { formatDuration } from '../list/formatDuration';
import { backupDuration } from '../status/backupStatus';
import { useBackupStatusText } from '../status/useBackupStatusText';
import { useBackupDetailsContext } from './BackupDetailsContext';
import { ScopeWords } from './ScopeWords';

/** What the backup is, when, where, how, and what it counted (DESIGN §6 "Backup details"). */
export const BackupOverviewTab = () => {
  const { t } = usePluginTranslation();
  const { backup, status, location } = useBackupDetailsContext();
  const now = useNow(5000);
  const meaning = useBackupStatusText()[status.state].meaning;
  const s = backup.status ?? {};
  const schedule = backup.metadata?.labels?.['velero.io/schedule-name'];
  const locationState = location?.status?.phase;
  return (
    <PageSection>
      <DescriptionList columnModifier={{ default: '2Col' }}>
        <DetailsItem term={t('Status')} test="overview-meaning">
          {meaning}
          {status.detail ? ` ${status.detail}` : ''}
        </DetailsItem>
        <DetailsItem term={t('Started')}>
          {s.startTimestamp ? <Timestamp timestamp={s.startTimestamp} /> : '-'}
        </DetailsItem>
        <DetailsItem term={t('Duration')}>
          {formatDuration(backupDuration(backup, now))}
        </DetailsItem>
        <DetailsItem term={t('Expires')}>
          {s.expiration ? <Timestamp timestamp={s.expiration} /> : t('Never')}
        </DetailsItem>
        <DetailsItem term={t('Storage location')} test="overview-location">
          {backup.spec?.storageLocation ?? '-'}
          {locationState &&
            ` (${locationState}${location?.status?.message ? `: ${location.status.message}` : ''})`}
        </DetailsItem>
        <DetailsItem term={t('Schedule')}>
          {schedule ? (
            <ResourceLink
              groupVersionKind={toGroupVersionKind(ScheduleModel)}
              name={schedule}
              namespace={backup.metadata?.namespace}
            />
          ) : (
            t('None (created on demand)')
          )}
        </DetailsItem>
        <DetailsItem term={t('Method')} test="overview-method">
          {backup.spec?.snapshotMoveData
            ? t('CSI snapshots, then the data mover copies the disks to the storage location')
            : t('CSI snapshots, kept in the cluster’s storage')}
        </DetailsItem>
        <DetailsItem term={t('Scope')}>
          <ScopeWords spec={backup.spec ?? {}} />
        </DetailsItem>
        <DetailsItem term={t('Items')}>
          {t('{{done}} of {{total}}', {
            done: s.progress?.itemsBackedUp ?? 0,
            total: s.progress?.totalItems ?? 0,
          })}
        </DetailsItem>
        <DetailsItem term={t('Disk snapshots')}>
          {t('{{done}} of {{total}}', {
            done: s.csiVolumeSnapshotsCompleted ?? s.backupItemOperationsCompleted ?? 0,
            total: s.csiVolumeSnapshotsAttempted ?? s.backupItemOperationsAttempted ?? 0,
          })}
        </DetailsItem>
        <DetailsItem term={t('Freeze hooks')} test="overview-hooks">
          {t('{{attempted}} attempted, {{failed}} failed', {
            attempted: s.hookStatus?.hooksAttempted ?? 0,
            failed: s.hookStatus?.hooksFailed ?? 0,
          })}
        </DetailsItem>
        <DetailsItem term={t('Errors / warnings')}>
          {t('{{errors}} / {{warnings}}', { errors: s.errors ?? 0, warnings: s.warnings ?? 0 })}
        </DetailsItem>
      </DescriptionList>
    </PageSection>
  );
};
