import { namespaceReadiness } from './namespaceReadiness';

test('nothing readable: neither locations nor enforcement is claimed', () => {
  expect(namespaceReadiness({})).toEqual({});
});

test('the namespace’s locations, by name, usable once Created, with the failing reason', () => {
  expect(
    namespaceReadiness({
      locations: [
        {
          metadata: { name: 'team-b' },
          status: {
            phase: 'New',
            conditions: [
              {
                type: 'ClusterAdminApproved',
                status: 'False',
                message: 'awaiting approval by the cluster administrator',
              },
            ],
          },
        },
        { metadata: { name: 'team-a' }, status: { phase: 'Created' } },
      ],
    }),
  ).toEqual({
    locations: [
      { name: 'team-a', phase: 'Created', usable: true },
      {
        name: 'team-b',
        phase: 'New',
        usable: false,
        message: 'awaiting approval by the cluster administrator',
      },
    ],
  });
});

test('a readable DPA with non-admin on: the backup fields it enforces, sorted', () => {
  const dpa = (nonAdmin: Record<string, unknown>) => ({
    metadata: { name: 'dpa', namespace: 'openshift-adp' },
    spec: { nonAdmin },
  });
  expect(
    namespaceReadiness({
      locations: [],
      dpas: [dpa({ enable: true, enforceBackupSpec: { ttl: '24h', snapshotMoveData: true } })],
    }),
  ).toEqual({ locations: [], enforced: ['snapshotMoveData', 'ttl'] });
  expect(namespaceReadiness({ dpas: [dpa({ enable: true })] })).toEqual({ enforced: [] });
  // Non-admin off in the only DPA: it says nothing about this user's backups.
  expect(namespaceReadiness({ dpas: [dpa({ enable: false })] })).toEqual({});
});
