/**
 * OADP Self-Service refusals and permissions with the real kubectl (research/oadp-velero.md
 * §2.10; migtools/oadp-non-admin `ValidateBackupSpec` / `ValidateRestoreSpec`; OLM's roles
 * for OADP's CRDs): restricted fields get the controller's condition messages and no Velero
 * object; `developer` cannot read openshift-adp; `viewer` may only read.
 */
import { kubectl, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import { yaml } from './fixtures';
import { installOadp } from './velero-fixtures';
import type { Obj } from './oadp-non-admin-helpers';
import {
  asDeveloper as applyAsDeveloper,
  conditions,
  nab,
  nar,
  waitFor as waitForObject,
} from './oadp-non-admin-helpers';

let cluster: TestCluster;

beforeAll(async () => {
  cluster = await startTestCluster({ timeScale: 100 });
  await installOadp(cluster, { nonAdmin: true });
});

afterAll(async () => {
  await cluster.close();
});

const waitFor = (kind: string, name: string, namespace: string, test: (o: Obj) => boolean) =>
  waitForObject(cluster, kind, name, namespace, test);
const asDeveloper = (object: unknown) => applyAsDeveloper(cluster, object);

test.each([
  [
    'other-ns',
    { includedNamespaces: ['demo', 'default'] },
    'NonAdminBackup spec.backupSpec.includedNamespaces is restricted, can not contain namespaces other than: demo',
  ],
  [
    'excluded',
    { excludedNamespaces: ['kube-system'] },
    'NonAdminBackup spec.backupSpec.excludedNamespaces is restricted',
  ],
  [
    'cluster',
    { includeClusterResources: true },
    'NonAdminBackup spec.backupSpec.includeClusterResources is restricted, can only be set to false',
  ],
  [
    'vsl',
    { volumeSnapshotLocations: ['aws'] },
    'NonAdminBackup spec.backupSpec.volumeSnapshotLocations is restricted',
  ],
])(
  'a NonAdminBackup with %s is refused and makes no Velero Backup',
  async (name, spec, message) => {
    expect((await asDeveloper(nab(name, spec))).code).toBe(0);
    const refused = await waitFor(
      'nonadminbackup',
      name,
      'demo',
      (o) => o.status?.phase === 'BackingOff',
    );
    expect(conditions(refused)).toEqual({ Accepted: ['False', 'InvalidBackupSpec', message] });
    expect(refused.status?.veleroBackup).toBeUndefined();
    const backups = await kubectl(cluster, [
      'get',
      'backups',
      '-n',
      'openshift-adp',
      '-o',
      'jsonpath={.items[*].metadata.name}',
    ]);
    expect(backups.stdout).not.toContain(`demo-${name}-`);
  },
);

test('a NonAdminRestore may not map namespaces or name a missing backup', async () => {
  expect(
    (await asDeveloper(nar('mapped', { backupName: 'nope', namespaceMapping: { demo: 'other' } })))
      .code,
  ).toBe(0);
  const missing = await waitFor(
    'nonadminrestore',
    'mapped',
    'demo',
    (o) => o.status?.phase === 'BackingOff',
  );
  expect(conditions(missing).Accepted).toEqual([
    'False',
    'InvalidRestoreSpec',
    'NonAdminRestore spec.restoreSpec.backupName is invalid: nonadminbackups.oadp.openshift.io "nope" not found',
  ]);
  expect((await asDeveloper(nab('ready', {}))).code).toBe(0);
  await waitFor('nonadminbackup', 'ready', 'demo', (o) => o.status?.phase === 'Created');
  expect(
    (
      await asDeveloper(
        nar('mapped2', { backupName: 'ready', namespaceMapping: { demo: 'other' } }),
      )
    ).code,
  ).toBe(0);
  const mapped = await waitFor(
    'nonadminrestore',
    'mapped2',
    'demo',
    (o) => o.status?.phase === 'BackingOff',
  );
  expect(conditions(mapped).Accepted).toEqual([
    'False',
    'InvalidRestoreSpec',
    'NonAdminRestore nonAdminRestore.spec.restoreSpec.namespaceMapping is restricted',
  ]);
});

test('developer cannot read openshift-adp; viewer may read NonAdminBackups in demo but not create them', async () => {
  const denied = await kubectl(cluster, ['get', 'backups', '-n', 'openshift-adp'], {
    user: 'developer',
  });
  expect(denied.code).not.toBe(0);
  expect(denied.stderr).toContain(
    'backups.velero.io is forbidden: User "developer" cannot list resource "backups" in API group "velero.io" in the namespace "openshift-adp"',
  );
  expect(
    (
      await kubectl(cluster, ['auth', 'can-i', 'create', 'nonadminrestores', '-n', 'demo'], {
        user: 'developer',
      })
    ).stdout.trim(),
  ).toBe('yes');
  expect(
    (
      await kubectl(cluster, ['auth', 'can-i', 'get', 'secrets', '-n', 'openshift-adp'], {
        user: 'developer',
      })
    ).stdout.trim(),
  ).toBe('no');
  expect(
    (await kubectl(cluster, ['get', 'nonadminbackups', '-n', 'demo'], { user: 'viewer' })).code,
  ).toBe(0);
  const create = await kubectl(cluster, ['create', '-f', '-'], {
    user: 'viewer',
    input: yaml(nab('by-viewer', {})),
  });
  expect(create.stderr).toContain(
    'nonadminbackups.oadp.openshift.io is forbidden: User "viewer" cannot create resource "nonadminbackups" in API group "oadp.openshift.io" in the namespace "demo"',
  );
});
