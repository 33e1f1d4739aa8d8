import type { WizardValues } from './wizardValues';

const timeParts = (time: string): [string, string] => {
  const [hour = '', minute = ''] = time.split(':');
  // "02" → "2": the expression Velero stores reads as people write it.
  const trim = (part: string) => (/^\d+$/.test(part) ? String(Number(part)) : part);
  return [trim(minute), trim(hour)];
};

/** The cron expression of the Schedule step's preset (times in UTC, Velero's zone). */
export const cronFromChoice = (values: WizardValues): string => {
  switch (values.cronPreset) {
    case 'hourly':
      return `${values.minute.trim()} * * * *`;
    case 'daily': {
      const [minute, hour] = timeParts(values.time);
      return `${minute} ${hour} * * *`;
    }
    case 'weekly': {
      const [minute, hour] = timeParts(values.time);
      const days = [...values.weekdays].sort((a, b) => a - b).join(',');
      return `${minute} ${hour} * * ${days || '*'}`;
    }
    case 'custom':
      return values.customCron.trim();
  }
};
