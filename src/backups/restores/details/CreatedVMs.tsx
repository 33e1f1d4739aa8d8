import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { List, ListItem } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useWatchObject } from '@shared/hooks/useWatch';
import { toGroupVersionKind, VirtualMachineModel } from '@shared/k8s/models';
import type { V1VirtualMachine } from '@shared/k8s/types';
import type { VMRef } from '../../scope/productLabels';

const vmGVK = toGroupVersionKind(VirtualMachineModel);

const CreatedVM = ({ vm }: { vm: VMRef }) => {
  const { t } = usePluginTranslation();
  const live = useWatchObject<V1VirtualMachine>(VirtualMachineModel, vm.name, vm.namespace);
  const status = live.deleted
    ? t('Deleted since')
    : (live.data?.status?.printableStatus ?? t('Provisioning'));
  return (
    <ListItem data-test={`restored-vm-${vm.name}`}>
      <ResourceLink groupVersionKind={vmGVK} name={vm.name} namespace={vm.namespace} inline />
      {` ${status}`}
    </ListItem>
  );
};

/** The VMs the restore brought back, with a link each and their current status. */
export const CreatedVMs = ({ vms }: { vms: VMRef[] }) => {
  const { t } = usePluginTranslation();
  if (vms.length === 0) return <p>{t('No VM restored (yet).')}</p>;
  return (
    <List isPlain>
      {vms.map((vm) => (
        <CreatedVM key={`${vm.namespace}/${vm.name}`} vm={vm} />
      ))}
    </List>
  );
};
