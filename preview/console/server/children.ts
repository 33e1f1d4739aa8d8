import { spawn } from 'node:child_process';
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { join } from 'node:path';

export const repoRoot = join(__dirname, '..', '..', '..');
export const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);

export type Child = { process: ChildProcess; stop: () => Promise<void> };

/** Starts a child with its output prefixed; `stop` sends SIGTERM, then SIGKILL after 5 s. */
export const startChild = (
  label: string,
  command: string,
  args: string[],
  options: SpawnOptions & { onLine?: (line: string) => void; quiet?: boolean } = {},
): Child => {
  const child = spawn(command, args, {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  });
  const relay = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      options.onLine?.(line);
      if (!options.quiet) {
        console.log(`[${label}] ${line}`);
      }
    }
  };
  child.stdout?.on('data', relay);
  child.stderr?.on('data', relay);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) {
        return;
      }
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
};
