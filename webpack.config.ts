import * as path from 'path';
import { ConsoleRemotePlugin } from '@openshift-console/dynamic-plugin-sdk-webpack';
import type { Configuration as WebpackConfiguration } from 'webpack';
import type { Configuration as DevServerConfiguration } from 'webpack-dev-server';

const isProd = process.env.NODE_ENV === 'production';

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
  plugins: [new ConsoleRemotePlugin()],
  devtool: isProd ? false : 'source-map',
  optimization: { chunkIds: isProd ? 'deterministic' : 'named', minimize: isProd },
  performance: { hints: false },
};

export default config;
