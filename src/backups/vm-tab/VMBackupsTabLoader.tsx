import { lazyTab } from '@shared/components/lazyTab';
import type { V1VirtualMachine } from '@shared/k8s/types';

/** The VM details "Backups" tab (exposed module): its body loads when the tab is shown. */
export const VMBackupsTab = lazyTab<{ obj?: V1VirtualMachine }>(() =>
  import(/* webpackChunkName: "vm-backups-tab" */ './VMBackupsTab').then((m) => m.VMBackupsTabBody),
);

export default VMBackupsTab;
