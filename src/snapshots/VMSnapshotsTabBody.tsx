import { TabSection } from '@shared/components/TabSection';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { useVMSnapshots } from './hooks/useVMSnapshots';
import { SnapshotList } from './list/SnapshotList';

/**
 * The console's HorizontalNav passes `obj`; kubevirt-plugin passes `{obj, params,
 * instanceTypeExpandedSpec}`. We only read `obj`, and render nothing of ours without it.
 */
export type VMSnapshotsTabProps = { obj?: V1VirtualMachine };

const VMSnapshots = ({ vm }: { vm: V1VirtualMachine }) => {
  const data = useVMSnapshots(vm);
  return <SnapshotList vm={vm} {...data} />;
};

/** What the Snapshots tab shows, loaded when the tab is. */
export const VMSnapshotsTabBody = ({ obj }: VMSnapshotsTabProps) =>
  obj?.metadata ? (
    <TabSection>
      <VMSnapshots vm={obj} />
    </TabSection>
  ) : null;
