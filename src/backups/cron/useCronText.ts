import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { CronFieldName, CronProblem } from './cronProblem';
import { describeCron } from './describeCron';

/** Words for a cron field, as people say them. */
const useFieldText = () => {
  const { t } = usePluginTranslation();
  const names: Record<CronFieldName, string> = {
    minute: t('minute'),
    hour: t('hour'),
    dayOfMonth: t('day of month'),
    month: t('month'),
    dayOfWeek: t('day of week'),
  };
  return (field: CronFieldName) => names[field];
};

/** The message shown next to a cron field for each problem. */
export const useCronProblemText = () => {
  const { t } = usePluginTranslation();
  const fieldText = useFieldText();
  return (problem: CronProblem | undefined): string | undefined => {
    if (!problem) return undefined;
    switch (problem.kind) {
      case 'empty':
        return t('Enter a cron expression, for example "0 2 * * *" (daily at 02:00).');
      case 'fieldCount':
        return t(
          'A cron expression has 5 fields: minute, hour, day of month, month, day of week; this one has {{found}}.',
          { found: problem.found },
        );
      case 'descriptorExtra':
        return t('{{descriptor}} takes nothing after it.', { descriptor: problem.descriptor });
      case 'unknownDescriptor':
        return t(
          '{{descriptor}} is not a schedule name. Use @yearly, @monthly, @weekly, @daily, @hourly or @every <duration>.',
          { descriptor: problem.descriptor },
        );
      case 'everyMissing':
        return t('@every needs a duration, for example "@every 6h".');
      case 'everyDuration':
        return t(
          '"{{duration}}" is not a duration. Use numbers with units h, m or s, for example 6h or 1h30m.',
          { duration: problem.duration },
        );
      case 'everyNotPositive':
        return t(
          '@every needs a duration of at least one second; Velero would start a backup every second for "{{duration}}".',
          { duration: problem.duration },
        );
      case 'timeZone':
        return t('"{{zone}}" is not a time zone, for example CRON_TZ=Europe/Paris 0 2 * * *.', {
          zone: problem.zone,
        });
      case 'value':
        return t('The {{field}} field has "{{value}}", which is not a number or a name.', {
          field: fieldText(problem.field),
          value: problem.value,
        });
      case 'tooLow':
      case 'tooHigh':
        return t('The {{field}} must be between {{min}} and {{max}}; this one has {{value}}.', {
          field: fieldText(problem.field),
          min: problem.min,
          max: problem.max,
          value: problem.value,
        });
      case 'backwards':
        return t('The {{field}} range {{start}}-{{end}} ends before it starts.', {
          field: fieldText(problem.field),
          start: problem.start,
          end: problem.end,
        });
      case 'zeroStep':
        return t('The {{field}} step in "{{part}}" must be 1 or more.', {
          field: fieldText(problem.field),
          part: problem.part,
        });
      case 'syntax':
        return t(
          'The {{field}} field has "{{part}}": use one "-" for a range and one "/" for a step.',
          {
            field: fieldText(problem.field),
            part: problem.part,
          },
        );
      case 'neverRuns':
        return t('This expression matches no date (for example 30 February), so it never runs.');
    }
  };
};

/** The expression in words, or undefined when it is not valid. */
export const useCronWords = () => {
  const { t, i18n } = usePluginTranslation();
  return (expression: string): string | undefined => {
    const words = describeCron(expression, i18n?.language);
    if (!words) return undefined;
    const text =
      words.kind === 'every' ? t('Every {{duration}}', { duration: words.duration }) : words.text;
    return words.timeZone ? t('{{text}} ({{zone}})', { text, zone: words.timeZone }) : text;
  };
};
