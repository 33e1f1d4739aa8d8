import { ResourceYAMLEditor } from '@openshift-console/dynamic-plugin-sdk';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useBackupDetailsContext } from './BackupDetailsContext';

/** The console's YAML editor (Velero ignores spec edits after a backup has started). */
export const BackupYAMLTab = () => {
  const { t } = usePluginTranslation();
  const { backup } = useBackupDetailsContext();
  return <ResourceYAMLEditor initialResource={backup} header={t('Backup details')} />;
};
