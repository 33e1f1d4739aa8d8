import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { consoleFetchJSON } from './console-fetch';
import { resourceURL, selectorToString } from './k8s-url';
import type { ResourcePathOptions } from './k8s-url';

type BaseOptions = { name?: string; ns?: string; path?: string; queryParams?: object };

const pathOptions = (options: BaseOptions, defaults: ResourcePathOptions): ResourcePathOptions => ({
  ...defaults,
  ...(options.name ? { name: options.name } : {}),
  ...(options.ns ? { ns: options.ns } : {}),
  ...(options.path ? { path: options.path } : {}),
  ...(options.queryParams
    ? { queryParams: options.queryParams as Record<string, string | undefined> }
    : {}),
});

const meta = (resource: K8sResourceCommon | undefined) => resource?.metadata ?? {};

export const k8sGet = (async (
  options: BaseOptions & { model: K8sModel; requestInit?: RequestInit },
) =>
  consoleFetchJSON(
    resourceURL(options.model, pathOptions(options, {})),
    'GET',
    options.requestInit,
  )) as typeof SDK.k8sGet;

export const k8sCreate = (async (
  options: BaseOptions & { model: K8sModel; data: K8sResourceCommon },
) =>
  consoleFetchJSON.post(
    resourceURL(options.model, pathOptions(options, { ns: meta(options.data).namespace })),
    options.data,
  )) as typeof SDK.k8sCreate;

export const k8sUpdate = (async (
  options: BaseOptions & { model: K8sModel; data: K8sResourceCommon },
) =>
  consoleFetchJSON.put(
    resourceURL(
      options.model,
      pathOptions(options, { ns: meta(options.data).namespace, name: meta(options.data).name }),
    ),
    options.data,
  )) as typeof SDK.k8sUpdate;

export const k8sPatch = (async (
  options: BaseOptions & { model: K8sModel; resource: K8sResourceCommon; data: SDK.Patch[] },
) => {
  const patches = options.data.filter(Boolean);
  if (!patches.length) {
    return options.resource;
  }
  const { namespace, name } = meta(options.resource);
  return consoleFetchJSON.patch(
    resourceURL(options.model, pathOptions(options, { ns: namespace, name })),
    patches,
  );
}) as typeof SDK.k8sPatch;

export const k8sDelete = (async (
  options: BaseOptions & {
    model: K8sModel;
    resource: K8sResourceCommon;
    requestInit?: RequestInit;
    json?: Record<string, unknown>;
  },
) => {
  const { model } = options;
  const { namespace, name } = meta(options.resource);
  const json =
    options.json ??
    (model.propagationPolicy
      ? { kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy: model.propagationPolicy }
      : undefined);
  return consoleFetchJSON.delete(
    resourceURL(model, pathOptions(options, { ns: namespace, name })),
    json,
    options.requestInit,
  );
}) as typeof SDK.k8sDelete;

type ListOptions = {
  model: K8sModel;
  queryParams: Record<string, unknown>;
  requestInit?: RequestInit;
  /** Not in the SDK's type, but its adapter passes it through: return the whole list. */
  raw?: boolean;
};
type ListResult = K8sResourceCommon & { items?: K8sResourceCommon[] };

const list = async ({ model, queryParams, requestInit }: ListOptions, raw: boolean) => {
  const { ns, ...rest } = queryParams;
  const query = Object.fromEntries(
    Object.entries(rest).map(([k, v]) => [
      k,
      k === 'labelSelector' && typeof v === 'object' && v ? selectorToString(v) : String(v),
    ]),
  );
  const url = resourceURL(model, {
    ns: typeof ns === 'string' ? ns : undefined,
    queryParams: query,
  });
  const result = (await consoleFetchJSON(url, 'GET', requestInit)) as ListResult;
  const items = (result.items ?? []).map((item) => ({
    kind: model.kind,
    apiVersion: result.apiVersion,
    ...item,
  }));
  return raw ? { ...result, items } : items;
};

export const k8sList = ((options: ListOptions) =>
  list(options, !!options.raw)) as typeof SDK.k8sList;
export const k8sListItems = ((options: ListOptions) =>
  list(options, false)) as typeof SDK.k8sListItems;
/** The raw list (with metadata.resourceVersion), used by the watch store. */
export const k8sListRaw = (options: ListOptions) => list(options, true) as Promise<ListResult>;
