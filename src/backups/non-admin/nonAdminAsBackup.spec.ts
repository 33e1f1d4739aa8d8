import { nonAdminAsBackup } from './nonAdminAsBackup';

const labels = { 'vms.vm-data-protection.io/fedora-web': 'demo' };

test('mirrored: the Velero spec and status under the NAB’s own name and labels, its namespace only', () => {
  expect(
    nonAdminAsBackup({
      apiVersion: 'oadp.openshift.io/v1alpha1',
      kind: 'NonAdminBackup',
      metadata: { name: 'web-1', namespace: 'demo', labels },
      spec: { backupSpec: { ttl: '720h0m0s' } },
      status: {
        phase: 'Created',
        veleroBackup: {
          name: 'demo-web-1-uuid',
          spec: {
            ttl: '720h0m0s',
            includedNamespaces: ['demo'],
            excludedResources: ['nonadminbackups'],
          },
          status: { phase: 'Completed', completionTimestamp: '2026-12-02T02:00:00Z' },
        },
      },
    }),
  ).toEqual({
    apiVersion: 'oadp.openshift.io/v1alpha1',
    kind: 'NonAdminBackup',
    metadata: { name: 'web-1', namespace: 'demo', labels },
    spec: { ttl: '720h0m0s', includedNamespaces: ['demo'], excludedResources: ['nonadminbackups'] },
    status: { phase: 'Completed', completionTimestamp: '2026-12-02T02:00:00Z' },
  });
});

test('refused or not yet mirrored: FailedValidation, or the NAB’s own spec and no phase', () => {
  const refused = nonAdminAsBackup({
    metadata: { name: 'bad', namespace: 'demo' },
    spec: { backupSpec: { ttl: '1h0m0s' } },
    status: { phase: 'BackingOff' },
  });
  expect(refused.status).toEqual({ phase: 'FailedValidation' });
  expect(refused.spec).toEqual({ ttl: '1h0m0s', includedNamespaces: ['demo'] });
  expect(nonAdminAsBackup({ metadata: { name: 'new', namespace: 'demo' } }).status).toEqual({});
});
