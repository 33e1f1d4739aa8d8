import { DetailsPageHeader } from '@shared/components/DetailsPageHeader';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { toModelRef } from '@shared/k8s/models';
import { ScheduleModel } from '../../k8s/models';
import { useScheduleActions } from '../actions/useScheduleActions';
import type { ScheduleRow } from '../scheduleRows';
import { ScheduleStatus } from '../status/ScheduleStatus';

/** Breadcrumb back to the Schedules list, the name, the state, the actions. */
export const SchedulePageHeader = ({ row }: { row: ScheduleRow }) => {
  const { t } = usePluginTranslation();
  const [actions, loaded] = useScheduleActions(row.schedule);
  return (
    <DetailsPageHeader
      back={{
        to: `/k8s/all-namespaces/${toModelRef(ScheduleModel)}`,
        label: t('Backup schedules'),
      }}
      name={row.name}
      status={<ScheduleStatus state={row.state} validationErrors={row.validationErrors} />}
      actions={actions}
      actionsLoaded={loaded}
    />
  );
};
