import { isCodeRef, visitDeep } from '@openshift/dynamic-plugin-sdk';
import type { CodeRef, Extension, LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import { useEffect, useState } from 'react';
import { describeError } from './describe-error';
import { reportProblem } from './problem-store';

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

const resolved = new Map<string, Promise<Extension | undefined>>();
/** uids of extensions whose code has been requested, in order (for diagnostics). */
export const requestedExtensions: string[] = [];

/**
 * Loads an extension's code references the first time it is used (the console's
 * coderef-resolver, console-runtime.md §6). A failure leaves the extension out and is shown
 * as a problem naming the extension type, `$codeRef` and plugin (the console only logs it).
 */
export const resolveExtension = (extension: LoadedExtension): Promise<Extension | undefined> => {
  let result = resolved.get(extension.uid);
  if (!result) {
    requestedExtensions.push(extension.uid);
    result = (async () => {
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
          reportProblem({
            id: `codeRef-${extension.uid}-${key}`,
            variant: 'danger',
            title: `Extension ${extension.type} (${refName(ref)}) of plugin ${extension.pluginName} could not be loaded`,
            detail: describeError(e),
          });
        }
      }
      return ok ? copy : undefined;
    })();
    resolved.set(extension.uid, result);
  }
  return result;
};

/**
 * `[resolved, done]` for `extensions`, loading their code only while `enabled` (a menu
 * loads its providers on first hover or focus). Nothing is returned until all are done.
 */
export const useResolvedExtensionList = <E extends Extension>(
  extensions: LoadedExtension[],
  enabled = true,
): [E[], boolean] => {
  const key = extensions.map((e) => e.uid).join(',');
  const [state, setState] = useState<{ key: string; list: E[] }>();
  useEffect(() => {
    if (!enabled) {
      return undefined;
    }
    let live = true;
    void Promise.all(extensions.map(resolveExtension)).then((list) => {
      if (live) {
        setState({ key, list: list.filter((e): e is E => e !== undefined) });
      }
    });
    return () => {
      live = false;
    };
    // `key` stands for the extensions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, enabled]);
  return state?.key === key ? [state.list, true] : [[], false];
};
