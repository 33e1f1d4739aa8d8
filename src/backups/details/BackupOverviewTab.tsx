import { ResourceLink, Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  PageSection,
} from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useNow } from '@shared/hooks/useNow';
import { toGroupVersionKind } from '@shared/k8s/models';
import type { ReactNode } from 'react';
import { ScheduleModel } from '../k8s/models';
import { formatDuration } from '../list/formatDuration';
import { backupDuration } from '../status/backupStatus';
import { useBackupStatusText } from '../status/useBackupStatusText';
import { useBackupDetailsContext } from './BackupDetailsContext';
import { ScopeWords } from './ScopeWords';

const Item = ({ term, children, test }: { term: string; children: ReactNode; test?: string }) => (
  <DescriptionListGroup>
    <DescriptionListTerm>{term}</DescriptionListTerm>
    <DescriptionListDescription data-test={test}>{children}</DescriptionListDescription>
  </DescriptionListGroup>
);

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
        <Item term={t('Status')} test="overview-meaning">
          {meaning}
          {status.detail ? ` ${status.detail}` : ''}
        </Item>
        <Item term={t('Started')}>
          {s.startTimestamp ? <Timestamp timestamp={s.startTimestamp} /> : '-'}
        </Item>
        <Item term={t('Duration')}>{formatDuration(backupDuration(backup, now))}</Item>
        <Item term={t('Expires')}>
          {s.expiration ? <Timestamp timestamp={s.expiration} /> : t('Never')}
        </Item>
        <Item term={t('Storage location')} test="overview-location">
          {backup.spec?.storageLocation ?? '-'}
          {locationState &&
            ` (${locationState}${location?.status?.message ? `: ${location.status.message}` : ''})`}
        </Item>
        <Item term={t('Schedule')}>
          {schedule ? (
            <ResourceLink
              groupVersionKind={toGroupVersionKind(ScheduleModel)}
              name={schedule}
              namespace={backup.metadata?.namespace}
            />
          ) : (
            t('None (created on demand)')
          )}
        </Item>
        <Item term={t('Method')} test="overview-method">
          {backup.spec?.snapshotMoveData
            ? t('CSI snapshots, then the data mover copies the disks to the storage location')
            : t('CSI snapshots, kept in the cluster’s storage')}
        </Item>
        <Item term={t('Scope')}>
          <ScopeWords spec={backup.spec ?? {}} />
        </Item>
        <Item term={t('Items')}>
          {t('{{done}} of {{total}}', {
            done: s.progress?.itemsBackedUp ?? 0,
            total: s.progress?.totalItems ?? 0,
          })}
        </Item>
        <Item term={t('Disk snapshots')}>
          {t('{{done}} of {{total}}', {
            done: s.csiVolumeSnapshotsCompleted ?? s.backupItemOperationsCompleted ?? 0,
            total: s.csiVolumeSnapshotsAttempted ?? s.backupItemOperationsAttempted ?? 0,
          })}
        </Item>
        <Item term={t('Freeze hooks')} test="overview-hooks">
          {t('{{attempted}} attempted, {{failed}} failed', {
            attempted: s.hookStatus?.hooksAttempted ?? 0,
            failed: s.hookStatus?.hooksFailed ?? 0,
          })}
        </Item>
        <Item term={t('Errors / warnings')}>
          {t('{{errors}} / {{warnings}}', { errors: s.errors ?? 0, warnings: s.warnings ?? 0 })}
        </Item>
      </DescriptionList>
    </PageSection>
  );
};
