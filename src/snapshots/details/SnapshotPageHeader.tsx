import { useKubevirtPluginActive } from '@shared/flags/kubevirtPlugin';
import { DetailsPageHeader } from '@shared/components/DetailsPageHeader';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { VirtualMachineModel, toModelRef } from '@shared/k8s/models';
import type { V1beta1VirtualMachineSnapshot } from '@shared/k8s/types';
import { useSnapshotActions } from '../actions/useSnapshotActions';
import { getSnapshotStatus } from '../status/snapshotStatus';
import { SnapshotStatus } from '../status/SnapshotStatus';

/** Breadcrumb back to the VM's snapshots, the name, the status and the actions. */
export const SnapshotPageHeader = ({ snapshot }: { snapshot: V1beta1VirtualMachineSnapshot }) => {
  const { t } = usePluginTranslation();
  const [actions, loaded] = useSnapshotActions(snapshot);
  // Beside kubevirt-plugin our tab is "Data protection" (DESIGN §4).
  const tab = useKubevirtPluginActive() ? 'data-protection' : 'snapshots';
  const namespace = snapshot.metadata?.namespace ?? '';
  const vmName = snapshot.spec?.source?.name ?? '';
  const vmPath = `/k8s/ns/${namespace}/${toModelRef(VirtualMachineModel)}/${vmName}`;
  return (
    <DetailsPageHeader
      back={{ to: `${vmPath}/${tab}`, label: t('Snapshots of {{vmName}}', { vmName }) }}
      name={snapshot.metadata?.name ?? ''}
      status={<SnapshotStatus status={getSnapshotStatus(snapshot)} />}
      actions={actions}
      actionsLoaded={loaded}
    />
  );
};
