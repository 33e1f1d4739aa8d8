import * as fs from 'fs';
import * as path from 'path';
import { ConsoleRemotePlugin } from '@openshift-console/dynamic-plugin-sdk-webpack';
import { Compilation, sources } from 'webpack';
import type { Compiler, Configuration as WebpackConfiguration } from 'webpack';
import type { Configuration as DevServerConfiguration } from 'webpack-dev-server';

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
 * ConsoleRemotePlugin drops PatternFly's CSS by aliasing each file under
 * `<cwd>/node_modules/@patternfly/react-styles` to false. When node_modules is a symlink
 * (git worktrees), webpack resolves the real path and the aliases miss, so the same files
 * are aliased again by their real path: the console's stylesheet styles the plugin.
 */
const patternflyStylesAliases = (): Record<string, false> => {
  const dir = fs.realpathSync(path.resolve(__dirname, 'node_modules/@patternfly/react-styles'));
  return Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.css'))
      .map((file) => [path.join(dir, file), false as const]),
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
      ...patternflyStylesAliases(),
      '@shared': path.resolve(__dirname, 'src/shared'),
      '@snapshots': path.resolve(__dirname, 'src/snapshots'),
      '@backups': path.resolve(__dirname, 'src/backups'),
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
  plugins: [new ConsoleRemotePlugin(), new CopyLocalesPlugin()],
  devtool: isProd ? false : 'source-map',
  optimization: { chunkIds: isProd ? 'deterministic' : 'named', minimize: isProd },
  performance: { hints: false },
};

export default config;
