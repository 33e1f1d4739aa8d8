import { render, screen } from '@testing-library/react';
import { NextRuns } from './NextRuns';

const FROM = new Date('2026-12-01T23:00:00Z');

const withZone = (zone: string) =>
  jest.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
    ...new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).resolvedOptions(),
    timeZone: zone,
  });

afterEach(() => jest.restoreAllMocks());

test('shows each run in the browser zone and in UTC, where Velero runs it', () => {
  withZone('America/New_York');
  render(<NextRuns expression="0 2 * * *" from={FROM} count={2} />);
  expect(screen.getByText('Next runs (your time, America/New_York / UTC)')).toBeVisible();
  expect(screen.getAllByTestId('next-run').map((item) => item.textContent)).toEqual([
    'Dec 1, 2026, 9:00 PM / Dec 2, 2026, 2:00 AM',
    'Dec 2, 2026, 9:00 PM / Dec 3, 2026, 2:00 AM',
  ]);
});

test('one column when the browser is in UTC; nothing for an invalid expression', () => {
  withZone('UTC');
  const { unmount } = render(<NextRuns expression="@every 6h" from={FROM} count={1} />);
  expect(screen.getByText('Next runs (UTC, the Velero server’s time zone)')).toBeVisible();
  expect(screen.getByTestId('next-run')).toHaveTextContent('Dec 2, 2026, 5:00 AM');
  unmount();
  render(<NextRuns expression="61 * * * *" from={FROM} />);
  expect(screen.queryByTestId('next-runs')).not.toBeInTheDocument();
});
