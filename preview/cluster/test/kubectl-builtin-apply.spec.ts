/**
 * kubectl apply of built-in kinds (issue 10 part 6): kubectl computes a strategic merge patch
 * from the OpenAPI v3 schemas the server publishes, as against a real API server, so neither a
 * re-apply nor a change of an existing Namespace or StorageClass prints "error calculating patch
 * from openapi v3 spec".
 */
import { kubectl, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import { yaml } from './fixtures';

let cluster: TestCluster;

beforeAll(async () => {
  cluster = await startTestCluster();
});

afterAll(async () => {
  await cluster.close();
});

const namespace = (team: string) => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name: 'team-space', labels: { team } },
});

const storageClass = (type: string) => ({
  apiVersion: 'storage.k8s.io/v1',
  kind: 'StorageClass',
  metadata: { name: 'fast' },
  provisioner: 'example.com/fast',
  parameters: { type },
});

const apply = (manifest: object, extra: string[] = []) =>
  kubectl(cluster, ['apply', ...extra, '-f', '-'], { input: yaml(manifest) });

test('re-applying and changing an existing Namespace computes its patch without a warning', async () => {
  const created = await kubectl(cluster, ['create', '-f', '-'], {
    input: yaml(namespace('a')),
  });
  expect(created).toMatchObject({ code: 0, stdout: 'namespace/team-space created\n' });

  // Created without apply: kubectl adds its last-applied annotation with a computed patch.
  const first = await apply(namespace('a'));
  expect(first.code).toBe(0);
  expect(first.stdout).toBe('namespace/team-space configured\n');
  expect(first.stderr).not.toContain('error calculating patch');

  const again = await apply(namespace('a'));
  expect(again).toEqual({ code: 0, stdout: 'namespace/team-space unchanged\n', stderr: '' });

  const changed = await apply(namespace('b'), ['-v=9']);
  expect(changed.stdout).toBe('namespace/team-space configured\n');
  expect(changed.stderr).not.toContain('error calculating patch');
  expect(changed.stderr).toContain('Content-Type: application/strategic-merge-patch+json');
  const labels = await kubectl(cluster, [
    'get',
    'namespace',
    'team-space',
    '-o',
    'jsonpath={.metadata.labels.team}',
  ]);
  expect(labels.stdout).toBe('b');
});

test('re-applying and changing a StorageClass computes its patch without a warning', async () => {
  expect(await apply(storageClass('ssd'))).toEqual({
    code: 0,
    stdout: 'storageclass.storage.k8s.io/fast created\n',
    stderr: '',
  });
  expect(await apply(storageClass('ssd'))).toEqual({
    code: 0,
    stdout: 'storageclass.storage.k8s.io/fast unchanged\n',
    stderr: '',
  });
  expect(await apply(storageClass('nvme'))).toEqual({
    code: 0,
    stdout: 'storageclass.storage.k8s.io/fast configured\n',
    stderr: '',
  });
  const parameters = await kubectl(cluster, [
    'get',
    'storageclass',
    'fast',
    '-o',
    'jsonpath={.parameters.type}',
  ]);
  expect(parameters.stdout).toBe('nvme');
});

test('kubectl explain describes a built-in kind from its schema', async () => {
  const explained = await kubectl(cluster, ['explain', 'storageclass.parameters']);
  expect(explained.code).toBe(0);
  expect(explained.stdout).toContain('FIELD: parameters <map[string]string>');
});
