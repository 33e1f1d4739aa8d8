import { PageSection } from '@patternfly/react-core';
import { ComponentBoundary } from '@shared/components/ComponentBoundary';
import type { V1VirtualMachine } from '@shared/k8s/types';
import { useVMSnapshots } from './hooks/useVMSnapshots';
import { SnapshotList } from './list/SnapshotList';

/**
 * The console's HorizontalNav passes `obj`; kubevirt-plugin passes `{obj, params,
 * instanceTypeExpandedSpec}`. We only read `obj`, and render nothing of ours without it.
 */
type VMSnapshotsTabProps = { obj?: V1VirtualMachine };

const VMSnapshots = ({ vm }: { vm: V1VirtualMachine }) => {
  const data = useVMSnapshots(vm);
  return <SnapshotList vm={vm} {...data} />;
};

/** The VM details tab ("Snapshots", or "Data protection" beside kubevirt-plugin). */
export const VMSnapshotsTab = ({ obj }: VMSnapshotsTabProps) => (
  <PageSection>
    <ComponentBoundary>{obj?.metadata ? <VMSnapshots vm={obj} /> : null}</ComponentBoundary>
  </PageSection>
);

export default VMSnapshotsTab;
