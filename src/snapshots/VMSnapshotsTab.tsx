import { TabSection } from '@shared/components/TabSection';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { useVMSnapshots } from './hooks/useVMSnapshots';
import { SnapshotList } from './list/SnapshotList';

type VMSnapshotsTabProps = { obj: V1VirtualMachine };

/** The VM details tab ("Snapshots", or "Data protection" beside kubevirt-plugin). */
export const VMSnapshotsTab = ({ obj }: VMSnapshotsTabProps) => {
  const data = useVMSnapshots(obj);
  return (
    <TabSection>
      <SnapshotList vm={obj} {...data} />
    </TabSection>
  );
};

export default VMSnapshotsTab;
