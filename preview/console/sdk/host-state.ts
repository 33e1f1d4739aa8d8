import type { LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import { createContext, useContext, useSyncExternalStore } from 'react';

/**
 * State the host (the preview console) owns and the SDK reads: the active namespace and how to
 * change it, feature flags, and the plugin extensions in use. The host provides them.
 */
export type HostContextValue = {
  namespace: string;
  setNamespace: (ns: string) => void;
  /** Extensions in use (flags applied); code references load on use (lazy-extensions.ts). */
  extensions: LoadedExtension[];
};

export const HostContext = createContext<HostContextValue>({
  namespace: 'default',
  setNamespace: () => undefined,
  extensions: [],
});

export const useHost = () => useContext(HostContext);

let flags: Record<string, boolean | undefined> = {};
const flagListeners = new Set<() => void>();

export const setFlags = (next: Record<string, boolean | undefined>) => {
  flags = { ...flags, ...next };
  flagListeners.forEach((l) => l());
};

export const getFlags = () => flags;

export const useFlags = () =>
  useSyncExternalStore((l) => {
    flagListeners.add(l);
    return () => flagListeners.delete(l);
  }, getFlags);
