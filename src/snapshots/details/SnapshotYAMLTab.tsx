import { ResourceYAMLEditor } from '@openshift-console/dynamic-plugin-sdk';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useSnapshotDetailsContext } from './SnapshotDetailsContext';

/** The console's YAML editor; the API refuses spec edits (immutable), labels can change. */
export const SnapshotYAMLTab = () => {
  const { t } = usePluginTranslation();
  const { snapshot } = useSnapshotDetailsContext();
  return (
    <ResourceYAMLEditor initialResource={snapshot} header={t('VirtualMachineSnapshot details')} />
  );
};
