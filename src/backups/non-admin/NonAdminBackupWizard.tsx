import { Bullseye, Spinner } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { VMRef } from '../scope/productLabels';
import { BackupWizard } from '../wizard/BackupWizard';
import { useNonAdminWizardData } from './useNonAdminWizardData';

/** The backup wizard opened from a VM by a namespace user: the same steps, on a NonAdminBackup. */
export const NonAdminBackupWizard = ({
  namespace,
  preselected,
}: {
  namespace: string;
  preselected: VMRef[];
}) => {
  const { t } = usePluginTranslation();
  const data = useNonAdminWizardData(namespace);
  if (!data.loaded)
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading')} />
      </Bullseye>
    );
  return (
    <BackupWizard
      data={data}
      preselected={preselected.filter((vm) => vm.namespace === namespace)}
      asSchedule={false}
    />
  );
};
