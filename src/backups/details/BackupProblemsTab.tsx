import { PageSection, Title } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useMemo } from 'react';
import { groupResultsByVM } from '../results/groupResultsByVM';
import { useBackupDetailsContext } from './BackupDetailsContext';
import { EntryList } from './EntryList';
import { FileState } from './FileState';
import { useBackupResults, useBackupVolumeInfos } from './useBackupFiles';

/** "Why it partially failed": Velero's errors and warnings per VM, then the rest; skipped disks. */
export const BackupProblemsTab = () => {
  const { t } = usePluginTranslation();
  const { volumes, backup } = useBackupDetailsContext();
  const results = useBackupResults();
  const infos = useBackupVolumeInfos();
  const grouped = useMemo(
    () => (results.data ? groupResultsByVM(results.data, volumes) : undefined),
    [results.data, volumes],
  );
  const skipped = (infos.data ?? []).filter((i) => i.skipped);
  return (
    <PageSection>
      {backup.status?.failureReason && (
        <p data-test="failure-reason">
          {t('Failure reason: {{reason}}', { reason: backup.status.failureReason })}
        </p>
      )}
      <FileState
        file={results}
        available={results.available}
        title={t('The results could not be read')}
      >
        {() =>
          grouped &&
          grouped.vms.length + grouped.other.errors.length + grouped.other.warnings.length > 0 ? (
            <>
              {grouped.vms.map((group) => (
                <section
                  key={`${group.vm.namespace}/${group.vm.name}`}
                  data-test={`problems-${group.vm.namespace}-${group.vm.name}`}
                >
                  <Title
                    headingLevel="h2"
                    size="lg"
                  >{`${group.vm.namespace}/${group.vm.name}`}</Title>
                  <EntryList errors={group.errors} warnings={group.warnings} />
                </section>
              ))}
              {grouped.other.errors.length + grouped.other.warnings.length > 0 && (
                <section data-test="problems-other">
                  <Title headingLevel="h2" size="lg">
                    {t('Not about a VM')}
                  </Title>
                  <EntryList errors={grouped.other.errors} warnings={grouped.other.warnings} />
                </section>
              )}
            </>
          ) : (
            <p data-test="no-problems">{t('Velero reported no errors or warnings.')}</p>
          )
        }
      </FileState>
      {skipped.length > 0 && (
        <section data-test="skipped-disks">
          <Title headingLevel="h2" size="lg">
            {t('Disks not backed up')}
          </Title>
          <ul>
            {skipped.map((i) => (
              <li
                key={`${i.pvcNamespace}/${i.pvcName}`}
              >{`${i.pvcNamespace ?? ''}/${i.pvcName ?? ''}: ${i.skippedReason ?? ''}`}</li>
            ))}
          </ul>
        </section>
      )}
    </PageSection>
  );
};
