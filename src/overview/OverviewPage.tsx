import { useBackupWizardEntry } from '@backups/wizard/openBackupWizard';
import { ListReadiness } from '@backups/readiness/ListReadiness';
import { DocumentTitle, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { PageSection } from '@patternfly/react-core';
import { useNow } from '@shared/hooks/useNow';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { Overview } from './page/Overview';
import { STALE_PARAM, parseStaleHours } from './rules/staleThreshold';
import { useCoverage } from './useCoverage';
import { useCoverageNamespace } from './useCoverageNamespace';
import { useOverviewBackupSource } from './useOverviewBackupSource';

const HOUR = 3600 * 1000;

/**
 * `console.page/route` `/data-protection` (DESIGN §6 "Overview"): is every VM protected?
 * One data hook (`useCoverage`), one presentational body; the threshold lives in the URL.
 */
export const OverviewPage = () => {
  const { t } = usePluginTranslation();
  const [params, setParams] = useSearchParams();
  const staleHours = parseStaleHours(params.get(STALE_PARAM));
  const onStaleHours = useCallback(
    (hours: number) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set(STALE_PARAM, String(hours));
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  // Ages move by the minute; a faster tick would recompute 1,000 rows for nothing.
  const now = useNow(60_000);
  const namespace = useCoverageNamespace();
  const { source, mode } = useOverviewBackupSource(namespace);
  const data = useCoverage(source, staleHours * HOUR, now, namespace);
  const admin = {
    backup: useBackupWizardEntry(),
    schedule: useBackupWizardEntry({ schedule: true }),
  };
  const nonAdmin = mode.kind === 'non-admin';
  const noSchedules = t('Schedules are managed by the cluster administrator.');
  // Reviewed once for the page, never per row; stable so the columns are not rebuilt. A
  // namespace user backs up through the wizard's non-admin mode, which has no schedules.
  const entries = useMemo(
    () =>
      nonAdmin
        ? {
            backup: { ...admin.backup, loading: false, disabledReason: undefined },
            schedule: { ...admin.schedule, loading: false, disabledReason: noSchedules },
          }
        : admin,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      nonAdmin,
      noSchedules,
      admin.backup.loading,
      admin.backup.disabledReason,
      admin.schedule.loading,
      admin.schedule.disabledReason,
    ],
  );
  return (
    <>
      <DocumentTitle>{t('Data protection')}</DocumentTitle>
      <ListPageHeader title={t('Data protection')} />
      <PageSection>
        <ListReadiness />
        <Overview
          data={data}
          now={now}
          staleHours={staleHours}
          onStaleHours={onStaleHours}
          entries={entries}
        />
      </PageSection>
    </>
  );
};

export default OverviewPage;
