import { ResourceYAMLEditor } from '@openshift-console/dynamic-plugin-sdk';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useScheduleDetailsContext } from './ScheduleDetailsContext';

/** The console's YAML editor; template edits reach only backups made afterwards. */
export const ScheduleYAMLTab = () => {
  const { t } = usePluginTranslation();
  const { row } = useScheduleDetailsContext();
  return <ResourceYAMLEditor initialResource={row.schedule} header={t('Schedule details')} />;
};
