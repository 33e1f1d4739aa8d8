import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { K8sModel, WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { useMemo, useRef } from 'react';
import { findModel, useK8sModels } from '../models';
import { selectorToString } from '../k8s-url';
import { maybeThrowInWatch } from '../preview-faults';
import { toRequest, useWatchSnapshots } from './useWatchSnapshots';
import { emptyData } from './watch-types';
import type { WatchSnapshot } from './watch-types';

/** The console's error when a watched kind is not in API discovery. */
export class NoModelError extends Error {
  constructor() {
    super('Model does not exist');
    this.name = 'NoModelError';
  }
}

/** Keeps the previous value while a new one is deeply equal (callers pass inline objects). */
export const useDeepCompareMemoize = <T>(value: T): T => {
  const ref = useRef<{ json: string; value: T }>(undefined);
  const json = JSON.stringify(value) ?? '';
  if (ref.current?.json !== json) {
    ref.current = { json, value };
  }
  return ref.current.value;
};

export const toQuery = (resource: WatchK8sResource, model: K8sModel) => ({
  model,
  isList: !!resource.isList,
  ns: model.namespaced ? resource.namespace || undefined : undefined,
  name: resource.isList ? undefined : resource.name,
  labelSelector:
    resource.selector && Object.keys(resource.selector).length
      ? selectorToString(resource.selector)
      : undefined,
  fieldSelector: resource.fieldSelector,
  limit: resource.limit,
});

export const modelFor = (resource: WatchK8sResource | null) =>
  resource ? findModel(resource.groupVersionKind ?? resource.kind) : undefined;

export const toResult = (
  resource: WatchK8sResource | null,
  model: K8sModel | undefined,
  modelsInFlight: boolean,
  snapshot: WatchSnapshot | undefined,
): [unknown, boolean, unknown] => {
  if (!resource) {
    return [undefined, true, undefined];
  }
  const empty = emptyData({ isList: !!resource.isList });
  if (!model) {
    // A kind missing from discovery: loaded, with the console's NoModelError.
    return modelsInFlight ? [empty, false, undefined] : [empty, true, new NoModelError()];
  }
  return snapshot
    ? [snapshot.data, snapshot.loaded, snapshot.loadError]
    : [empty, false, undefined];
};

/** useK8sWatchResource: list+watch or get+watch, shared per unique request. */
export const useK8sWatchResource = ((initResource: WatchK8sResource | null) => {
  const resource = useDeepCompareMemoize(initResource);
  const [models, inFlight] = useK8sModels();
  const model = useMemo(() => modelFor(resource), [resource, models]); // eslint-disable-line react-hooks/exhaustive-deps
  maybeThrowInWatch(model?.kind);
  const request = useMemo(
    () => toRequest(resource && model ? toQuery(resource, model) : null),
    [resource, model],
  );
  const [snapshot] = useWatchSnapshots([request]);
  return useMemo(
    () => toResult(resource, model, inFlight, snapshot),
    [resource, model, inFlight, snapshot],
  );
}) as typeof SDK.useK8sWatchResource;
