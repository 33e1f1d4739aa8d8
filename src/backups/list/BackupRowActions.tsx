import { ActionsMenu } from '@shared/components/ActionsMenu';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useBackupActions } from '../actions/useBackupActions';
import type { BackupRow } from './backupRows';

/** The row kebab of the Backups list: the same actions as the backup's details page. */
export const BackupRowActions = ({ row }: { row: BackupRow }) => {
  const { t } = usePluginTranslation();
  const [actions, loaded] = useBackupActions(row.backup, row.vms);
  return (
    <ActionsMenu
      actions={actions}
      isDisabled={!loaded}
      label={t('Actions for {{name}}', { name: row.name })}
    />
  );
};
