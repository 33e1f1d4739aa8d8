/**
 * kubevirt-velero-plugin and the freeze hooks with kubectl (research/oadp-velero.md §3.2,
 * §3.4): no guest agent → virt-freezer exits 0 (crash-consistent, no error); the freeze-fail
 * knob → an error and PartiallyFailed; the plugin's rules for running VMs in its own words;
 * without the `csi` plugin claims are skipped and the backup still ends Completed.
 */
import { eventually, kubectl, startTestCluster } from './harness';
import type { TestCluster } from './harness';
import { vmManifest, yaml } from './fixtures';
import {
  NS,
  backupManifest,
  bucketJson,
  bucketText,
  bareDpaManifest,
  installOadpWithDefaultLocation,
} from './velero-fixtures';

let cluster: TestCluster;
type Backup = { status?: Record<string, unknown> & { phase?: string } };
const FREEZE_FAIL = 'local-cluster.vm-data-protection.io/freeze-fail';

async function apply(object: unknown): Promise<void> {
  const result = await kubectl(cluster, ['apply', '-f', '-'], { input: yaml(object) });
  if (result.code !== 0) throw new Error(result.stderr);
}

const finished = (name: string) =>
  eventually(async () => {
    const result = await kubectl(cluster, ['get', 'backup', name, '-n', NS, '-o', 'json']);
    const status = result.code === 0 ? (JSON.parse(result.stdout) as Backup).status : undefined;
    return ['Completed', 'PartiallyFailed', 'Failed'].includes(status?.phase ?? '')
      ? status
      : undefined;
  }, `${name} to finish`);

/** A running VM alone in its namespace; `annotations` go on its template (so on the VMI). */
async function vmIn(
  namespace: string,
  options: { guestAgent?: boolean; annotations?: Record<string, string> } = {},
) {
  await apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } });
  const vm = vmManifest(namespace, { guestAgent: options.guestAgent });
  const template = vm.spec.template as { metadata?: { annotations?: Record<string, string> } };
  template.metadata = {
    annotations: { ...template.metadata?.annotations, ...options.annotations },
  };
  await apply({ ...vm, metadata: { name: namespace, namespace } });
  await eventually(async () => {
    const pods = await kubectl(cluster, [
      'get',
      'pods',
      '-n',
      namespace,
      '-o',
      'jsonpath={.items[*].status.phase}',
    ]);
    return pods.stdout === 'Running' ? true : undefined;
  }, `${namespace}'s launcher pod`);
}

beforeAll(async () => {
  cluster = await startTestCluster({ timeScale: 200 });
  await installOadpWithDefaultLocation(apply);
});

afterAll(async () => {
  await cluster.close();
});

test("launcher pods carry KubeVirt's freeze and thaw hook annotations", async () => {
  await vmIn('agentless', { guestAgent: false });
  const pods = await kubectl(cluster, ['get', 'pods', '-n', 'agentless', '-o', 'json']);
  const [pod] = (
    JSON.parse(pods.stdout) as { items: { metadata: { annotations: Record<string, string> } }[] }
  ).items;
  expect(pod.metadata.annotations).toMatchObject({
    'pre.hook.backup.velero.io/container': 'compute',
    'pre.hook.backup.velero.io/command':
      '["/usr/bin/virt-freezer","--freeze","--name","agentless","--namespace","agentless"]',
    'post.hook.backup.velero.io/container': 'compute',
    'post.hook.backup.velero.io/command':
      '["/usr/bin/virt-freezer","--unfreeze","--name","agentless","--namespace","agentless"]',
  });
});

test('no guest agent: virt-freezer says so and exits 0, the backup is Completed without errors', async () => {
  await apply(backupManifest('agentless', { includedNamespaces: ['agentless'] }));
  const status = await finished('agentless');
  expect(status).toMatchObject({ phase: 'Completed', hookStatus: { hooksAttempted: 2 } });
  expect(status?.errors).toBeUndefined();
  expect(bucketText(cluster, 'agentless', '-logs.gz')).toContain(
    'msg="stdout: No guest agent, exiting\\n"',
  );
});

test('the freeze-fail knob: "Error executing hook", hooksFailed and PartiallyFailed', async () => {
  await vmIn('freeze', { annotations: { [FREEZE_FAIL]: 'true' } });
  await apply(backupManifest('freeze', { includedNamespaces: ['freeze'] }));
  const status = await finished('freeze');
  expect(status).toMatchObject({
    phase: 'PartiallyFailed',
    errors: 1,
    hookStatus: { hooksAttempted: 2, hooksFailed: 1 },
  });
  expect(bucketJson(cluster, 'freeze', '-results.gz')).toEqual({
    errors: {
      velero: [' message: /Error executing hook error: /command terminated with exit code 1'],
    },
    warnings: {},
  });
});

test('kubevirt-velero-plugin: "*" and a left-out pod fail a running VM in the plugin\'s words', async () => {
  await vmIn('rules');
  const wrap = (gr: string, message: string) =>
    ` name: /rules message: /Error backing up item error: /error executing custom action (groupResource=${gr}, namespace=rules, name=rules): rpc error: code = Unknown desc = ${message}`;
  await apply(backupManifest('star', { includedNamespaces: ['rules'], includedResources: ['*'] }));
  expect(await finished('star')).toMatchObject({ phase: 'PartiallyFailed', errors: 1 });
  expect(bucketJson(cluster, 'star', '-results.gz')).toEqual({
    errors: { velero: [wrap('virtualmachines.kubevirt.io', 'VM cannot be safely backed up')] },
    warnings: {},
  });
  await apply(
    backupManifest('no-pods', { includedNamespaces: ['rules'], excludedResources: ['pods'] }),
  );
  expect(await finished('no-pods')).toMatchObject({ phase: 'PartiallyFailed', errors: 2 });
  const results = bucketJson(cluster, 'no-pods', '-results.gz') as { errors: { velero: string[] } };
  expect(results.errors.velero.sort()).toEqual(
    [
      wrap(
        'virtualmachineinstances.kubevirt.io',
        'VM is running but launcher pod is not included in the backup',
      ),
      wrap('virtualmachines.kubevirt.io', 'VM cannot be safely backed up'),
    ].sort(),
  );
});

test('without the csi plugin claims are skipped and the backup still ends Completed', async () => {
  const noCsi = bareDpaManifest({ plugins: ['openshift', 'kubevirt', 'aws'] });
  const patched = await kubectl(cluster, [
    'patch',
    'dpa',
    'dpa-sample',
    '-n',
    NS,
    '--type',
    'merge',
    '-p',
    JSON.stringify({ spec: noCsi.spec }),
  ]);
  expect(patched.code).toBe(0);
  await apply(backupManifest('no-csi', { includedNamespaces: ['rules'] }));
  const status = await finished('no-csi');
  expect(status?.phase).toBe('Completed');
  expect(status?.csiVolumeSnapshotsAttempted).toBeUndefined();
  expect(status?.backupItemOperationsAttempted).toBeUndefined();
  const infos = bucketJson(cluster, 'no-csi', '-volumeinfo.json.gz') as Record<string, unknown>[];
  expect(infos.map((i) => [i.pvcName, i.skipped, i.skippedReason])).toEqual([
    ['rules-rootdisk', true, 'volumeSnapshot: no applicable volumesnapshotter found;'],
  ]);
});

test('a VM brings the config maps and secrets its volumes use, even when only the VM is selected', async () => {
  await apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'configured' } });
  await apply({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'app-config', namespace: 'configured' },
    data: { a: 'b' },
  });
  await apply({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'app-secret', namespace: 'configured' },
    stringData: { k: 'v' },
  });
  await apply({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'unrelated', namespace: 'configured' },
    data: { x: 'y' },
  });
  const vm = vmManifest('configured', { runStrategy: 'Halted', disks: [] });
  const template = vm.spec.template as {
    spec: { domain: { devices: { disks: unknown[] } }; volumes: unknown[] };
  };
  template.spec.domain.devices.disks = [
    { name: 'config', disk: {} },
    { name: 'secret', disk: {} },
  ];
  template.spec.volumes = [
    { name: 'config', configMap: { name: 'app-config' } },
    { name: 'secret', secret: { secretName: 'app-secret' } },
  ];
  await apply({
    ...vm,
    metadata: { name: 'configured', namespace: 'configured', labels: { app: 'configured' } },
  });
  await apply(
    backupManifest('configured', {
      includedNamespaces: ['configured'],
      labelSelector: { matchLabels: { app: 'configured' } },
    }),
  );
  expect((await finished('configured'))?.phase).toBe('Completed');
  expect(bucketJson(cluster, 'configured', '-resource-list.json.gz')).toEqual({
    'kubevirt.io/v1/VirtualMachine': ['configured/configured'],
    'v1/ConfigMap': ['configured/app-config'],
    'v1/Namespace': ['configured'],
    'v1/Secret': ['configured/app-secret'],
  });
});
