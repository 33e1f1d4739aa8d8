import { useNow } from '@shared/hooks/useNow';
import { nextRunTooFar } from '../cron/nextRuns';
import { useCronProblemText, useCronWords } from '../cron/useCronText';
import { validateCron } from '../cron/validateCron';
import { cronFromChoice } from './cronFromChoice';
import type { WizardValues } from './wizardValues';

export type CronChoice = { expression: string; problem?: string; words?: string; tooFar: boolean };

/** The Schedule step's expression, Velero's verdict on it (robfig/cron v3) and its words. */
export const useCronChoice = (values: WizardValues): CronChoice => {
  const problemText = useCronProblemText();
  const words = useCronWords();
  const now = new Date(useNow(60_000));
  const expression = cronFromChoice(values);
  const problem = problemText(validateCron(expression, now));
  return {
    expression,
    problem,
    words: problem ? undefined : words(expression),
    tooFar: !problem && nextRunTooFar(expression, now),
  };
};
