import type { K8sResourceCommon, WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { useK8sWatchResource } from '../sdk/watch/useK8sWatchResource';

export type Watched<T> = { data: T; loaded: boolean; loadError: unknown };

/** The SDK hook with its `any` error slot typed as unknown, for the host's own pages. */
export const useWatch = <T extends K8sResourceCommon | K8sResourceCommon[]>(
  resource: WatchK8sResource | null,
): Watched<T> => {
  const result = useK8sWatchResource<T>(resource);
  const loadError: unknown = result[2];
  return { data: result[0], loaded: result[1], loadError };
};
