import { ActionsMenu } from '@shared/components/ActionsMenu';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useScheduleActions } from '../actions/useScheduleActions';
import type { ScheduleRow } from '../scheduleRows';

/** The row kebab of the Schedules list: the same actions as the schedule's details page. */
export const ScheduleRowActions = ({ row }: { row: ScheduleRow }) => {
  const { t } = usePluginTranslation();
  const [actions, loaded] = useScheduleActions(row.schedule);
  return (
    <ActionsMenu
      actions={actions}
      isDisabled={!loaded}
      label={t('Actions for {{name}}', { name: row.name })}
    />
  );
};
