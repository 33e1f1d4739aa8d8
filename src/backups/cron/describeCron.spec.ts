import { describeCron } from './describeCron';

describe('describeCron', () => {
  it.each([
    ['0 2 * * *', 'At 02:00'],
    ['@daily', 'At 00:00'],
    ['@hourly', 'Every hour'],
    ['*/15 * * * 1-5', 'Every 15 minutes, Monday through Friday'],
  ])('words %s as %j', (expression, text) => {
    expect(describeCron(expression)).toEqual({ kind: 'text', text, timeZone: undefined });
  });

  it('gives @every as its duration and keeps a CRON_TZ zone', () => {
    expect(describeCron('@every 1h')).toEqual({
      kind: 'every',
      duration: '1h',
      timeZone: undefined,
    });
    expect(describeCron('CRON_TZ=Europe/Paris 0 2 * * *')).toEqual({
      kind: 'text',
      text: 'At 02:00',
      timeZone: 'Europe/Paris',
    });
  });

  it('falls back to English for a locale cronstrue has not loaded, and words nothing invalid', () => {
    expect(describeCron('0 2 * * *', 'fr-FR')).toEqual({ kind: 'text', text: 'At 02:00' });
    expect(describeCron('* * *')).toBeUndefined();
  });
});
