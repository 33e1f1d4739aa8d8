import { useNameProblemText } from '@shared/hooks/useNameProblemText';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { LocationOption, WizardProblems } from './wizardProblems';

export type ProblemTexts = Partial<Record<keyof WizardProblems, string>>;

/** The message next to each field for each problem of the wizard's choices. */
export const useWizardProblemText = (
  problems: WizardProblems,
  locations: LocationOption[],
  storageLocation: string,
  asSchedule: boolean,
): ProblemTexts => {
  const { t } = usePluginTranslation();
  const nameText = useNameProblemText();
  const ttl: Record<string, string> = {
    empty: t('Enter a TTL, e.g. 72h or 1h30m.'),
    format: t('Use a duration of hours, minutes and seconds, e.g. 72h, 90m or 1h30m.'),
    negative: t('The TTL cannot be negative.'),
    zero: t('A TTL of 0 means the default (720h) to Velero; tick "Never expires" to keep backups.'),
    'too-long': t('The TTL can be at most 876000h (100 years).'),
  };
  const location = locations.find((l) => l.name === storageLocation);
  return {
    vms: problems.vms ? t('Pick at least one VM.') : undefined,
    name:
      problems.name === 'taken'
        ? asSchedule
          ? t('A schedule with this name already exists.')
          : t('A backup with this name already exists.')
        : nameText(problems.name),
    ttl: problems.ttl ? ttl[problems.ttl] : undefined,
    storageLocation:
      problems.storageLocation === 'unavailable'
        ? t('{{name}} is unavailable: {{message}}', {
            name: storageLocation,
            message: location?.message ?? '',
          })
        : problems.storageLocation
          ? t('Pick a storage location.')
          : undefined,
  };
};
