import { isCodeRef, visitDeep } from '@openshift/dynamic-plugin-sdk';
import type { CodeRef, LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import type { PluginProblem } from './problems';
import { describeError } from './problems';

/** Extension types the preview renders; others are loaded but have no effect here. */
export const SUPPORTED_TYPES = [
  'console.flag/model',
  'console.tab/horizontalNav',
  'console.action/resource-provider',
  'console.page/resource/details',
];

/** Copies plain objects and arrays; functions (code references) are kept by reference. */
const copyDeep = <T>(value: T): T => {
  if (Array.isArray(value)) {
    return value.map(copyDeep) as T;
  }
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyDeep(v)])) as T;
  }
  return value;
};

/** The `$codeRef` a decoded code reference came from (the loader names the function after it). */
const refName = (codeRef: CodeRef) => /\[(.+)\]$/.exec(codeRef.name)?.[1] ?? codeRef.name;

/**
 * Resolves every code reference of the extensions in use. An extension whose reference fails
 * is left out and reported by type, code reference and plugin, as a broken `$codeRef` would
 * break that page in the console.
 */
export const resolveExtensions = async (extensions: LoadedExtension[]) => {
  const problems: PluginProblem[] = [];
  const resolved = await Promise.all(
    extensions.map(async (extension) => {
      const copy = { ...extension, properties: copyDeep(extension.properties) };
      const refs: { ref: CodeRef; key: string; container: Record<string, unknown> }[] = [];
      visitDeep(copy.properties, isCodeRef, (ref, key, container) => {
        refs.push({ ref, key, container });
      });
      let ok = true;
      for (const { ref, key, container } of refs) {
        try {
          container[key] = await ref();
        } catch (e) {
          ok = false;
          problems.push({
            id: `codeRef-${extension.uid}-${key}`,
            variant: 'danger',
            title: `Extension ${extension.type} (${refName(ref)}) of plugin ${extension.pluginName} could not be loaded`,
            detail: describeError(e),
          });
        }
      }
      return ok ? copy : undefined;
    }),
  );
  for (const type of new Set(extensions.map((e) => e.type))) {
    if (!SUPPORTED_TYPES.includes(type)) {
      problems.push({
        id: `unsupported-${type}`,
        variant: 'warning',
        title: `The preview console does not render extensions of type ${type}`,
      });
    }
  }
  return { extensions: resolved.filter((e) => e !== undefined), problems };
};
