import type { ExposedModuleSizes } from '../../scripts/webpack/ExposedModuleSizesPlugin';
import type { BuildSample } from './build';
import type { Sample } from './measure';
import type { PluginJS } from './plugin-js';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

export type ReportLabels = { title: string; small: string; large: string };

const SNAPSHOTS: ReportLabels = {
  title: 'Snapshots tab in a namespace of 5,000 snapshots',
  small: '10 snapshots',
  large: '2,000 snapshots',
};

/** Median of each metric for both sizes, side by side with large/small ratios. */
export const report = (
  runs: number,
  small: Sample[],
  large: Sample[],
  labels: ReportLabels = SNAPSHOTS,
) => {
  const kinds = [...new Set([...small, ...large].flatMap((s) => Object.keys(s.api)))].sort();
  const metrics: [string, (s: Sample) => number, number][] = [
    ['time to first row (ms)', (s) => s.firstRowMs, 0],
    ['time to all rows (ms)', (s) => s.allRowsMs ?? NaN, 0],
    ['HTTP requests', (s) => s.requests, 0],
    ['  API requests', (s) => s.apiRequests, 0],
    ...kinds.map((k): [string, (s: Sample) => number, number] => [
      `    ${k}`,
      (s) => s.api[k] ?? 0,
      0,
    ]),
    ['watches opened', (s) => s.watches, 0],
    ['JS heap used (MB)', (s) => s.heapMB, 1],
    ['plugin JS files', (s) => s.tabJS.files, 0],
    ['plugin JS (KB gzip)', (s) => s.tabJS.gzipKB, 1],
    ['plugin JS (KB raw)', (s) => s.tabJS.rawKB, 1],
  ];
  const rows = metrics.map(([name, get, digits]) => {
    const a = median(small.map(get));
    const b = median(large.map(get));
    return [name, fmt(a, digits), fmt(b, digits), fmt(b / a, 2)];
  });
  const header = ['metric', labels.small, labels.large, 'ratio'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  console.log(`\n${labels.title}: median of ${runs} cold loads`);
  console.log(line(header));
  rows.forEach((r) => console.log(line(r)));
  const paths = (samples: Sample[]) => [...new Set(samples.flatMap((s) => s.watchPaths))].sort();
  const same = paths(small).join() === paths(large).join();
  console.log(`\nwatches (${labels.large}): ${paths(large).join(', ')}`);
  console.log(
    `same watches for both sizes: ${same ? 'yes' : `no (${labels.small}: ${paths(small).join(', ')})`}`,
  );
};

const js = (j: PluginJS | undefined) =>
  j ? `${j.files} files, ${fmt(j.gzipKB, 1)} KB gzip (${fmt(j.rawKB, 1)} KB raw)` : 'n/a';

/** The build, and the plugin JS of the pages and modals opened besides the tab. */
export const reportPages = (
  build: BuildSample | undefined,
  modal: PluginJS | undefined,
  details: { js: PluginJS; watchPaths: string[] },
  sizes: ExposedModuleSizes | undefined,
) => {
  if (build) {
    const peak = build.peakMB === undefined ? 'n/a' : `${fmt(build.peakMB)} MB`;
    console.log(`\nnpm run build: ${fmt(build.seconds, 1)} s, peak memory ${peak}`);
  }
  console.log(`Take snapshot modal, on top of the tab: ${js(modal)}`);
  console.log(`Snapshot details page (cold): ${js(details.js)}`);
  console.log(`  watches: ${[...new Set(details.watchPaths)].join(', ')}`);
  reportExposedSizes(sizes);
};

/** Per exposed module, from the build: what a console that loads only that module fetches. */
export const reportExposedSizes = (sizes: ExposedModuleSizes | undefined) => {
  if (!sizes) {
    console.log('\nNo dist/exposed-module-sizes.json (build with VDP_BUILD_STATS=1)');
    return;
  }
  console.log('\nPlugin JS per exposed module (entry + its chunks; later imports excluded):');
  for (const [name, s] of Object.entries(sizes.exposed)) {
    const line = `${s.files.length} files, ${fmt(s.gzipKB, 1)} KB gzip (${fmt(s.rawKB, 1)} KB raw)`;
    console.log(`  ${name.padEnd(22)} ${line}`);
  }
};
