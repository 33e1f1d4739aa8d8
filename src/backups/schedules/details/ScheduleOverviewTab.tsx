import { ResourceLink, Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { DescriptionList, PageSection } from '@patternfly/react-core';
import { DetailsItem } from '@shared/components/DetailsItem';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { toGroupVersionKind } from '@shared/k8s/models';
import { useState } from 'react';
import { NextRuns } from '../../cron/NextRuns';
import { useCronWords } from '../../cron/useCronText';
import { ScopeWords } from '../../details/ScopeWords';
import { BackupModel } from '../../k8s/models';
import { BackupStatus } from '../../status/BackupStatus';
import { getBackupStatus } from '../../status/backupStatus';
import { ScheduleVMsCell } from '../list/ScheduleVMsCell';
import { useScheduleDetailsContext } from './ScheduleDetailsContext';

/** When it runs, what each backup holds and how, and its last backup (DESIGN §6). */
export const ScheduleOverviewTab = () => {
  const { t } = usePluginTranslation();
  const { row } = useScheduleDetailsContext();
  const words = useCronWords();
  const [openedAt] = useState(() => new Date());
  const spec = row.schedule.spec ?? {};
  const template = spec.template ?? {};
  const from = row.nextRun ? new Date(row.nextRun.getTime() - 1000) : openedAt;
  return (
    <PageSection>
      <DescriptionList columnModifier={{ default: '2Col' }}>
        <DetailsItem term={t('Runs')} test="overview-cron">
          <div>{words(row.cron) ?? t('Not a valid schedule')}</div>
          <code>{row.cron}</code>
        </DetailsItem>
        <DetailsItem term={t('Next runs')} test="overview-next-runs">
          {row.state === 'Paused' ? (
            t('None while paused')
          ) : row.nextRun ? (
            <NextRuns expression={row.cron} from={from} />
          ) : (
            '-'
          )}
        </DetailsItem>
        <DetailsItem term={t('Paused')}>{spec.paused ? t('Yes') : t('No')}</DetailsItem>
        <DetailsItem term={t('Time to live of each backup')}>
          {template.ttl ?? t('720h0m0s (Velero default)')}
        </DetailsItem>
        <DetailsItem term={t('Storage location')}>
          {template.storageLocation ?? t('The default storage location')}
        </DetailsItem>
        <DetailsItem term={t('Method')} test="overview-method">
          {template.snapshotMoveData
            ? t('CSI snapshots, then the data mover copies the disks to the storage location')
            : t('CSI snapshots, kept in the cluster’s storage')}
        </DetailsItem>
        <DetailsItem term={t('VMs')}>
          <ScheduleVMsCell row={row} />
        </DetailsItem>
        <DetailsItem term={t('Scope')}>
          <ScopeWords spec={template} />
        </DetailsItem>
        <DetailsItem term={t('Skip the first run')}>
          {spec.skipImmediately
            ? t('Yes: the first backup waits for the next scheduled time')
            : t('No')}
        </DetailsItem>
        <DetailsItem term={t('Backups deleted with the schedule')}>
          {spec.useOwnerReferencesInBackup
            ? t('Yes: its Backup objects are owned by the schedule (useOwnerReferencesInBackup)')
            : t('No: its backups are kept when the schedule is deleted')}
        </DetailsItem>
        <DetailsItem term={t('Last backup')} test="overview-last-backup">
          {row.lastBackup ? (
            <>
              <ResourceLink
                groupVersionKind={toGroupVersionKind(BackupModel)}
                name={row.lastBackup.metadata?.name}
                namespace={row.lastBackup.metadata?.namespace}
              />
              <BackupStatus status={getBackupStatus(row.lastBackup)} />
            </>
          ) : row.lastBackupTime ? (
            <Timestamp timestamp={row.lastBackupTime} />
          ) : (
            t('None yet')
          )}
        </DetailsItem>
      </DescriptionList>
    </PageSection>
  );
};
