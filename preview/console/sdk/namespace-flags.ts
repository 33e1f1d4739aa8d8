import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { useHost, useFlags } from './host-state';

export const useActiveNamespace = (() => {
  const { namespace, setNamespace } = useHost();
  return [namespace, setNamespace];
}) as typeof SDK.useActiveNamespace;

/** A flag nobody set (KUBEVIRT_DYNAMIC in the preview) reads as false. */
export const useFlag = ((flag: string) => useFlags()[flag] ?? false) as typeof SDK.useFlag;
