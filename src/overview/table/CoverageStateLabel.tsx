import { Label } from '@patternfly/react-core';
import type { CoverageState } from '../rules/coverageRows';
import { useCoverageStateText } from './useCoverageStateText';

const COLOR = { protected: 'green', stale: 'orange', unprotected: 'red', unknown: 'grey' } as const;

/** A VM's coverage state, its meaning on hover. */
export const CoverageStateLabel = ({ state }: { state: CoverageState }) => {
  const text = useCoverageStateText()[state];
  return (
    <Label isCompact color={COLOR[state]} title={text.meaning} data-test="coverage-state">
      {text.label}
    </Label>
  );
};
