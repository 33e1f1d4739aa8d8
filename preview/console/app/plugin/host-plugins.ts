import type { PluginStore } from '@openshift/dynamic-plugin-sdk';
import { PluginEventType } from '@openshift/dynamic-plugin-sdk';
import { useSyncExternalStore } from 'react';
import { setFlags } from '../../sdk/host-state';
import { describeError } from '../../sdk/describe-error';
import { resolveExtension } from '../../sdk/lazy-extensions';
import { reportProblem } from '../../sdk/problem-store';

type FlagHandler = (setFeatureFlag: (flag: string, enabled: boolean) => void) => void;

/** One flag into the plugin store (which extensions are in use) and the host's `useFlag`. */
export const featureFlagSetter = (store: PluginStore) => (flag: string, enabled: boolean) => {
  store.setFeatureFlags({ [flag]: enabled });
  setFlags({ [flag]: enabled });
};

/**
 * `window.SERVER_FLAGS.consolePlugins`: the plugins the console has enabled, known before any
 * loads. In kubevirt-plugin mode that includes kubevirt-plugin (research/console-runtime.md 1).
 */
export const initServerFlags = (pluginName: string, hostFlags: Record<string, boolean>) => {
  const consolePlugins = hostFlags.KUBEVIRT_DYNAMIC
    ? [pluginName, 'kubevirt-plugin']
    : [pluginName];
  Object.assign(window, { SERVER_FLAGS: { consolePlugins } });
};

/** kubevirt-plugin is enabled: it draws the VM page and its nav section, flag set or not. */
export const kubevirtPluginEnabled = (): boolean => {
  const flags = (window as Window & { SERVER_FLAGS?: { consolePlugins?: string[] } }).SERVER_FLAGS;
  return flags?.consolePlugins?.includes('kubevirt-plugin') ?? false;
};

/**
 * `console.flag` handlers, called once their code has loaded (the console's
 * FeatureFlagExtensionLoader); a throwing handler is shown where the console only logs it.
 */
export const runFlagHandlers = async (store: PluginStore) => {
  const setFlag = featureFlagSetter(store);
  const handlers = store.getExtensions().filter((e) => e.type === 'console.flag');
  for (const extension of handlers) {
    const resolved = await resolveExtension(extension);
    const handler = (resolved?.properties as { handler?: FlagHandler } | undefined)?.handler;
    try {
      handler?.(setFlag);
    } catch (e) {
      reportProblem({
        id: `flag-handler-${extension.uid}`,
        variant: 'danger',
        title: `The console.flag handler of plugin ${extension.pluginName} threw`,
        detail: describeError(e),
      });
    }
  }
};

/**
 * The flags other plugins' handlers set (KUBEVIRT_DYNAMIC), after `delayMs`: in the console
 * they are pending until that plugin has loaded, and a page may render before.
 */
export const setHostPluginFlags = (
  store: PluginStore,
  hostFlags: Record<string, boolean>,
  delayMs: number,
) => {
  const setFlag = featureFlagSetter(store);
  const apply = () => Object.entries(hostFlags).forEach(([flag, on]) => setFlag(flag, on));
  if (delayMs > 0) setTimeout(apply, delayMs);
  else apply();
};

/** The extensions in use now; they change as flags are set. */
export const useExtensionsInUse = (store: PluginStore) =>
  useSyncExternalStore(
    (listener) => store.subscribe([PluginEventType.ExtensionsChanged], listener),
    () => extensionsSnapshot(store),
  );

// getExtensions copies its list on every call; keep one copy per change for React.
const snapshots = new WeakMap<
  PluginStore,
  { key: string; list: ReturnType<PluginStore['getExtensions']> }
>();
const extensionsSnapshot = (store: PluginStore) => {
  const list = store.getExtensions();
  const key = list.map((e) => e.uid).join(',');
  const last = snapshots.get(store);
  if (last?.key === key) return last.list;
  snapshots.set(store, { key, list });
  return list;
};
