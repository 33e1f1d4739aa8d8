/** The allow-list and name checks: only Velero's own files, only DNS-1123 names. */
import { buildDownloadRequest } from '../src/download-request';
import { parseFilePath } from '../src/files';

test.each([
  ['/v1/namespaces/openshift-adp/backups/nightly-1/results', 'BackupResults', 'json'],
  ['/v1/namespaces/openshift-adp/backups/nightly-1/resource-list', 'BackupResourceList', 'json'],
  ['/v1/namespaces/openshift-adp/backups/nightly-1/volume-infos', 'BackupVolumeInfos', 'json'],
  [
    '/v1/namespaces/openshift-adp/backups/nightly-1/csi-volume-snapshots',
    'CSIBackupVolumeSnapshots',
    'json',
  ],
  ['/v1/namespaces/openshift-adp/backups/nightly-1/log', 'BackupLog', 'text'],
  ['/v1/namespaces/openshift-adp/backups/nightly-1/virtual-machines', 'BackupContents', 'vms'],
  ['/v1/namespaces/openshift-adp/restores/r.1/results', 'RestoreResults', 'json'],
  ['/v1/namespaces/openshift-adp/restores/r.1/log', 'RestoreLog', 'text'],
])('%s → %s (%s)', (path, kind, format) => {
  const parsed = parseFilePath(path);
  expect(parsed).toEqual({
    request: expect.objectContaining({
      namespace: 'openshift-adp',
      file: { kind, format },
    }) as unknown,
  });
});

test.each([
  [
    '/v1/namespaces/openshift-adp/backups/b/contents',
    404,
    'unknown file "contents" for backups; one of: results, resource-list, volume-infos, item-operations, log, csi-volume-snapshots',
  ],
  ['/v1/namespaces/openshift-adp/backups/b/constructor', 404, 'unknown file "constructor"'],
  ['/v1/namespaces/openshift-adp/secrets/b/log', 404, 'no such path'],
  ['/v1/namespaces/Openshift/backups/b/log', 400, 'invalid namespace name "Openshift"'],
  ['/v1/namespaces/openshift-adp/backups/B_1/log', 400, 'invalid backups name "B_1"'],
  ['/v1/namespaces/openshift-adp/backups/-a/log', 400, 'invalid backups name "-a"'],
  [`/v1/namespaces/${'a'.repeat(64)}/backups/b/log`, 400, 'invalid namespace name'],
  ['/v1/namespaces/openshift-adp/backups/b/log/extra', 404, 'no such path'],
  ['/v1/namespaces/openshift-adp/backups/%2e%2e/log', 400, 'invalid backups name "%2e%2e"'],
  ['/v2/namespaces/openshift-adp/backups/b/log', 404, 'no such path'],
])('%s is refused (%i)', (path, status, message) => {
  const parsed = parseFilePath(path);
  expect(parsed).toMatchObject({ status });
  expect('error' in parsed && parsed.error).toContain(message);
});

test('the DownloadRequest names only the target kind and name', () => {
  const parsed = parseFilePath('/v1/namespaces/openshift-adp/backups/nightly-1/results');
  if (!('request' in parsed)) throw new Error('expected a request');
  expect(buildDownloadRequest(parsed.request)).toEqual({
    apiVersion: 'velero.io/v1',
    kind: 'DownloadRequest',
    metadata: {
      generateName: 'nightly-1-',
      namespace: 'openshift-adp',
      labels: { 'app.kubernetes.io/created-by': 'vm-data-protection-plugin' },
    },
    spec: { target: { kind: 'BackupResults', name: 'nightly-1' } },
  });
});
