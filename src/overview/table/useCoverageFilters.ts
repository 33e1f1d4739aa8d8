import type { SelectFilter } from '@shared/components/DataTable/tableQuery';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useMemo } from 'react';
import type { CoverageRow } from '../rules/coverageRows';
import { COVERAGE_STATES } from '../rules/coverageRows';
import { useCoverageStateText } from './useCoverageStateText';

/** In the URL as `vdp-namespace` and `vdp-state` (the shared table adds the prefix). */
export const NAMESPACE_FILTER = 'namespace';
export const STATE_FILTER = 'state';

export const useCoverageFilters = (rows: CoverageRow[]): SelectFilter<CoverageRow>[] => {
  const { t } = usePluginTranslation();
  const stateText = useCoverageStateText();
  const namespaces = useMemo(
    () => [...new Set(rows.map((row) => row.vm.namespace))].sort(),
    [rows],
  );
  return useMemo(
    () => [
      {
        param: NAMESPACE_FILTER,
        label: t('Namespace'),
        ariaLabel: t('Filter by namespace'),
        options: namespaces.map((ns) => ({ value: ns, label: ns })),
        value: (row) => row.vm.namespace,
      },
      {
        param: STATE_FILTER,
        label: t('State'),
        ariaLabel: t('Filter by state'),
        options: COVERAGE_STATES.map((state) => ({ value: state, label: stateText[state].label })),
        value: (row) => row.state,
      },
    ],
    [t, stateText, namespaces],
  );
};
