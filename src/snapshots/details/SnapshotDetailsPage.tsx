import { SnapshotDetailsView } from './SnapshotDetailsView';
import { useSnapshotDetails } from './useSnapshotDetails';

type SnapshotDetailsPageProps = { name: string; namespace: string };

/** `console.page/resource/details` for VirtualMachineSnapshot: one data hook, one view. */
export const SnapshotDetailsPage = ({ name, namespace }: SnapshotDetailsPageProps) => {
  const data = useSnapshotDetails(name, namespace);
  return <SnapshotDetailsView data={data} />;
};

export default SnapshotDetailsPage;
