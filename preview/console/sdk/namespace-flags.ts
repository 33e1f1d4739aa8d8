import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { useHost, useFlags } from './host-state';

export const useActiveNamespace = (() => {
  const { namespace, setNamespace } = useHost();
  return [namespace, setNamespace];
}) as typeof SDK.useActiveNamespace;

/** A flag nobody set (KUBEVIRT_DYNAMIC without kubevirt-plugin) is pending: undefined. */
export const useFlag = ((flag: string) => useFlags()[flag]) as typeof SDK.useFlag;
