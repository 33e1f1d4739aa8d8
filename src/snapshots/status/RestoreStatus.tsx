import { StatusDisplay } from '@shared/components/StatusDisplay';
import type { StatusTone } from '@shared/components/StatusDisplay';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { V1beta1VirtualMachineRestore } from '@shared/k8s/types';
import { getRestoreState } from './restoreState';
import type { RestoreState } from './restoreState';

const TONE: Record<RestoreState, StatusTone> = {
  Complete: 'success',
  Failed: 'danger',
  Waiting: 'warning',
  InProgress: 'progress',
  Deleting: 'progress',
};

export const useRestoreStateLabels = (): Record<RestoreState, string> => {
  const { t } = usePluginTranslation();
  return {
    Complete: t('Complete'),
    Failed: t('Failed'),
    Waiting: t('Waiting'),
    InProgress: t('In progress'),
    Deleting: t('Deleting'),
  };
};

/** A restore's state with the controller's reason. */
export const RestoreStatus = ({ restore }: { restore: V1beta1VirtualMachineRestore }) => {
  const labels = useRestoreStateLabels();
  const { state, detail } = getRestoreState(restore);
  return <StatusDisplay tone={TONE[state]} label={labels[state]} detail={detail} />;
};
