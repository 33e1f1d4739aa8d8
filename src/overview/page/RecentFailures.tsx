import { ResourceLink, Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { BackupModel, RestoreModel } from '@backups/k8s/models';
import { EmptyState, List, ListItem, Title } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { VirtualMachineSnapshotModel, toGroupVersionKind } from '@shared/k8s/models';
import type { RecentFailure } from '../rules/recentFailures';

const GVK = {
  Backup: toGroupVersionKind(BackupModel),
  Restore: toGroupVersionKind(RestoreModel),
  VirtualMachineSnapshot: toGroupVersionKind(VirtualMachineSnapshotModel),
};

const SHOWN = 20;

/** Failed backups, restores and snapshots of the last 24 hours, each linked to its page. */
export const RecentFailures = ({
  failures,
  backupsKnown,
}: {
  failures: RecentFailure[];
  backupsKnown: boolean;
}) => {
  const { t } = usePluginTranslation();
  const kind = {
    Backup: t('Backup'),
    Restore: t('Restore'),
    VirtualMachineSnapshot: t('Snapshot'),
  };
  return (
    <section className="pf-v6-u-mt-lg" data-test="recent-failures">
      <Title headingLevel="h2" className="pf-v6-u-mb-sm">
        {t('Recent failures (last 24 hours)')}
      </Title>
      {!backupsKnown && (
        <p>{t('Backups and restores could not be read; only snapshots are listed.')}</p>
      )}
      {failures.length === 0 ? (
        <EmptyState
          variant="xs"
          titleText={t('No failures in the last 24 hours')}
          headingLevel="h3"
        />
      ) : (
        <List isPlain>
          {failures.slice(0, SHOWN).map((f) => (
            <ListItem key={`${f.kind}/${f.namespace}/${f.name}`}>
              {kind[f.kind]}{' '}
              <ResourceLink
                groupVersionKind={GVK[f.kind]}
                name={f.name}
                namespace={f.namespace}
                inline
              />{' '}
              {f.phase} <Timestamp timestamp={new Date(f.at).toISOString()} simple />
              {f.reason && ` — ${f.reason}`}
            </ListItem>
          ))}
          {failures.length > SHOWN && (
            <ListItem>
              {t('and {{count}} more', {
                count: failures.length - SHOWN,
                defaultValue_other: 'and {{count}} more',
              })}
            </ListItem>
          )}
        </List>
      )}
    </section>
  );
};
