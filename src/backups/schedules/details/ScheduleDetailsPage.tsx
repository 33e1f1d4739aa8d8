import { ScheduleDetailsView } from './ScheduleDetailsView';
import { useScheduleDetails } from './useScheduleDetails';

type ScheduleDetailsPageProps = { name: string; namespace: string };

/** `console.page/resource/details` for velero.io Schedules: one data hook, one view. */
export const ScheduleDetailsPage = ({ name, namespace }: ScheduleDetailsPageProps) => {
  const data = useScheduleDetails(name, namespace);
  return <ScheduleDetailsView data={data} />;
};

export default ScheduleDetailsPage;
