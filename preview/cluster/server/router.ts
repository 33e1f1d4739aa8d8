/** Dispatches an authenticated request to discovery, reviews, subresources or resource verbs. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errors } from '../api/errors';
import type { ResourceType } from '../api/resource-types';
import { parseFieldSelector, parseLabelSelector } from '../api/selectors';
import { wantsTable } from '../api/table';
import type { UserInfo } from '../auth/users';
import type { ClusterContext } from '../cluster-context';
import { readBody } from './body';
import { KUBEVIRT_SUBRESOURCES_GROUP, discoveryDocument } from './discovery';
import { OpenApi } from './openapi';
import { handleClockEndpoint } from './clock-endpoint';
import { handleFaultsEndpoint } from './faults-endpoint';
import { handleKubevirtSubresource } from './kubevirt-subresources';
import { TABLE_CONTENT_TYPE, handleGet, handleList, includeObject } from './read-handlers';
import type { RequestInfo } from './request-info';
import type { HandlerResult, ResourceRequest } from './resource-request';
import { handleReview } from './reviews';
import { sendJson } from './responses';
import type { WatchParams, WatchSink } from './watch';
import { startWatch } from './watch';
import {
  handleCreate,
  handleDelete,
  handleDeleteCollection,
  handlePatch,
  handleUpdate,
} from './write-handlers';

/** The resource type a request addresses, or 404 as the API server answers unknown paths. */
export function resolveType(context: ClusterContext, info: RequestInfo): ResourceType {
  const type = context.registry.lookup(info.group, info.version, info.resource ?? '');
  if (!type) throw errors.pathNotFound(info.path);
  if (info.subresource && !(info.subresource === 'status' && type.statusSubresource))
    throw errors.pathNotFound(info.path);
  if (!type.namespaced && info.namespace !== undefined && type.plural !== 'namespaces')
    throw errors.pathNotFound(info.path);
  if (
    type.namespaced &&
    info.namespace === undefined &&
    !['list', 'watch', 'deletecollection'].includes(info.verb)
  ) {
    throw errors.pathNotFound(info.path);
  }
  if (!type.verbs.includes(info.verb)) throw errors.methodNotAllowed(info.verb);
  return type;
}

export function watchParams(
  type: ResourceType,
  info: RequestInfo,
  query: URLSearchParams,
  accept: string | undefined,
): WatchParams {
  const field = info.name !== undefined ? `metadata.name=${info.name}` : query.get('fieldSelector');
  const timeout = query.get('timeoutSeconds');
  return {
    type,
    version: info.version,
    ...(info.namespace !== undefined && type.namespaced ? { namespace: info.namespace } : {}),
    label: parseLabelSelector(query.get('labelSelector')),
    field: parseFieldSelector(field, type.kind),
    ...(query.get('resourceVersion') !== null
      ? { resourceVersion: query.get('resourceVersion') ?? '' }
      : {}),
    ...(timeout !== null ? { timeoutSeconds: Number(timeout) } : {}),
    ...(wantsTable(accept) ? { table: includeObject(query) } : {}),
    allowBookmarks: query.get('allowWatchBookmarks') === 'true',
    sendInitialEvents: query.get('sendInitialEvents') === 'true',
  };
}

function httpWatchSink(res: ServerResponse, table: boolean): WatchSink {
  res.writeHead(200, {
    'Content-Type': table ? TABLE_CONTENT_TYPE : 'application/json',
    'Cache-Control': 'no-cache, private',
    'Transfer-Encoding': 'chunked',
  });
  res.flushHeaders();
  return {
    send: (text) => res.write(`${text}\n`),
    close: () => res.end(),
    onClose: (callback) => res.on('close', callback),
  };
}

const openApis = new WeakMap<ClusterContext, OpenApi>();

function serveOpenApi(context: ClusterContext, res: ServerResponse, info: RequestInfo): void {
  let openApi = openApis.get(context);
  if (!openApi) {
    openApi = new OpenApi(context.registry);
    openApis.set(context, openApi);
  }
  if (info.segments.length === 2) {
    sendJson(res, 200, openApi.root());
    return;
  }
  const text = openApi.document(info.segments.slice(2).join('/'));
  if (text === undefined) throw errors.pathNotFound(info.path);
  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'public, immutable',
  });
  res.end(text);
}

async function resourceVerb(req: ResourceRequest): Promise<HandlerResult> {
  if (req.type.virtual) return handleReview(req);
  switch (req.info.verb) {
    case 'get':
      return handleGet(req);
    case 'list':
      return handleList(req);
    case 'create':
      return handleCreate(req);
    case 'update':
      return handleUpdate(req);
    case 'patch':
      return handlePatch(req);
    case 'delete':
      return handleDelete(req);
    case 'deletecollection':
      return handleDeleteCollection(req);
    default:
      throw errors.methodNotAllowed(req.info.verb);
  }
}

export async function route(
  context: ClusterContext,
  req: IncomingMessage,
  res: ServerResponse,
  info: RequestInfo,
  user: UserInfo,
  query: URLSearchParams,
): Promise<void> {
  if (!info.isResource) {
    if (info.segments[0] === 'preview' && info.segments[1] === 'faults') {
      await handleFaultsEndpoint(context, req, res, user);
      return;
    }
    if (info.segments[0] === 'preview' && info.segments[1] === 'clock') {
      await handleClockEndpoint(context, req, res, user);
      return;
    }
    if (info.segments[0] === 'openapi' && info.segments[1] === 'v3') {
      serveOpenApi(context, res, info);
      return;
    }
    const document = discoveryDocument(context.registry, info.segments);
    if (document === undefined) throw errors.pathNotFound(info.path);
    sendJson(res, 200, document);
    return;
  }
  const readRequestBody = () => readBody(req);
  if (info.group === KUBEVIRT_SUBRESOURCES_GROUP) {
    const result = await handleKubevirtSubresource(context, info, readRequestBody);
    sendJson(res, result.code, result.body, result.headers);
    return;
  }
  const type = resolveType(context, info);
  if (info.verb === 'watch') {
    const params = watchParams(type, info, query, req.headers.accept);
    startWatch(context, params, httpWatchSink(res, params.table !== undefined));
    return;
  }
  const result = await resourceVerb({
    context,
    info,
    type,
    user,
    query,
    headers: req.headers,
    readBody: readRequestBody,
  });
  sendJson(res, result.code, result.body, result.headers);
}
