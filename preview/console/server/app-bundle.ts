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

const pf = (file: string) => require.resolve(`@patternfly/${file}`);

/** PatternFly's base styles plus every component, layout and utility stylesheet, as the console loads them. */
export const patternflyCSS = (): string =>
  [
    'react-core/dist/styles/base.css',
    'react-styles/css/components/_index.css',
    'react-styles/css/layouts/_index.css',
    'react-styles/css/utilities/_index.css',
  ]
    .map((file) => readFileSync(pf(file), 'utf8'))
    .join('\n');

/** Fonts and images base.css refers to as ./assets/... */
export const patternflyAssetsDir = join(dirname(pf('react-core/dist/styles/base.css')), 'assets');
