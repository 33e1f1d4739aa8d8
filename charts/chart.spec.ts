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
    const byKind = Object.fromEntries(docs.map((d) => [d.kind, d]));
    expect(Object.keys(byKind).sort()).toEqual([
      'ConfigMap',
      'ConsolePlugin',
      'Deployment',
      'Service',
    ]);

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
});
