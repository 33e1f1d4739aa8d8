import { ActionsMenu } from '@shared/components/ActionsMenu';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';
import { useSnapshotActionList } from '../actions/useSnapshotActions';

/**
 * The row kebab of the Snapshots tab: the same actions as the snapshot's details page, gated on
 * the snapshot's status (no content read per row); the dialog re-checks with the content.
 */
export const SnapshotRowActions = ({ snapshot }: { snapshot: V1beta1VirtualMachineSnapshot }) => {
  const { t } = usePluginTranslation();
  const [actions, loaded] = useSnapshotActionList(snapshot, false);
  return (
    <ActionsMenu
      actions={actions}
      isDisabled={!loaded}
      label={t('Actions for {{name}}', { name: snapshot.metadata?.name ?? '' })}
    />
  );
};
