import { Card, CardBody, CardTitle, Gallery } from '@patternfly/react-core';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import type { CoverageCounts } from '../rules/coverageRows';
import { useCoverageStateText } from '../table/useCoverageStateText';

type Props = { counts: CoverageCounts; failures: number; backupsKnown: boolean };

const CountCard = ({
  title,
  value,
  dataTest,
}: {
  title: string;
  value: number;
  dataTest: string;
}) => (
  <Card isCompact data-test={dataTest}>
    <CardTitle component="h2">{title}</CardTitle>
    <CardBody>
      <span className="pf-v6-u-font-size-2xl" data-test={`${dataTest}-value`}>
        {value}
      </span>
    </CardBody>
  </Card>
);

/** The counts at the top of the overview; "Unknown" only when backups could not be read. */
export const CoverageCards = ({ counts, failures, backupsKnown }: Props) => {
  const { t } = usePluginTranslation();
  const text = useCoverageStateText();
  return (
    <Gallery hasGutter minWidths={{ default: '160px' }} className="pf-v6-u-mb-md">
      <CountCard
        title={text.unprotected.label}
        value={counts.unprotected}
        dataTest="count-unprotected"
      />
      <CountCard title={text.stale.label} value={counts.stale} dataTest="count-stale" />
      {(!backupsKnown || counts.unknown > 0) && (
        <CountCard title={text.unknown.label} value={counts.unknown} dataTest="count-unknown" />
      )}
      <CountCard title={text.protected.label} value={counts.protected} dataTest="count-protected" />
      <CountCard title={t('Failures, last 24 hours')} value={failures} dataTest="count-failures" />
    </Gallery>
  );
};
