#!/usr/bin/env node
// Builds locales/en/plugin__vm-data-protection-plugin.json from every t('...') call in src/
// and every %plugin__vm-data-protection-plugin~...% label in console-extensions.json.
// `--check` fails (exit 1) when the committed file is stale instead of writing it.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const NS = 'plugin__vm-data-protection-plugin';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const outFile = path.join(root, 'locales', 'en', `${NS}.json`);
const check = process.argv.includes('--check');

const sourceFiles = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) ? [full] : [];
  });

/** key → English text (the same, except for plural forms). */
const keys = new Map();
const problems = [];

for (const file of sourceFiles(path.join(root, 'src'))) {
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const where = (node) =>
    `${path.relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      ((ts.isIdentifier(node.expression) && node.expression.text === 't') ||
        (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 't'))
    ) {
      const [first, options] = node.arguments;
      const literal = (n) => n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n));
      const option = (name) =>
        options && ts.isObjectLiteralExpression(options)
          ? options.properties.find((p) => p.name && p.name.getText(source) === name)
          : undefined;
      if (!literal(first)) {
        problems.push(`${where(node)}: t() needs a string literal key`);
      } else if (!option('count')) {
        keys.set(first.text, first.text);
      } else {
        // i18next plurals: 'count' selects <key>_one / <key>_other (English). The key is the
        // singular; the plural comes from defaultValue_other, which i18next also falls back on.
        const other = option('defaultValue_other');
        if (!other || !ts.isPropertyAssignment(other) || !literal(other.initializer)) {
          problems.push(
            `${where(node)}: a t() with 'count' needs defaultValue_other (the English plural)`,
          );
        } else {
          keys.set(`${first.text}_one`, first.text);
          keys.set(`${first.text}_other`, other.initializer.text);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

const extensions = fs.readFileSync(path.join(root, 'console-extensions.json'), 'utf8');
for (const match of extensions.matchAll(new RegExp(`%${NS}~([^%]+)%`, 'g'))) {
  keys.set(match[1], match[1]);
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

const sorted = Object.fromEntries([...keys].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const content = `${JSON.stringify(sorted, null, 2)}\n`;

if (check) {
  const current = fs.existsSync(outFile) ? fs.readFileSync(outFile, 'utf8') : '';
  if (current !== content) {
    const old = current ? Object.keys(JSON.parse(current)) : [];
    const missing = Object.keys(sorted).filter((k) => !old.includes(k));
    const extra = old.filter((k) => !(k in sorted));
    console.error(`${path.relative(root, outFile)} is stale: run \`npm run i18n\`.`);
    if (missing.length) console.error(`  missing: ${missing.join(' | ')}`);
    if (extra.length) console.error(`  unused: ${extra.join(' | ')}`);
    process.exit(1);
  }
  console.log(`i18n: ${keys.size} keys, locales up to date`);
} else {
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, content);
  console.log(`i18n: wrote ${keys.size} keys to ${path.relative(root, outFile)}`);
}
