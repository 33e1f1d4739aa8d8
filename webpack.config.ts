import * as fs from 'fs';
import * as path from 'path';
import { ConsoleRemotePlugin } from '@openshift-console/dynamic-plugin-sdk-webpack';
import { Compilation, sources } from 'webpack';
import type { Compiler, Configuration as WebpackConfiguration } from 'webpack';
import type { Configuration as DevServerConfiguration } from 'webpack-dev-server';
import { ExposedModuleSizesPlugin } from './scripts/webpack/ExposedModuleSizesPlugin';

const isProd = process.env.NODE_ENV === 'production';
const localesDir = path.resolve(__dirname, 'locales');

/** The console fetches plugin translations from <plugin>/locales/<lng>/<ns>.json. */
class CopyLocalesPlugin {
  apply(compiler: Compiler) {
    compiler.hooks.thisCompilation.tap('CopyLocalesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'CopyLocalesPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const lng of fs.readdirSync(localesDir)) {
            for (const file of fs.readdirSync(path.join(localesDir, lng))) {
              const source = path.join(localesDir, lng, file);
              compilation.fileDependencies.add(source);
              compilation.emitAsset(
                `locales/${lng}/${file}`,
                new sources.RawSource(fs.readFileSync(source)),
              );
            }
          }
        },
      );
    });
  }
}

/**
 * ConsoleRemotePlugin keeps PatternFly's CSS out of the build (the console has its own) by
 * aliasing every CSS file under `<cwd>/node_modules/@patternfly/react-styles` to false. Webpack resolves
 * symlinks, so where node_modules is a link (git worktrees, pnpm) the real paths differ and
 * all of PatternFly's CSS would be bundled and injected; alias the real paths too.
 */
const patternFlyStylesRealPaths = (): Record<string, false> => {
  const link = path.resolve(__dirname, 'node_modules');
  const real = fs.realpathSync(link);
  if (real === link) {
    return {};
  }
  const styles = path.join(real, '@patternfly/react-styles');
  return Object.fromEntries(
    fs
      .readdirSync(styles, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.css'))
      .map((file) => [path.join(styles, file), false]),
  );
};

const config: WebpackConfiguration & { devServer?: DevServerConfiguration } = {
  mode: isProd ? 'production' : 'development',
  // ConsoleRemotePlugin generates the container entry from package.json#consolePlugin.
  entry: {},
  context: path.resolve(__dirname, 'src'),
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: isProd ? '[name]-bundle-[contenthash].min.js' : '[name]-bundle.js',
    chunkFilename: isProd ? '[name]-chunk-[chunkhash].min.js' : '[name]-chunk.js',
  },
  resolve: {
    extensions: ['.ts', '.tsx', '.js', '.jsx'],
    alias: {
      '@shared': path.resolve(__dirname, 'src/shared'),
      '@snapshots': path.resolve(__dirname, 'src/snapshots'),
      '@backups': path.resolve(__dirname, 'src/backups'),
      // The console shares react, not react-dom: see portalOnlyReactDOM.ts.
      'react-dom$': path.resolve(__dirname, 'src/shared/react-dom/portalOnlyReactDOM.ts'),
      ...patternFlyStylesRealPaths(),
    },
  },
  module: {
    rules: [
      {
        test: /\.(jsx?|tsx?)$/,
        exclude: /\/node_modules\//,
        use: {
          loader: 'swc-loader',
          options: {
            jsc: {
              parser: { syntax: 'typescript', tsx: true },
              transform: { react: { runtime: 'automatic' } },
              target: 'es2021',
            },
          },
        },
      },
      { test: /\.css$/, use: ['style-loader', 'css-loader'] },
      { test: /\.m?js$/, resolve: { fullySpecified: false } },
    ],
  },
  devServer: {
    static: ['./dist'],
    port: 9001,
    host: '127.0.0.1',
    allowedHosts: 'all',
    headers: { 'Access-Control-Allow-Origin': '*' },
    devMiddleware: { writeToDisk: true },
  },
  plugins: [
    new ConsoleRemotePlugin(),
    new CopyLocalesPlugin(),
    ...(process.env.VDP_BUILD_STATS ? [new ExposedModuleSizesPlugin()] : []),
  ],
  devtool: isProd ? false : 'source-map',
  optimization: {
    chunkIds: isProd ? 'deterministic' : 'named',
    minimize: isProd,
    splitChunks: {
      // PatternFly's internals (Button, helpers) below webpack's 20 KB default would be copied
      // into each dynamic module's chunk that uses them.
      minSize: 2000,
      cacheGroups: {
        // Each PatternFly dynamic module is its own chunk; without these, every one of them
        // repeats tslib, and every icon is a file of its own (issue 10 part 1).
        tslib: {
          test: /[\\/]node_modules[\\/]tslib[\\/]/,
          name: 'tslib',
          chunks: 'async',
          enforce: true,
        },
        patternflyIcons: {
          test: /[\\/]@patternfly[\\/]react-icons[\\/]/,
          name: 'pf-icons',
          chunks: 'async',
          enforce: true,
        },
      },
    },
  },
  performance: { hints: false },
};

export default config;
