import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { useMemo } from 'react';
import { useK8sModels } from '../models';
import { modelFor, toQuery, toResult, useDeepCompareMemoize } from './useK8sWatchResource';
import { toRequest, useWatchSnapshots } from './useWatchSnapshots';

/** useK8sWatchResources: several named watches in one hook, each shared like the single one. */
export const useK8sWatchResources = ((initResources: Record<string, WatchK8sResource>) => {
  const resources = useDeepCompareMemoize(initResources);
  const [models, inFlight] = useK8sModels();
  const keys = useMemo(() => Object.keys(resources), [resources]);
  const modelList = useMemo(
    () => keys.map((k) => modelFor(resources[k] ?? null)),
    [keys, resources, models], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const requests = useMemo(
    () =>
      keys.map((k, i) => {
        const resource = resources[k];
        const model = modelList[i];
        return toRequest(resource && model ? toQuery(resource, model) : null);
      }),
    [keys, resources, modelList],
  );
  const snapshots = useWatchSnapshots(requests);
  return useMemo(
    () =>
      Object.fromEntries(
        keys.map((k, i) => {
          const [data, loaded, loadError] = toResult(
            resources[k] ?? null,
            modelList[i],
            inFlight,
            snapshots[i],
          );
          return [k, { data, loaded, loadError }];
        }),
      ),
    [keys, resources, modelList, inFlight, snapshots],
  );
}) as typeof SDK.useK8sWatchResources;
