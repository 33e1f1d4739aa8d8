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

export type ObjectWatchResult<T> = WatchResult<T | undefined> & {
  /** The object is gone: a 404, or the final state a DELETED event leaves behind. */
  deleted: boolean;
};

const isErrorCode = (error: unknown, code: number) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;

/**
 * The console keeps a DELETED object as the watch's data (the 404 only comes from its 30 s
 * poll), so its last state, deletion started and no finalizer left, also means "deleted".
 */
const isDeletedState = (obj: K8sResourceCommon) =>
  !!obj.metadata?.deletionTimestamp && !obj.metadata.finalizers?.length;

/**
 * Watch one object; `name` undefined skips the watch. A watch error keeps the data already
 * shown (callers say it may be out of date); a deleted object has no data and `deleted` set.
 */
export const useWatchObject = <T extends K8sResourceCommon>(
  model: K8sModel,
  name: string | undefined,
  namespace?: string,
): ObjectWatchResult<T> => {
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
    T | null | undefined,
    boolean,
    unknown,
  ];
  const error = asError(loadError);
  const present = data && Object.keys(data).length ? data : undefined;
  const deleted = isErrorCode(loadError, 404) || (!!present && isDeletedState(present));
  return { data: deleted ? undefined : present, loaded, error, deleted };
};
