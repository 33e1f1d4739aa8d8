import { nextRuns, nextRunTooFar } from './nextRuns';

const FROM = new Date('2026-12-01T23:00:00Z');
const iso = (dates: Date[]) => dates.map((date) => date.toISOString());

describe('nextRuns', () => {
  it('evaluates in UTC, the Velero pod zone, by default', () => {
    expect(iso(nextRuns('0 2 * * *', FROM, 3))).toEqual([
      '2026-12-02T02:00:00.000Z',
      '2026-12-03T02:00:00.000Z',
      '2026-12-04T02:00:00.000Z',
    ]);
  });

  it('evaluates in the zone asked for, and a CRON_TZ prefix wins over it', () => {
    expect(iso(nextRuns('0 2 * * *', FROM, 1, 'America/New_York'))).toEqual([
      '2026-12-02T07:00:00.000Z',
    ]);
    expect(iso(nextRuns('CRON_TZ=Asia/Tokyo 0 2 * * *', FROM, 1, 'America/New_York'))).toEqual([
      '2026-12-02T17:00:00.000Z',
    ]);
  });

  it('reads names the way the fields do, with robfig OR of day of month and day of week', () => {
    expect(iso(nextRuns('@weekly', FROM, 1))).toEqual(['2026-12-06T00:00:00.000Z']);
    expect(iso(nextRuns('0 0 15 * mon', FROM, 3))).toEqual([
      '2026-12-07T00:00:00.000Z',
      '2026-12-14T00:00:00.000Z',
      '2026-12-15T00:00:00.000Z',
    ]);
  });

  it('adds the @every delay to the time, dropping its sub-second part', () => {
    expect(iso(nextRuns('@every 1h30m', new Date('2026-12-01T23:00:00.750Z'), 2))).toEqual([
      '2026-12-02T00:30:00.000Z',
      '2026-12-02T02:00:00.000Z',
    ]);
  });

  it('gives nothing for an invalid expression or one that never runs', () => {
    expect(nextRuns('61 * * * *', FROM, 5)).toEqual([]);
    expect(nextRuns('0 0 30 2 *', FROM, 5)).toEqual([]);
  });
});

describe('nextRunTooFar', () => {
  it('warns when the first run is more than a year away', () => {
    expect(nextRunTooFar('0 0 29 2 *', new Date('2027-06-01T00:00:00Z'))).toBe(false);
    expect(nextRunTooFar('0 0 29 2 *', FROM)).toBe(true);
    expect(nextRunTooFar('0 0 29 2 *', new Date('2028-03-01T00:00:00Z'))).toBe(true);
    expect(nextRunTooFar('@yearly', FROM)).toBe(false);
    expect(nextRunTooFar('@every 9000h', FROM)).toBe(true);
    expect(nextRunTooFar('61 * * * *', FROM)).toBe(false);
  });
});
