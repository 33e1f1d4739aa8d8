import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { PageSection, Title } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { VirtualMachineModel, toGroupVersionKind } from '@shared/k8s/models';
import { useMemo } from 'react';
import { vmsFromLabels } from '../scope/productLabels';
import { useBackupDetailsContext } from './BackupDetailsContext';
import { DiskTable } from './DiskTable';
import { vmsInResourceList } from './resourceList';
import { useBackupResourceList, useBackupVolumeInfos } from './useBackupFiles';
import { vmDiskRows } from './vmDiskRows';

const vmGVK = toGroupVersionKind(VirtualMachineModel);

/** Per VM, per disk: how it is saved and, while data moves, a live progress bar. */
export const BackupVMsTab = () => {
  const { t } = usePluginTranslation();
  const { backup, uploads, volumes } = useBackupDetailsContext();
  const resourceList = useBackupResourceList();
  const infos = useBackupVolumeInfos();
  const rows = useMemo(() => {
    // What is really inside once Velero wrote it; before that, what the backup names.
    const vms = resourceList.data
      ? vmsInResourceList(resourceList.data)
      : vmsFromLabels(backup.metadata?.labels);
    return vmDiskRows(vms, volumes, infos.data ?? [], uploads);
  }, [resourceList.data, backup.metadata?.labels, volumes, infos.data, uploads]);
  return (
    <PageSection>
      {rows.length === 0 && (
        <p data-test="no-vms">{t('No VM is known to be in this backup yet.')}</p>
      )}
      {rows.map(({ vm, disks }) => (
        <section
          key={`${vm.namespace}/${vm.name}`}
          className="pf-v6-u-mb-lg"
          data-test={`vm-${vm.namespace}-${vm.name}`}
        >
          <Title headingLevel="h2" size="lg">
            <ResourceLink groupVersionKind={vmGVK} name={vm.name} namespace={vm.namespace} />
          </Title>
          {disks.length === 0 ? (
            <p>{t('Its disks are not known: the VM no longer exists or you cannot see it.')}</p>
          ) : (
            <DiskTable vm={vm.name} disks={disks} />
          )}
        </section>
      ))}
      {infos.error && (
        <p className="pf-v6-u-text-color-subtle">
          {t('Volume details could not be read: {{error}}', { error: infos.error })}
        </p>
      )}
    </PageSection>
  );
};
