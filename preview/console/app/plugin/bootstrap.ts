import type { Extension } from '@openshift/dynamic-plugin-sdk';
import { setModels } from '../../sdk/models';
import { loadPluginLocale } from '../i18n';
import type { PreviewConfig } from '../preview-config';
import { discoverModels } from './discovery';
import { loadPlugin } from './load-plugin';
import { describeError } from './problems';
import type { PluginProblem } from './problems';
import { resolveExtensions } from './resolve-extensions';

export type Bootstrapped = { extensions: Extension[]; problems: PluginProblem[] };

/** Discovery, then the plugin, its translations and its code references. */
export const bootstrap = async (config: PreviewConfig): Promise<Bootstrapped> => {
  const models = await discoverModels();
  setModels(models);
  const { store, problems, baseURL } = await loadPlugin(config.pluginName, models);
  try {
    await loadPluginLocale(baseURL, config.pluginName);
  } catch (e) {
    problems.push({
      id: 'locale',
      variant: 'warning',
      title: 'Plugin translations could not be loaded',
      detail: describeError(e),
    });
  }
  const resolved = await resolveExtensions(store.getExtensions());
  return { extensions: resolved.extensions, problems: [...problems, ...resolved.problems] };
};
