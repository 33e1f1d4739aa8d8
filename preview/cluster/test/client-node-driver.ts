/**
 * Runs the real @kubernetes/client-node in its own Node process and takes commands as JSON lines
 * on stdin (one answer per line on stdout). Jest cannot load that ESM-only package on Node 20,
 * so the tests drive it from here; the client itself is used unchanged.
 */
import { createInterface } from 'node:readline';
import * as k8s from '@kubernetes/client-node';
import type { KubernetesObject } from '@kubernetes/client-node';

interface Command {
  id: number;
  op: string;
  args: Record<string, unknown>;
}

interface WatchUntil {
  name?: string;
  path?: string[];
  equals?: unknown;
  type?: string;
  count?: number;
}

interface Clients {
  kc: k8s.KubeConfig;
  objects: k8s.KubernetesObjectApi;
  authorization: k8s.AuthorizationV1Api;
}

const byContext = new Map<string, Clients>();

/** One set of clients per kubeconfig context (user), made on first use. */
function clients(context: string): Clients {
  let found = byContext.get(context);
  if (!found) {
    const kc = new k8s.KubeConfig();
    kc.loadFromFile(process.env.KUBECONFIG ?? '');
    kc.setCurrentContext(context);
    found = {
      kc,
      objects: k8s.KubernetesObjectApi.makeApiClient(kc),
      authorization: kc.makeApiClient(k8s.AuthorizationV1Api),
    };
    byContext.set(context, found);
  }
  return found;
}
const strategies: Record<string, k8s.PatchStrategy> = {
  merge: k8s.PatchStrategy.MergePatch,
  json: k8s.PatchStrategy.JsonPatch,
  strategic: k8s.PatchStrategy.StrategicMergePatch,
};

function describe(error: unknown): string {
  return error instanceof Error ? error.message : JSON.stringify(error);
}

function pick(value: unknown, path: string[]): unknown {
  return path.reduce<unknown>(
    (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
    value,
  );
}

function watch(kc: k8s.KubeConfig, args: Record<string, unknown>): Promise<unknown> {
  const until = (args.until ?? {}) as WatchUntil;
  const events: { type: string; name?: string; resourceVersion?: string; object: unknown }[] = [];
  return new Promise((resolve) => {
    let controller: AbortController | undefined;
    let settled = false;
    const finish = (result: Record<string, unknown>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      controller?.abort();
      resolve({ events, ...result });
    };
    const timer = setTimeout(
      () => finish({ matched: false, timedOut: true }),
      Number(args.timeoutMs ?? 10_000),
    );
    new k8s.Watch(kc)
      .watch(
        String(args.path),
        (args.params ?? {}) as Record<string, string>,
        (type, object: KubernetesObject) => {
          events.push({
            type,
            name: object.metadata?.name,
            resourceVersion: object.metadata?.resourceVersion,
            object,
          });
          const nameOk = until.name === undefined || object.metadata?.name === until.name;
          const typeOk = until.type === undefined || until.type === type;
          const valueOk =
            until.path === undefined ||
            JSON.stringify(pick(object, until.path)) === JSON.stringify(until.equals);
          if (
            (nameOk && typeOk && valueOk && until.count === undefined) ||
            (until.count !== undefined && events.length >= until.count)
          )
            finish({ matched: true });
        },
        (error: unknown) =>
          finish({ matched: false, done: true, error: error ? describe(error) : undefined }),
      )
      .then(
        (c) => (controller = c),
        (error: unknown) => finish({ matched: false, error: describe(error) }),
      );
  });
}

async function run(command: Command): Promise<unknown> {
  const a = command.args;
  const object = a.object as KubernetesObject;
  const { kc, objects, authorization } = clients(
    typeof a.context === 'string' ? a.context : (process.env.KUBE_CONTEXT ?? 'admin'),
  );
  switch (command.op) {
    case 'create':
      return objects.create(object);
    case 'read':
      return objects.read(object as k8s.KubernetesObject & { metadata: { name: string } });
    case 'replace':
      return objects.replace(object);
    case 'patch':
      return objects.patch(
        object,
        undefined,
        undefined,
        undefined,
        undefined,
        strategies[typeof a.strategy === 'string' ? a.strategy : 'merge'],
      );
    case 'delete':
      return objects.delete(
        object,
        undefined,
        undefined,
        undefined,
        undefined,
        a.propagationPolicy as string | undefined,
      );
    case 'list':
      return objects.list(
        String(a.apiVersion),
        String(a.kind),
        a.namespace as string | undefined,
        undefined,
        undefined,
        undefined,
        a.fieldSelector as string | undefined,
        a.labelSelector as string | undefined,
        a.limit as number | undefined,
        a.continue as string | undefined,
      );
    case 'watch':
      return watch(kc, a);
    case 'can-i': {
      // The generated client wants instances of its model classes.
      const attributes = Object.assign(new k8s.V1ResourceAttributes(), {
        namespace: a.namespace,
        verb: a.verb,
        group: a.group,
        resource: a.resource,
      });
      const spec = Object.assign(new k8s.V1SelfSubjectAccessReviewSpec(), {
        resourceAttributes: attributes,
      });
      const body = Object.assign(new k8s.V1SelfSubjectAccessReview(), {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
        spec,
      });
      return authorization.createSelfSubjectAccessReview({ body });
    }
    default:
      throw new Error(`unknown op ${command.op}`);
  }
}

function errorOf(error: unknown): { code?: number; body?: unknown; message: string } {
  if (error instanceof k8s.ApiException) {
    let body: unknown = error.body;
    if (typeof body === 'string') {
      try {
        body = JSON.parse(body);
      } catch {
        // keep the text
      }
    }
    return { code: error.code, body, message: error.message };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const command = JSON.parse(line) as Command;
  run(command).then(
    (result) => process.stdout.write(`${JSON.stringify({ id: command.id, ok: true, result })}\n`),
    (error: unknown) =>
      process.stdout.write(
        `${JSON.stringify({ id: command.id, ok: false, error: errorOf(error) })}\n`,
      ),
  );
});
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
