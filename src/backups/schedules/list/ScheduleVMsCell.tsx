import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { VirtualMachineModel, toGroupVersionKind } from '@shared/k8s/models';
import type { ScheduleRow } from '../scheduleRows';

const vmGVK = toGroupVersionKind(VirtualMachineModel);
const SHOWN = 3;

/** The VMs each backup of the schedule will hold: the first three, then "and N more". */
export const ScheduleVMsCell = ({ row }: { row: ScheduleRow }) => {
  const { t } = usePluginTranslation();
  if (row.vms.length === 0)
    return <span data-test="schedule-vms-none">{t('No VMs that you can see')}</span>;
  const rest = row.vms.length - SHOWN;
  return (
    <div
      data-test="schedule-vms"
      title={row.vmsFrom === 'scope' ? t('Matched from the schedule’s scope') : undefined}
    >
      {row.vms.slice(0, SHOWN).map((vm) => (
        <ResourceLink
          key={`${vm.namespace}/${vm.name}`}
          groupVersionKind={vmGVK}
          name={vm.name}
          namespace={vm.namespace}
        />
      ))}
      {rest > 0 && <span>{t('and {{number}} more', { number: rest })}</span>}
    </div>
  );
};
