import { Alert } from '@patternfly/react-core';
import { DetailsPageHeader } from '@shared/components/DetailsPageHeader';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { toModelRef } from '@shared/k8s/models';
import { useBackupActions } from '../actions/useBackupActions';
import { BackupModel } from '../k8s/models';
import type { VeleroBackup } from '../k8s/types';
import { BackupStatus } from '../status/BackupStatus';
import type { BackupStatusInfo } from '../status/backupStatus';
import { useBackupDetailsContext } from './BackupDetailsContext';

/** Breadcrumb back to the Backups list, the name, the status, the actions, delete errors. */
export const BackupPageHeader = ({
  backup,
  status,
}: {
  backup: VeleroBackup;
  status: BackupStatusInfo;
}) => {
  const { t } = usePluginTranslation();
  const { deleteErrors } = useBackupDetailsContext();
  const [actions, loaded] = useBackupActions(backup);
  return (
    <DetailsPageHeader
      back={{ to: `/k8s/all-namespaces/${toModelRef(BackupModel)}`, label: t('Backups') }}
      name={backup.metadata?.name ?? ''}
      status={<BackupStatus status={status} />}
      actions={actions}
      actionsLoaded={loaded}
    >
      {deleteErrors.length > 0 && (
        <Alert
          variant="danger"
          isInline
          title={t('Velero could not delete this backup')}
          className="pf-v6-u-mt-md"
          data-test="delete-errors"
        >
          {deleteErrors.map((e) => (
            <div key={e}>{e}</div>
          ))}
        </Alert>
      )}
    </DetailsPageHeader>
  );
};
