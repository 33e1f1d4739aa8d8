#!/usr/bin/env node
// After `npm run build`: the plugin must bring no PatternFly CSS of its own. The console
// styles plugins with its own stylesheet (@patternfly/patternfly ~6.4 in 4.22) and
// ConsolePluginSDK strips PatternFly styles; a copy in dist/ would mean a second, maybe
// different, PatternFly in the page (research/console-runtime.md §4).
import fs from 'node:fs';
import path from 'node:path';

const dist = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'dist');
if (!fs.existsSync(dist)) {
  console.error('PatternFly CSS check: dist/ is missing (run npm run build)');
  process.exit(1);
}
// A PatternFly component rule (".pf-v6-c-button {", ".pf-v5-c-...") or its stylesheet banner.
const PF_RULE = /\.pf-v\d-c-[a-z-]+[^{};]*\{|@patternfly\/patternfly|--pf-v\d-c-[a-z-]+\s*:/;
const offenders = [];
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (/\.(css|js)$/.test(entry.name) && PF_RULE.test(fs.readFileSync(file, 'utf8'))) {
      offenders.push(path.relative(dist, file));
    }
  }
};
walk(dist);
if (offenders.length) {
  console.error(`PatternFly CSS check: PatternFly styles found in dist/: ${offenders.join(', ')}`);
  process.exit(1);
}
console.log('PatternFly CSS check: dist/ has no PatternFly CSS');
