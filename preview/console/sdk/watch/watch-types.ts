import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';

export type WatchQuery = {
  model: K8sModel;
  isList: boolean;
  ns?: string;
  name?: string;
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
};

export type WatchSnapshot = { data: unknown; loaded: boolean; loadError: unknown };

/** What a single-object watch returns before its first answer (the console's `null`). */
export const emptyData = (query: Pick<WatchQuery, 'isList'>) => (query.isList ? [] : null);
