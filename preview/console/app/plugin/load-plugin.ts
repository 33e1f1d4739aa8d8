import { PluginStore } from '@openshift/dynamic-plugin-sdk';
import type { Extension } from '@openshift/dynamic-plugin-sdk';
import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { getReferenceForModel } from '../../sdk/models';
import { setFlags } from '../../sdk/host-state';
import { describeError } from './problems';
import type { PluginProblem } from './problems';
import { createSharedScope, SDK_VERSION } from './shared-scope';

type FlagModelExtension = Extension<
  'console.flag/model',
  { flag: string; model: { group?: string; version: string; kind: string } }
>;

const isFlagModel = (e: Extension): e is FlagModelExtension => e.type === 'console.flag/model';

/** `console.flag/model`: the flag is true when discovery serves that group/version/kind. */
export const evaluateModelFlags = (extensions: Extension[], models: K8sModel[]) => {
  const served = new Set(models.map(getReferenceForModel));
  return Object.fromEntries(
    extensions
      .filter(isFlagModel)
      .map(({ properties: { flag, model } }) => [
        flag,
        served.has(`${model.group || 'core'}~${model.version}~${model.kind}`),
      ]),
  );
};

const LOAD_TIMEOUT_MS = 30_000;

/**
 * Loads one plugin the way the console does: manifest → entry script → shared modules, then
 * sets the model flags so `flags.required/disallowed` decide which extensions are in use
 * (handler flags and other plugins' flags follow: host-plugins.ts).
 */
export const loadPlugin = async (pluginName: string, models: K8sModel[]) => {
  const store = new PluginStore({
    loaderOptions: {
      sharedScope: createSharedScope(),
      // Without this the loader waits forever for a "@console/pluginAPI" plugin.
      customDependencyResolutions: { '@console/pluginAPI': SDK_VERSION },
    },
  });
  const problems: PluginProblem[] = [];
  const manifestURL = `/api/plugins/${pluginName}/plugin-manifest.json`;
  try {
    await Promise.race([
      store.loadPlugin(manifestURL),
      new Promise((_resolve, reject) =>
        setTimeout(
          () => reject(new Error(`still loading after ${LOAD_TIMEOUT_MS / 1000}s`)),
          LOAD_TIMEOUT_MS,
        ),
      ),
    ]);
  } catch (e) {
    problems.push({
      id: 'plugin-load',
      variant: 'danger',
      title: `Plugin ${pluginName} failed to load`,
      detail: `${manifestURL}: ${describeError(e)}`,
    });
  }
  for (const info of store.getPluginInfo()) {
    if (info.status === 'failed') {
      problems.push({
        id: `plugin-failed-${info.manifest.name}`,
        variant: 'danger',
        title: `Plugin ${info.manifest.name} failed to load`,
        detail: describeError(
          Object.assign(new Error(info.errorMessage), { cause: info.errorCause }),
        ),
      });
    }
  }
  // Flags nobody sets stay unset: useFlag answers undefined ("pending"), as in the console.
  const flags = evaluateModelFlags(store.getExtensions(), models);
  store.setFeatureFlags(flags);
  setFlags(flags);
  return { store, problems, baseURL: `/api/plugins/${pluginName}/` };
};
