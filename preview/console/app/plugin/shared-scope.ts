import React from 'react';
import * as ReactI18next from 'react-i18next';
import * as ReactRouter from 'react-router';
import * as sdk from '../../sdk';

/** Versions of the host's copies, injected by the esbuild build from their package.json. */
declare const __SHARED_VERSIONS__: Record<'react' | 'react-i18next' | 'react-router', string>;

/** The console SDK version this runtime stands in for (the plugin requires ^4.22.0). */
export const SDK_VERSION = '4.22.0';

const esModule = (namespace: object) => ({ __esModule: true, ...namespace });

const provide = (version: string, module: unknown) => ({
  [version]: {
    get: () => Promise.resolve(() => module),
    from: 'preview-console',
    eager: true,
    loaded: 1,
  },
});

/**
 * The webpack share scope the console offers plugins (research/toolchain.md §5): the modules
 * ConsoleRemotePlugin marks `import: false`. PatternFly is not shared by the console either:
 * the plugin falls back to its bundled copy.
 */
export const createSharedScope = () => ({
  react: provide(__SHARED_VERSIONS__.react, React),
  'react-i18next': provide(__SHARED_VERSIONS__['react-i18next'], esModule(ReactI18next)),
  'react-router': provide(__SHARED_VERSIONS__['react-router'], esModule(ReactRouter)),
  '@openshift-console/dynamic-plugin-sdk': provide(SDK_VERSION, esModule(sdk)),
});
