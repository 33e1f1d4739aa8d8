import { ResourceLink, Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  PageSection,
} from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { toGroupVersionKind } from '@shared/k8s/models';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { NextRuns } from '../../cron/NextRuns';
import { useCronWords } from '../../cron/useCronText';
import { ScopeWords } from '../../details/ScopeWords';
import { BackupModel } from '../../k8s/models';
import { BackupStatus } from '../../status/BackupStatus';
import { getBackupStatus } from '../../status/backupStatus';
import { ScheduleVMsCell } from '../list/ScheduleVMsCell';
import { useScheduleDetailsContext } from './ScheduleDetailsContext';

const Item = ({ term, children, test }: { term: string; children: ReactNode; test?: string }) => (
  <DescriptionListGroup>
    <DescriptionListTerm>{term}</DescriptionListTerm>
    <DescriptionListDescription data-test={test}>{children}</DescriptionListDescription>
  </DescriptionListGroup>
);

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
        <Item term={t('Runs')} test="overview-cron">
          <div>{words(row.cron) ?? t('Not a valid schedule')}</div>
          <code>{row.cron}</code>
        </Item>
        <Item term={t('Next runs')} test="overview-next-runs">
          {row.state === 'Paused' ? (
            t('None while paused')
          ) : row.nextRun ? (
            <NextRuns expression={row.cron} from={from} />
          ) : (
            '-'
          )}
        </Item>
        <Item term={t('Paused')}>{spec.paused ? t('Yes') : t('No')}</Item>
        <Item term={t('Time to live of each backup')}>
          {template.ttl ?? t('720h0m0s (Velero default)')}
        </Item>
        <Item term={t('Storage location')}>
          {template.storageLocation ?? t('The default storage location')}
        </Item>
        <Item term={t('Method')} test="overview-method">
          {template.snapshotMoveData
            ? t('CSI snapshots, then the data mover copies the disks to the storage location')
            : t('CSI snapshots, kept in the cluster’s storage')}
        </Item>
        <Item term={t('VMs')}>
          <ScheduleVMsCell row={row} />
        </Item>
        <Item term={t('Scope')}>
          <ScopeWords spec={template} />
        </Item>
        <Item term={t('Skip the first run')}>
          {spec.skipImmediately
            ? t('Yes: the first backup waits for the next scheduled time')
            : t('No')}
        </Item>
        <Item term={t('Backups deleted with the schedule')}>
          {spec.useOwnerReferencesInBackup
            ? t('Yes: its Backup objects are owned by the schedule (useOwnerReferencesInBackup)')
            : t('No: its backups are kept when the schedule is deleted')}
        </Item>
        <Item term={t('Last backup')} test="overview-last-backup">
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
        </Item>
      </DescriptionList>
    </PageSection>
  );
};
