import { vmLabelKey } from './productLabels';
import { schedulesCovering } from './schedulesCovering';

const vm = { metadata: { name: 'fedora-web', namespace: 'demo', labels: { app: 'web' } } };
const schedule = (name: string, template: object, phase = 'Enabled') => ({
  metadata: { name },
  spec: { schedule: '0 2 * * *', template },
  status: { phase },
});

test('by template scope, by template product labels; never a schedule that failed validation', () => {
  const covering = schedulesCovering(
    [
      schedule('demo-nightly', { includedNamespaces: ['demo'] }),
      schedule('prod-only', { includedNamespaces: ['prod'] }),
      schedule('picked', {
        includedNamespaces: ['demo'],
        metadata: { labels: { [vmLabelKey('rhel9-db')]: 'demo' } },
      }),
      schedule('mine', {
        includedNamespaces: ['demo'],
        metadata: { labels: { [vmLabelKey('fedora-web')]: 'demo' } },
      }),
      schedule('broken', { includedNamespaces: ['demo'] }, 'FailedValidation'),
    ],
    vm,
  );
  expect(covering.map((s) => s.metadata?.name)).toEqual(['demo-nightly', 'mine']);
});
