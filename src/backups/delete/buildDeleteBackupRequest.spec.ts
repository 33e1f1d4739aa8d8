import { buildDeleteBackupRequest, deleteRequestsOf } from './buildDeleteBackupRequest';

test('the request exactly as the Velero CLI makes it', () => {
  expect(
    buildDeleteBackupRequest({
      metadata: { name: 'demo-nightly-20261130020000', namespace: 'openshift-adp', uid: 'u-1' },
    }),
  ).toEqual({
    apiVersion: 'velero.io/v1',
    kind: 'DeleteBackupRequest',
    metadata: {
      generateName: 'demo-nightly-20261130020000-',
      namespace: 'openshift-adp',
      labels: {
        'velero.io/backup-name': 'demo-nightly-20261130020000',
        'velero.io/backup-uid': 'u-1',
      },
    },
    spec: { backupName: 'demo-nightly-20261130020000' },
  });
});

test('a long name keeps label and generateName within their limits', () => {
  const request = buildDeleteBackupRequest({
    metadata: { name: 'a'.repeat(250), namespace: 'n', uid: 'u' },
  });
  expect(request.metadata?.generateName).toHaveLength(241);
  expect(request.metadata?.labels?.['velero.io/backup-name']).toHaveLength(63);
  expect(request.spec?.backupName).toHaveLength(250);
});

test('pending and failed requests of one backup', () => {
  const requests = [
    { spec: { backupName: 'b1' }, status: { phase: 'InProgress' } },
    {
      spec: { backupName: 'b1' },
      status: {
        phase: 'Processed',
        errors: [
          'cannot delete backup because backup storage location offsite is currently in read-only mode',
        ],
      },
    },
    { spec: { backupName: 'b2' }, status: { phase: 'New' } },
  ];
  expect(deleteRequestsOf('b1', requests)).toEqual({
    pending: true,
    errors: [
      'cannot delete backup because backup storage location offsite is currently in read-only mode',
    ],
  });
  expect(deleteRequestsOf('b3', requests)).toEqual({ pending: false, errors: [] });
});
