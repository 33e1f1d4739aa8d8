import { lazyTab } from '@shared/components/lazyTab';
import type { VMSnapshotsTabProps } from './VMSnapshotsTabBody';

/** The VM details tab ("Snapshots", or "Data protection" beside kubevirt-plugin). */
export const VMSnapshotsTab = lazyTab<VMSnapshotsTabProps>(() =>
  import(/* webpackChunkName: "vm-snapshots-tab" */ './VMSnapshotsTabBody').then(
    (m) => m.VMSnapshotsTabBody,
  ),
);

export default VMSnapshotsTab;
