import { List, ListItem } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { nextRuns, VELERO_TIME_ZONE } from './nextRuns';

type Props = { expression: string; from: Date; count?: number };

const format = (date: Date, timeZone: string, locale?: string) =>
  new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date);

/**
 * The next runs in the browser's zone and in UTC, the Velero pod's zone (a `CRON_TZ=` prefix
 * is honoured by nextRuns). Nothing when the expression is invalid: its field says why.
 */
export const NextRuns = ({ expression, from, count = 5 }: Props) => {
  const { t, i18n } = usePluginTranslation();
  const runs = nextRuns(expression, from, count);
  if (runs.length === 0) return null;
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const sameZone = browserZone === VELERO_TIME_ZONE || browserZone === 'Etc/UTC';
  return (
    <div data-test="next-runs">
      <div className="pf-v6-u-font-weight-bold">
        {sameZone
          ? t('Next runs (UTC, the Velero server’s time zone)')
          : t('Next runs (your time, {{zone}} / UTC)', { zone: browserZone })}
      </div>
      <List isPlain>
        {runs.map((run) => (
          <ListItem key={run.getTime()} data-test="next-run">
            {sameZone
              ? format(run, VELERO_TIME_ZONE, i18n?.language)
              : t('{{local}} / {{utc}}', {
                  local: format(run, browserZone, i18n?.language),
                  utc: format(run, VELERO_TIME_ZONE, i18n?.language),
                })}
          </ListItem>
        ))}
      </List>
    </div>
  );
};
