import { createContext, useContext } from 'react';
import type { ScheduleRow } from '../scheduleRows';
import type { ScheduleDetailsData } from './useScheduleDetails';

export type LoadedScheduleDetails = ScheduleDetailsData & { row: ScheduleRow };

/** Hands the page's data to its tabs (HorizontalNav renders tab components without props). */
export const ScheduleDetailsContext = createContext<LoadedScheduleDetails | undefined>(undefined);

export const useScheduleDetailsContext = (): LoadedScheduleDetails => {
  const data = useContext(ScheduleDetailsContext);
  if (!data) throw new Error('useScheduleDetailsContext outside ScheduleDetailsContext');
  return data;
};
