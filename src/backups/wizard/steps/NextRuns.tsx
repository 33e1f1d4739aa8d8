import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useNow } from '@shared/hooks/useNow';
import { nextRuns } from '../../cron/nextRuns';

const format = (date: Date, timeZone?: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    date,
  );

/** The next 5 runs, in the browser's time zone and in UTC. */
export const NextRuns = ({ expression }: { expression: string }) => {
  const { t } = usePluginTranslation();
  const now = useNow(60_000);
  const runs = nextRuns(expression, new Date(now), 5);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <Table aria-label={t('Next runs')} variant="compact" data-test="next-runs">
      <Thead>
        <Tr>
          <Th>{t('Next runs ({{zone}})', { zone })}</Th>
          <Th>{t('UTC')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {runs.map((run) => (
          <Tr key={run.getTime()}>
            <Td>{format(run)}</Td>
            <Td>{format(run, 'UTC')}</Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
