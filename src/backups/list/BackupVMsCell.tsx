import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Popover, Button } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { VirtualMachineModel, toGroupVersionKind } from '@shared/k8s/models';
import type { BackupRow } from './backupRows';

const vmGVK = toGroupVersionKind(VirtualMachineModel);
const SHOWN = 2;

/** The VMs of a backup: the first two as links, the rest behind "N more". */
export const BackupVMsCell = ({ row }: { row: BackupRow }) => {
  const { t } = usePluginTranslation();
  if (row.vms.length === 0)
    return <span data-test="backup-vms-none">{t('No VMs that you can see')}</span>;
  const link = (vm: BackupRow['vms'][number]) => (
    <ResourceLink
      key={`${vm.namespace}/${vm.name}`}
      groupVersionKind={vmGVK}
      name={vm.name}
      namespace={vm.namespace}
    />
  );
  const rest = row.vms.slice(SHOWN);
  return (
    <div
      data-test="backup-vms"
      title={row.vmsFrom === 'scope' ? t('Matched from the backup’s scope') : undefined}
    >
      {row.vms.slice(0, SHOWN).map(link)}
      {rest.length > 0 && (
        <Popover
          bodyContent={<div>{rest.map(link)}</div>}
          aria-label={t('More VMs of {{name}}', { name: row.name })}
        >
          <Button variant="link" isInline>
            {t('{{number}} more', { number: rest.length })}
          </Button>
        </Popover>
      )}
    </div>
  );
};
