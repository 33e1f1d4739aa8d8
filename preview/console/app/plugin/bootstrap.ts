import type { PluginStore } from '@openshift/dynamic-plugin-sdk';
import { setModels } from '../../sdk/models';
import { reportProblem } from '../../sdk/problem-store';
import { loadPluginLocale } from '../i18n';
import type { PreviewConfig } from '../preview-config';
import { discoverModels } from './discovery';
import { runFlagHandlers, setHostPluginFlags } from './host-plugins';
import { loadPlugin } from './load-plugin';
import { describeError } from './problems';
import { unsupportedTypes } from './resolve-extensions';

export type Bootstrapped = { store: PluginStore };

/**
 * Discovery, then the plugin and its translations. Code references are not resolved here:
 * each loads when its extension is first used. Problems go to the alert store. Other
 * plugins' flags (KUBEVIRT_DYNAMIC) come `hostFlagDelayMs` later, as a console may render
 * pages before those plugins' handlers run.
 */
export const bootstrap = async (
  config: PreviewConfig,
  hostFlags: Record<string, boolean>,
  hostFlagDelayMs: number,
): Promise<Bootstrapped> => {
  const models = await discoverModels();
  setModels(models);
  const { store, problems, baseURL } = await loadPlugin(config.pluginName, models);
  await runFlagHandlers(store);
  setHostPluginFlags(store, hostFlags, hostFlagDelayMs);
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
  [...problems, ...unsupportedTypes(store.getExtensions())].forEach(reportProblem);
  return { store };
};
