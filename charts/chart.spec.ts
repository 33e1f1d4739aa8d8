/**
 * The Helm chart renders and lints with the real helm 4 (from the kubectl layer package),
 * and what it renders is what the console needs: a ConsolePlugin pointing at an HTTPS
 * Service whose certificate comes from the service CA, and a hardened nginx Deployment.
 */
import { execFileSync } from 'child_process';
import path from 'path';
import yaml from 'js-yaml';
import { ensureLayerBinary } from '../preview/cluster/tools/kubectl';

type Doc = {
  kind: string;
  metadata: { name: string; annotations?: Record<string, string> };
} & Record<string, unknown>;

const chart = path.join(__dirname, 'vm-data-protection-plugin');
const helm = (...args: string[]) =>
  execFileSync(ensureLayerBinary('helm'), args, {
    encoding: 'utf8',
    env: { ...process.env, HOME: '/tmp' },
  });

describe('Helm chart', () => {
  it('lints', () => {
    expect(helm('lint', chart)).toMatch(/1 chart\(s\) linted, 0 chart\(s\) failed/);
  });

  it('renders the ConsolePlugin, Service, Deployment and nginx config', () => {
    const docs = yaml
      .loadAll(helm('template', 'vdp', chart, '--namespace', 'vm-data-protection'))
      .filter(Boolean) as Doc[];
    const byName = Object.fromEntries(docs.map((d) => [`${d.kind}/${d.metadata.name}`, d]));
    expect(Object.keys(byName).sort()).toEqual([
      'ConfigMap/vm-data-protection-plugin',
      'ConsolePlugin/vm-data-protection-plugin',
      'Deployment/vm-data-protection-plugin',
      'Deployment/vm-data-protection-plugin-backend',
      'Service/vm-data-protection-plugin',
      'Service/vm-data-protection-plugin-backend',
    ]);
    const byKind = Object.fromEntries(
      docs.filter((d) => !d.metadata.name.endsWith('-backend')).map((d) => [d.kind, d]),
    );

    expect(byKind.ConsolePlugin.metadata.name).toBe('vm-data-protection-plugin');
    expect(byKind.ConsolePlugin.spec).toEqual({
      displayName: 'VM Data Protection',
      i18n: { loadType: 'Preload' },
      backend: {
        type: 'Service',
        service: {
          name: 'vm-data-protection-plugin',
          namespace: 'vm-data-protection',
          port: 9443,
          basePath: '/',
        },
      },
      proxy: [
        {
          alias: 'velero',
          authorization: 'UserToken',
          endpoint: {
            type: 'Service',
            service: {
              name: 'vm-data-protection-plugin-backend',
              namespace: 'vm-data-protection',
              port: 8443,
            },
          },
        },
      ],
    });
    expect(byKind.Service.metadata.annotations).toEqual({
      'service.beta.openshift.io/serving-cert-secret-name': 'vm-data-protection-plugin-cert',
    });

    const pod = (byKind.Deployment.spec as { template: { spec: Record<string, unknown> } }).template
      .spec as {
      securityContext: Record<string, unknown>;
      containers: { securityContext: Record<string, unknown> }[];
    };
    expect(pod.securityContext).toEqual({
      runAsNonRoot: true,
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(pod.containers[0].securityContext).toEqual({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    });
    expect((byKind.ConfigMap.data as Record<string, string>)['nginx.conf']).toContain(
      'listen 9443 ssl;',
    );
  });

  it('deploys the backend under PSA restricted, with service-CA TLS and no service-account token', () => {
    const docs = yaml
      .loadAll(helm('template', 'vdp', chart, '--namespace', 'vm-data-protection'))
      .filter(Boolean) as Doc[];
    const service = docs.find(
      (d) => d.kind === 'Service' && d.metadata.name === 'vm-data-protection-plugin-backend',
    );
    expect(service?.metadata.annotations).toEqual({
      'service.beta.openshift.io/serving-cert-secret-name':
        'vm-data-protection-plugin-backend-cert',
    });
    const deployment = docs.find(
      (d) => d.kind === 'Deployment' && d.metadata.name === 'vm-data-protection-plugin-backend',
    ) as { spec: { template: { spec: Record<string, unknown> } } } | undefined;
    const pod = deployment?.spec.template.spec as {
      automountServiceAccountToken: boolean;
      securityContext: Record<string, unknown>;
      containers: {
        securityContext: Record<string, unknown>;
        env: { name: string; value: string }[];
        readinessProbe: unknown;
      }[];
      volumes: { name: string; secret?: { secretName: string } }[];
    };
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(pod.securityContext).toEqual({
      runAsNonRoot: true,
      seccompProfile: { type: 'RuntimeDefault' },
    });
    const [container] = pod.containers;
    expect(container.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    });
    expect(Object.fromEntries(container.env.map((e) => [e.name, e.value]))).toEqual({
      VDP_BACKEND_PORT: '8443',
      VDP_TLS_CERT: '/var/cert/tls.crt',
      VDP_TLS_KEY: '/var/cert/tls.key',
      VDP_API_CA: '/var/ca/kube/ca.crt',
      VDP_OBJECT_STORE_CA: '/var/ca/object-store/ca.crt',
    });
    expect(container.readinessProbe).toEqual({
      httpGet: { path: '/healthz', port: 8443, scheme: 'HTTPS' },
    });
    expect(pod.volumes.find((v) => v.name === 'cert')?.secret?.secretName).toBe(
      'vm-data-protection-plugin-backend-cert',
    );
  });

  it('renders without the backend (and without a proxy) when it is disabled', () => {
    const docs = yaml
      .loadAll(helm('template', 'vdp', chart, '--set', 'backend.enabled=false'))
      .filter(Boolean) as Doc[];
    expect(docs.map((d) => d.metadata.name)).not.toContain('vm-data-protection-plugin-backend');
    const plugin = docs.find((d) => d.kind === 'ConsolePlugin');
    expect(plugin?.spec).toBeDefined();
    expect((plugin?.spec as Record<string, unknown>).proxy).toBeUndefined();
  });
});
