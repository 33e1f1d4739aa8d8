import { ActionsMenu } from '@shared/components/ActionsMenu';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';
import { useSnapshotActions } from '../actions/useSnapshotActions';

/** The row kebab of the Snapshots tab: the same actions as the snapshot's details page. */
export const SnapshotRowActions = ({ snapshot }: { snapshot: V1beta1VirtualMachineSnapshot }) => {
  const { t } = usePluginTranslation();
  const [actions, loaded] = useSnapshotActions(snapshot);
  return (
    <ActionsMenu
      actions={actions}
      isDisabled={!loaded}
      label={t('Actions for {{name}}', { name: snapshot.metadata?.name ?? '' })}
    />
  );
};
