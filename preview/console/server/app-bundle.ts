import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

// CommonJS under tsx and Playwright: __filename is the module's path.
const require = createRequire(__filename);
const appDir = join(__dirname, '..', 'app');

const versionOf = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;

export type AppBundle = { js: string; css: string };

/**
 * Bundles the host app (React, PatternFly, router, i18next, the plugin loader and the SDK
 * runtime) in memory. Component CSS is left out: the full PatternFly stylesheet is served.
 */
export const bundleApp = async (production: boolean): Promise<AppBundle> => {
  const result = await build({
    entryPoints: [join(appDir, 'main.tsx')],
    bundle: true,
    write: false,
    outdir: '/out',
    format: 'esm',
    platform: 'browser',
    target: 'es2021',
    jsx: 'automatic',
    minify: production,
    sourcemap: production ? false : 'inline',
    legalComments: 'none',
    logLevel: 'silent',
    loader: { '.css': 'empty' },
    define: {
      'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development'),
      __SHARED_VERSIONS__: JSON.stringify({
        react: versionOf('react'),
        'react-i18next': versionOf('react-i18next'),
        'react-router': versionOf('react-router'),
      }),
    },
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  if (!js) {
    throw new Error('esbuild produced no JavaScript for the preview app');
  }
  return { js: js.text, css: readFileSync(join(appDir, 'preview.css'), 'utf8') };
};

/** The console's own stylesheet: `@patternfly/patternfly` on the 4.22 console's line (~6.4). */
const patternflyPackage = dirname(require.resolve('@patternfly/patternfly/package.json'));

/**
 * PatternFly's stylesheet (base, components, layouts) and its addons (the `pf-v6-u-*`
 * utilities, which the console's own pages use too) as the console serves them. The plugin
 * brings none (ConsolePluginSDK strips it): markup from a newer react-core
 * than this CSS renders unstyled, here as in the console (console-runtime.md §4).
 */
export const patternflyCSS = (): string =>
  ['patternfly.css', 'patternfly-addons.css']
    .map((file) => readFileSync(join(patternflyPackage, file), 'utf8'))
    .join('\n')
    .replace(/url\((["']?)\.\/assets\//g, 'url($1/static/assets/');

export const patternflyVersion = (): string => versionOf('@patternfly/patternfly');

/** Fonts and images patternfly.css refers to as ./assets/... */
export const patternflyAssetsDir = join(patternflyPackage, 'assets');
