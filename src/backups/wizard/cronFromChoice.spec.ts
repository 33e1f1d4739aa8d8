import { cronFromChoice } from './cronFromChoice';
import { defaultWizardValues } from './wizardValues';

const base = defaultWizardValues([], true);

test.each([
  [{ cronPreset: 'hourly' as const, minute: '15' }, '15 * * * *'],
  [{ cronPreset: 'daily' as const, time: '02:00' }, '0 2 * * *'],
  [{ cronPreset: 'weekly' as const, time: '23:30', weekdays: [5, 1] }, '30 23 * * 1,5'],
  [{ cronPreset: 'custom' as const, customCron: ' @every 6h ' }, '@every 6h'],
])('%p is %p', (choice, expression) => {
  expect(cronFromChoice({ ...base, ...choice })).toBe(expression);
});
