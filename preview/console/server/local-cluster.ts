import { startChild } from './children';
import type { Child } from './children';
import { bin } from './children';

export type LocalClusterOptions = {
  /** 0 picks a free port. */
  port: number;
  inMemory: boolean;
  /** Where a persistent cluster keeps its state (the cluster's default: .preview-data). */
  dataDir?: string;
  seed: 'demo' | 'empty';
  timeScale: number;
  quiet?: boolean;
};

/** Runs preview/cluster's CLI and resolves with its URL once it listens. */
export const startLocalCluster = (options: LocalClusterOptions) =>
  new Promise<{ url: string; child: Child }>((resolve, reject) => {
    const args = [
      'preview/cluster/cli.ts',
      '--port',
      String(options.port),
      '--seed',
      options.seed,
      '--time-scale',
      String(options.timeScale),
      ...(options.inMemory ? ['--in-memory'] : []),
      ...(options.dataDir ? ['--data-dir', options.dataDir] : []),
    ];
    let settled = false;
    const tail: string[] = [];
    const child = startChild('cluster', bin('tsx'), args, {
      quiet: options.quiet,
      onLine: (line) => {
        tail.push(line);
        tail.splice(0, tail.length - 20);
        const url = /listening on (http:\/\/\S+)/.exec(line)?.[1];
        if (url && !settled) {
          settled = true;
          resolve({ url, child });
        }
      },
    });
    child.process.once('exit', (code) => {
      if (!settled) {
        settled = true;
        reject(
          new Error(
            `The local cluster exited (code ${code ?? 'none'}) before listening:\n${tail.join('\n')}`,
          ),
        );
      }
    });
  });
