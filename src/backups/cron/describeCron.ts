/**
 * A cron expression in words: cronstrue for fields and `@daily`-style names, 24-hour times;
 * `@every` (which cronstrue does not know) as its duration, for the caller to word.
 */
import cronstrue from 'cronstrue';
import { isCronProblem, parseCron } from './parseCron';

export type CronWords =
  | { kind: 'text'; text: string; timeZone?: string }
  | { kind: 'every'; duration: string; timeZone?: string };

/** Locales cronstrue has loaded; others fall back to English (add `cronstrue/locales/<id>`). */
const LOADED_LOCALES = ['en'];

export const describeCron = (expression: string, locale = 'en'): CronWords | undefined => {
  const parsed = parseCron(expression);
  if (isCronProblem(parsed)) return undefined;
  if (parsed.kind === 'every')
    return { kind: 'every', duration: parsed.duration, timeZone: parsed.timeZone };
  const language = locale.split('-')[0];
  try {
    const text = cronstrue.toString(parsed.fields, {
      locale: LOADED_LOCALES.includes(language) ? language : 'en',
      use24HourTimeFormat: true,
      throwExceptionOnParseError: true,
    });
    return { kind: 'text', text, timeZone: parsed.timeZone };
  } catch {
    return undefined;
  }
};
