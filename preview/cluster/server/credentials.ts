/**
 * The server certificate (kept in the data folder so a kubeconfig stays valid across restarts)
 * and a ready-made kubeconfig with one context per user.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { UserDirectory } from '../auth/users';
import { selfSignedCertificate } from './tls';
import type { Certificate } from './tls';

export function loadOrCreateCertificate(dataDir: string | undefined): Certificate {
  if (!dataDir) return selfSignedCertificate();
  const certPath = join(dataDir, 'tls.crt');
  const keyPath = join(dataDir, 'tls.key');
  if (existsSync(certPath) && existsSync(keyPath)) {
    return { cert: readFileSync(certPath, 'utf8'), key: readFileSync(keyPath, 'utf8') };
  }
  const certificate = selfSignedCertificate();
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(keyPath, certificate.key, { mode: 0o600 });
  writeFileSync(certPath, certificate.cert);
  return certificate;
}

/** A kubeconfig for https://127.0.0.1:<port> with contexts admin, developer and viewer. */
export function kubeconfig(
  httpsUrl: string,
  certificate: Certificate,
  users: UserDirectory,
  namespace = 'demo',
): string {
  const named: { name: string; user: { token?: string } }[] = [...users.byToken.entries()].map(
    ([token, user]) => ({ name: user.name, user: { token } }),
  );
  if (!named.some((u) => u.name === users.anonymous.name))
    named.unshift({ name: users.anonymous.name, user: {} });
  return yaml.dump({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [
      {
        name: 'local',
        cluster: {
          server: httpsUrl,
          'certificate-authority-data': Buffer.from(certificate.cert).toString('base64'),
        },
      },
    ],
    users: named,
    contexts: named.map((u) => ({
      name: u.name,
      context: { cluster: 'local', user: u.name, namespace },
    })),
    'current-context': users.anonymous.name,
  });
}

export function writeKubeconfig(dataDir: string, text: string): string {
  const path = join(dataDir, 'kubeconfig');
  writeFileSync(path, text, { mode: 0o600 });
  return path;
}
