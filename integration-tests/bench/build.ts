import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export type BuildSample = { seconds: number; peakMB: number | undefined };

/**
 * Runs `npm run build` and measures its wall time and peak memory: GNU time's maximum resident
 * set size, which is that of the largest process of the build (webpack's node).
 */
export const measureBuild = (): BuildSample => {
  const gnuTime = '/usr/bin/time';
  const started = Date.now();
  const withTime = existsSync(gnuTime);
  const result = withTime
    ? spawnSync(gnuTime, ['-f', 'VDP_PEAK_KB=%M', 'npm', 'run', 'build'], { encoding: 'utf8' })
    : spawnSync('npm', ['run', 'build'], { encoding: 'utf8' });
  const seconds = (Date.now() - started) / 1000;
  if (result.status !== 0) {
    throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
  }
  const peak = /VDP_PEAK_KB=(\d+)/.exec(result.stderr)?.[1];
  return { seconds, peakMB: peak ? Number(peak) / 1024 : undefined };
};
