import type { LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import type { PluginProblem } from './problems';

/** Extension types the preview renders; others are loaded but have no effect here. */
export const SUPPORTED_TYPES = [
  'console.flag',
  'console.flag/model',
  'console.tab/horizontalNav',
  'console.action/resource-provider',
  'console.page/resource/details',
  'console.page/resource/list',
  'console.page/route',
  'console.navigation/section',
  'console.navigation/href',
];

/**
 * Nothing is resolved here: code loads when its extension is used (sdk/lazy-extensions.ts),
 * as in the console. Only extension types the preview cannot render are reported.
 */
export const unsupportedTypes = (extensions: LoadedExtension[]): PluginProblem[] =>
  [...new Set(extensions.map((e) => e.type))]
    .filter((type) => !SUPPORTED_TYPES.includes(type))
    .map((type) => ({
      id: `unsupported-${type}`,
      variant: 'warning',
      title: `The preview console does not render extensions of type ${type}`,
    }));
