/**
 * Whether kubevirt-plugin owns the VM page (research/console-runtime.md point 1). Its own
 * `KUBEVIRT_DYNAMIC` flag is pending until its handler has run, and the SDK treats a pending
 * flag in `disallowed` as off, so `disallowed: [KUBEVIRT_DYNAMIC]` alone would show our
 * "Snapshots" tab next to kubevirt-plugin's for that moment. The console's list of enabled
 * plugins (`SERVER_FLAGS.consolePlugins`, which the console itself reads the same way) is known
 * before any plugin loads, so our handler sets a flag from it that our standalone extensions
 * require.
 */
import type { SetFeatureFlag } from '@openshift-console/dynamic-plugin-sdk';
import { useFlag } from '@openshift-console/dynamic-plugin-sdk';

export const KUBEVIRT_DYNAMIC = 'KUBEVIRT_DYNAMIC';
/** True when kubevirt-plugin is not enabled in this console; required by our own VM tab. */
export const VDP_WITHOUT_KUBEVIRT_PLUGIN = 'VDP_WITHOUT_KUBEVIRT_PLUGIN';
export const KUBEVIRT_PLUGIN_NAME = 'kubevirt-plugin';

type ServerFlags = { consolePlugins?: unknown };

/** kubevirt-plugin is among the console's enabled plugins. */
export const isKubevirtPluginEnabled = (serverFlags: ServerFlags | undefined): boolean =>
  Array.isArray(serverFlags?.consolePlugins) &&
  serverFlags.consolePlugins.includes(KUBEVIRT_PLUGIN_NAME);

/** `console.flag` handler: runs once, when the console loads our plugin. */
export const setKubevirtPluginFlags = (setFeatureFlag: SetFeatureFlag): void => {
  const { SERVER_FLAGS } = window as Window & { SERVER_FLAGS?: ServerFlags };
  setFeatureFlag(VDP_WITHOUT_KUBEVIRT_PLUGIN, !isKubevirtPluginEnabled(SERVER_FLAGS));
};

/**
 * Who draws the VM page: `true` kubevirt-plugin, `false` the console, `undefined` not known
 * yet (a caller shows nothing that could be doubled until it is).
 */
export const useKubevirtPluginActive = (): boolean | undefined => {
  // Typed boolean, but undefined while pending.
  const dynamic = useFlag(KUBEVIRT_DYNAMIC) as boolean | undefined;
  const without = useFlag(VDP_WITHOUT_KUBEVIRT_PLUGIN) as boolean | undefined;
  if (dynamic === true || without === false) return true;
  return without === true ? false : undefined;
};
