/**
 * Test harness: an in-process cluster on a free port, the real kubectl 1.33 binary and the real
 * @kubernetes/client-node (in a child process), both pointed at it through a kubeconfig with
 * contexts admin, developer and viewer over https.
 */
import { execFile, spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startCluster } from '../cluster';
import type { ClusterOptions, RunningCluster } from '../cluster';
import { ensureKubectl } from '../tools/kubectl';

// Starting a cluster (schema compilation) and the client-node process take seconds on 2 cores.
jest.setTimeout(60_000);

export interface TestCluster extends RunningCluster {
  dir: string;
  kubeconfigFile: string;
  logs: string[];
  close(): Promise<void>;
}

export async function startTestCluster(options: ClusterOptions = {}): Promise<TestCluster> {
  const logs: string[] = [];
  const cluster = await startCluster({
    port: 0,
    inMemory: true,
    seed: 'bare',
    timeScale: 200,
    log: (line) => logs.push(line),
    ...options,
  });
  const dir = mkdtempSync(join(tmpdir(), 'local-cluster-test-'));
  const kubeconfigFile = join(dir, 'kubeconfig');
  writeFileSync(kubeconfigFile, cluster.kubeconfig);
  return {
    ...cluster,
    dir,
    kubeconfigFile,
    logs,
    async close() {
      await cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs kubectl as `user` (a kubeconfig context). Asynchronous: the server runs in this process. */
export function kubectl(
  cluster: TestCluster,
  args: string[],
  options: { user?: string; input?: string } = {},
): Promise<CommandResult> {
  const binary = ensureKubectl();
  return new Promise((resolve) => {
    const child = execFile(
      binary,
      ['--context', options.user ?? 'admin', ...args],
      {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: cluster.dir,
          KUBECONFIG: cluster.kubeconfigFile,
          KUBECACHEDIR: join(cluster.dir, 'cache'),
        },
        timeout: 30_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** Streams `kubectl ... -w` output until a line matches, then stops kubectl. */
export function kubectlWatchUntil(
  cluster: TestCluster,
  args: string[],
  match: (line: string) => boolean,
  timeoutMs = 20_000,
  /** Called on kubectl's first line: its initial GET is done, so the watch is on. */
  onStarted?: () => void,
): Promise<string[]> {
  const child = spawn(ensureKubectl(), ['--context', 'admin', ...args], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: cluster.dir,
      KUBECONFIG: cluster.kubeconfigFile,
      KUBECACHEDIR: join(cluster.dir, 'cache'),
    },
  });
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(
        new Error(
          `kubectl ${args.join(' ')}: no matching line in ${timeoutMs} ms; got:\n${lines.join('\n')}`,
        ),
      );
    }, timeoutMs);
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      if (lines.length === 1) onStarted?.();
      if (match(line)) {
        clearTimeout(timer);
        child.kill();
        resolve(lines);
      }
    });
  });
}

export interface DriverError {
  code?: number;
  body?: {
    reason?: string;
    message?: string;
    details?: { causes?: { field?: string; message: string; reason: string }[] };
  };
  message: string;
}

export type DriverResult = { ok: true; result: unknown } | { ok: false; error: DriverError };

/** The real @kubernetes/client-node, running in a child process (see client-node-driver.ts). */
export class ClientNode {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, (result: DriverResult) => void>();
  private nextId = 1;
  readonly ready: Promise<void>;

  constructor(cluster: TestCluster, user = 'admin') {
    this.child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'client-node-driver.ts')],
      {
        env: {
          ...process.env,
          KUBECONFIG: cluster.kubeconfigFile,
          KUBE_CONTEXT: user,
          NODE_OPTIONS: '',
        },
      },
    );
    let signalReady: () => void = () => undefined;
    this.ready = new Promise((resolve) => (signalReady = resolve));
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      const message = JSON.parse(line) as { id?: number; ready?: boolean } & DriverResult;
      if (message.ready) signalReady();
      else if (message.id !== undefined) this.pending.get(message.id)?.(message);
    });
    this.child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  }

  async call(op: string, args: Record<string, unknown> = {}): Promise<DriverResult> {
    await this.ready;
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.child.stdin.write(`${JSON.stringify({ id, op, args })}\n`);
    });
  }

  /** Like call, but throws on an API error and returns the result. */
  async ok<T = Record<string, unknown>>(
    op: string,
    args: Record<string, unknown> = {},
  ): Promise<T> {
    const answer = await this.call(op, args);
    if (!answer.ok) throw new Error(`${op} failed: ${JSON.stringify(answer.error)}`);
    return answer.result as T;
  }

  close(): void {
    this.child.kill();
  }
}

/** Waits until the controllers stop writing (the resourceVersion holds still for a while). */
export async function settled(cluster: TestCluster, quietMs = 300): Promise<void> {
  let last = cluster.context.store.resourceVersion();
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    const now = cluster.context.store.resourceVersion();
    if (now !== last) [last, since] = [now, Date.now()];
  }
}

/** Polls until `check` returns a value (not undefined); fails with the last value after the timeout. */
export async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
