#!/usr/bin/env node
// After `npm run build`: the manifest a console will load lists every declared extension,
// and every file it points at exists. (The SDK build can leave a dist/ behind on errors.)
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');
const fail = (message) => {
  console.error(`manifest check: ${message}`);
  process.exit(1);
};

const manifestFile = path.join(dist, 'plugin-manifest.json');
if (!fs.existsSync(manifestFile)) fail('dist/plugin-manifest.json is missing');
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
const declared = JSON.parse(fs.readFileSync(path.join(root, 'console-extensions.json'), 'utf8'));
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

if (manifest.name !== pkg.consolePlugin.name) fail(`name is ${manifest.name}`);
const types = (list) => list.map((e) => e.type).join(', ');
if (types(manifest.extensions) !== types(declared)) {
  fail(
    `extensions differ:\n  built:    ${types(manifest.extensions)}\n  declared: ${types(declared)}`,
  );
}
for (const script of manifest.loadScripts) {
  if (!fs.existsSync(path.join(dist, script))) fail(`load script ${script} is missing`);
}
const locale = path.join(dist, 'locales', 'en', 'plugin__vm-data-protection-plugin.json');
if (!fs.existsSync(locale)) fail('locales are not in dist/');
console.log(
  `manifest check: ${manifest.extensions.length} extensions (${types(manifest.extensions)})`,
);
