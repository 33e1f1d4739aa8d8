/**
 * The few Kubernetes API calls the backend makes, always with the user's own bearer token
 * (the console proxy's `authorization: UserToken`), so RBAC decides exactly as for the user.
 */
import { apiError } from './errors';
import { requestBuffer } from './http-client';

export interface ApiTarget {
  /** e.g. https://kubernetes.default.svc */
  server: URL;
  ca?: string;
  timeoutMs: number;
}

export type KubeObject = {
  metadata: { name: string; namespace?: string; [key: string]: unknown };
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
} & Record<string, unknown>;

const MAX_OBJECT_BYTES = 3 * 1024 * 1024;

export class KubeApi {
  constructor(
    private readonly target: ApiTarget,
    private readonly token: string,
  ) {}

  get(path: string): Promise<KubeObject> {
    return this.call('GET', path);
  }

  create(path: string, object: Record<string, unknown>): Promise<KubeObject> {
    return this.call('POST', path, JSON.stringify(object));
  }

  private async call(method: string, path: string, body?: string): Promise<KubeObject> {
    const url = new URL(path, this.target.server);
    const { status, body: response } = await requestBuffer(url, {
      method,
      headers: {
        Authorization: `Bearer ${this.token}`,
        Accept: 'application/json',
        ...(body ? { 'Content-Type': 'application/json' } : {}),
      },
      ...(body ? { body } : {}),
      ...(this.target.ca ? { ca: this.target.ca } : {}),
      timeoutMs: this.target.timeoutMs,
      maxBytes: MAX_OBJECT_BYTES,
    });
    if (status < 200 || status >= 300) throw apiError(status, response);
    return JSON.parse(response.toString('utf8')) as KubeObject;
  }
}

export const veleroPath = (namespace: string, plural: string, name?: string): string =>
  `/apis/velero.io/v1/namespaces/${encodeURIComponent(namespace)}/${plural}${name ? `/${encodeURIComponent(name)}` : ''}`;
