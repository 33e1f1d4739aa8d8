import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sModel, K8sResourceCommon, Selector } from '@openshift-console/dynamic-plugin-sdk';
import { useMemo } from 'react';
import { errorMessage } from '../k8s/errorMessage';
import { toGroupVersionKind } from '../k8s/models';

export type WatchResult<T> = {
  data: T;
  loaded: boolean;
  /** The watch error, typed; undefined while healthy. */
  error: Error | undefined;
};

const asError = (loadError: unknown): Error | undefined => {
  if (!loadError) {
    return undefined;
  }
  return loadError instanceof Error ? loadError : new Error(errorMessage(loadError));
};

/**
 * Watch every object of `model` in `namespace` (`''` means all namespaces). An undefined
 * namespace of a namespaced kind means "not known yet": nothing is watched, rather than
 * the whole cluster. The SDK shares one watch per unique (kind, namespace, selector).
 */
export const useWatchList = <T extends K8sResourceCommon>(
  model: K8sModel,
  namespace: string | undefined,
  selector?: Selector,
): WatchResult<T[]> => {
  const skip = model.namespaced && namespace === undefined;
  const resource = useMemo(
    () =>
      skip
        ? null
        : {
            groupVersionKind: toGroupVersionKind(model),
            namespace: model.namespaced && namespace ? namespace : undefined,
            namespaced: model.namespaced,
            isList: true,
            selector,
          },
    [skip, model, namespace, selector],
  );
  const [data, loaded, loadError] = useK8sWatchResource<T[]>(resource) as [T[], boolean, unknown];
  return {
    data: Array.isArray(data) ? data : [],
    loaded: !skip && loaded,
    error: asError(loadError),
  };
};

/** Watch one object; `name` undefined skips the watch. */
export const useWatchObject = <T extends K8sResourceCommon>(
  model: K8sModel,
  name: string | undefined,
  namespace?: string,
): WatchResult<T | undefined> => {
  const resource = useMemo(
    () =>
      name
        ? {
            groupVersionKind: toGroupVersionKind(model),
            name,
            namespace: model.namespaced ? namespace : undefined,
            namespaced: model.namespaced,
            isList: false,
          }
        : null,
    [model, name, namespace],
  );
  const [data, loaded, loadError] = useK8sWatchResource<T>(resource) as [
    T | undefined,
    boolean,
    unknown,
  ];
  const error = asError(loadError);
  return { data: error || !data || !Object.keys(data).length ? undefined : data, loaded, error };
};
