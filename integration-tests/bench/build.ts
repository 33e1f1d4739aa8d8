import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SIZES_FILE } from '../../scripts/webpack/ExposedModuleSizesPlugin';
import type { ExposedModuleSizes } from '../../scripts/webpack/ExposedModuleSizesPlugin';

export type BuildSample = { seconds: number; peakMB: number | undefined };

/**
 * Runs `npm run build` and measures its wall time and peak memory: GNU time's maximum resident
 * set size, which is that of the largest process of the build (webpack's node).
 */
export const measureBuild = (): BuildSample => {
  const gnuTime = '/usr/bin/time';
  // Also writes dist/exposed-module-sizes.json (scripts/webpack/ExposedModuleSizesPlugin.ts).
  const env = { ...process.env, VDP_BUILD_STATS: '1' };
  const started = Date.now();
  const withTime = existsSync(gnuTime);
  const result = withTime
    ? spawnSync(gnuTime, ['-f', 'VDP_PEAK_KB=%M', 'npm', 'run', 'build'], { encoding: 'utf8', env })
    : spawnSync('npm', ['run', 'build'], { encoding: 'utf8', env });
  const seconds = (Date.now() - started) / 1000;
  if (result.status !== 0) {
    throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
  }
  const peak = /VDP_PEAK_KB=(\d+)/.exec(result.stderr)?.[1];
  return { seconds, peakMB: peak ? Number(peak) / 1024 : undefined };
};

/** What each exposed module costs to load, from the build (undefined without that file). */
export const readExposedSizes = (distDir: string): ExposedModuleSizes | undefined => {
  const file = join(distDir, SIZES_FILE);
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as ExposedModuleSizes)
    : undefined;
};
