import type { LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { HostContext } from '../../sdk/host-state';

const NS_PATH = /^\/k8s\/ns\/([^/]+)(\/[^/]+)?(\/.*)?$/;
const LAST_NS = 'preview-namespace';

/** The namespace in the URL is the active one; the last one is remembered for `/`. */
export const lastNamespace = (fallback: string) => localStorage.getItem(LAST_NS) ?? fallback;

/** Where to go when the namespace changes: the same list in the new namespace (console behaviour). */
export const pathForNamespace = (pathname: string, ns: string) => {
  const match = NS_PATH.exec(pathname);
  const ref = match?.[2] ?? '/kubevirt.io~v1~VirtualMachine';
  return `/k8s/ns/${encodeURIComponent(ns)}${ref}`;
};

type Props = { extensions: LoadedExtension[]; defaultNamespace: string; children: ReactNode };

export const HostProvider = ({ extensions, defaultNamespace, children }: Props) => {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const fromURL = NS_PATH.exec(pathname)?.[1];
  const namespace = fromURL ? decodeURIComponent(fromURL) : lastNamespace(defaultNamespace);

  useEffect(() => {
    localStorage.setItem(LAST_NS, namespace);
  }, [namespace]);

  const setNamespace = useCallback(
    (ns: string) => void navigate(pathForNamespace(pathname, ns)),
    [navigate, pathname],
  );
  const value = useMemo(
    () => ({ namespace, setNamespace, extensions }),
    [namespace, setNamespace, extensions],
  );
  return <HostContext.Provider value={value}>{children}</HostContext.Provider>;
};
