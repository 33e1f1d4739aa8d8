import { Alert, FormGroup, FormSelect, FormSelectOption } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useRequestErrorText } from '@shared/hooks/useRequestErrorText';
import { isForbidden } from '@shared/k8s/errorMessage';
import { useMemo } from 'react';
import { groupResultsByVM } from '../../results/groupResultsByVM';
import type { RestoreSourceData } from './useRestoreSourceData';

type Props = {
  data: RestoreSourceData;
  schedule?: string;
  backupName: string;
  onBackup: (name: string) => void;
  /** Backups to offer (all restorable ones, or those that hold the preselected VM). */
  offered: RestoreSourceData['restorable'];
};

/** Source: a Completed or PartiallyFailed backup, or the latest Completed one of a schedule. */
export const SourceSection = ({ data, schedule, backupName, onBackup, offered }: Props) => {
  const { t } = usePluginTranslation();
  const errorText = useRequestErrorText();
  const missing = useMemo(
    () =>
      data.results.data
        ? groupResultsByVM(
            data.results.data,
            data.vms.map(({ vm, claims }) => ({ vm, claims })),
          ).vms.filter((v) => v.errors.length > 0)
        : [],
    [data.results.data, data.vms],
  );
  return (
    <FormGroup label={t('Source')} fieldId="vdp-restore-source" isRequired>
      {schedule ? (
        <p data-test="restore-source-schedule">
          {data.backup
            ? t(
                'Latest Completed backup of schedule {{schedule}}: {{backup}}. Velero takes the newest Completed one when the restore starts.',
                { schedule, backup: data.backup.metadata?.name },
              )
            : t('Schedule {{schedule}} has no Completed backup.', { schedule })}
        </p>
      ) : (
        <FormSelect
          id="vdp-restore-source"
          value={backupName}
          onChange={(_e, value) => onBackup(value)}
          aria-label={t('Backup')}
          data-test="restore-source"
        >
          <FormSelectOption value="" label={t('Pick a backup')} isPlaceholder />
          {offered.map((b) => (
            <FormSelectOption
              key={b.metadata?.name}
              value={b.metadata?.name}
              label={`${b.metadata?.name} (${b.status?.phase})`}
            />
          ))}
        </FormSelect>
      )}
      {/* A 403 is said by the problems (who may restore), not as the server's refusal. */}
      {data.backupsError && !isForbidden(data.backupsError) && (
        <Alert
          variant="danger"
          isInline
          isPlain
          title={t('Backups could not be listed')}
          data-test="restore-backups-error"
        >
          {errorText(data.backupsError)}
        </Alert>
      )}
      {data.backup?.status?.phase === 'PartiallyFailed' && (
        <Alert
          variant="warning"
          isInline
          className="pf-v6-u-mt-sm"
          title={t('This backup partially failed: some VMs or disks may be missing from it.')}
          data-test="restore-partial"
        >
          {data.results.error && data.results.error}
          <ul>
            {missing.map((v) => (
              <li key={`${v.vm.namespace}/${v.vm.name}`}>
                {`${v.vm.namespace}/${v.vm.name}: `}
                {v.errors.map((e) => e.text).join('; ')}
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </FormGroup>
  );
};
