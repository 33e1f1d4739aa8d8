/** get and list, with label/field selectors, limit/continue and server-side Table printing. */
import { errors } from '../api/errors';
import { apiVersionOf } from '../api/resource-types';
import { parseFieldSelector, parseLabelSelector } from '../api/selectors';
import { toTable, wantsTable } from '../api/table';
import type { IncludeObject } from '../api/table';
import { objectKey } from '../storage/store';
import type { HandlerResult, ResourceRequest } from './resource-request';
import { atVersion } from './responses';

export const TABLE_CONTENT_TYPE = 'application/json;as=Table;v=v1;g=meta.k8s.io';

export function includeObject(query: URLSearchParams): IncludeObject {
  const value = query.get('includeObject');
  return value === 'None' || value === 'Object' ? value : 'Metadata';
}

export function handleGet(req: ResourceRequest): HandlerResult {
  const { type, info, context } = req;
  const object = context.objects.mustGet(type, info.namespace, info.name ?? '');
  const versioned = atVersion(object, type, info.version);
  if (wantsTable(req.headers.accept)) {
    const table = toTable(type, [versioned], includeObject(req.query), {
      resourceVersion: object.metadata.resourceVersion,
    });
    return { code: 200, body: table, headers: { 'Content-Type': TABLE_CONTENT_TYPE } };
  }
  return { code: 200, body: versioned };
}

interface ContinueToken {
  /** The namespace/name key of the last object returned. */
  after: string;
}

function decodeContinue(token: string): ContinueToken {
  try {
    const parsed = JSON.parse(
      Buffer.from(token, 'base64url').toString('utf8'),
    ) as Partial<ContinueToken>;
    if (typeof parsed.after === 'string') return { after: parsed.after };
  } catch {
    // fall through
  }
  throw errors.badRequest(
    'continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)',
  );
}

export function handleList(req: ResourceRequest): HandlerResult {
  const { type, info, context, query } = req;
  const label = parseLabelSelector(query.get('labelSelector'));
  const field = parseFieldSelector(query.get('fieldSelector'), type.kind);
  let objects = context.objects.list(type, info.namespace).filter((o) => label(o) && field(o));
  const token = query.get('continue');
  if (token) {
    const { after } = decodeContinue(token);
    objects = objects.filter((o) => objectKey(o.metadata.namespace, o.metadata.name) > after);
  }
  const limit = Number(query.get('limit') ?? 0);
  const metadata: { resourceVersion: string; continue?: string; remainingItemCount?: number } = {
    resourceVersion: String(context.store.resourceVersion()),
  };
  if (limit > 0 && objects.length > limit) {
    const last = objects[limit - 1];
    metadata.continue = Buffer.from(
      JSON.stringify({ after: objectKey(last.metadata.namespace, last.metadata.name) }),
    ).toString('base64url');
    metadata.remainingItemCount = objects.length - limit;
    objects = objects.slice(0, limit);
  }
  const items = objects.map((o) => atVersion(o, type, info.version));
  if (wantsTable(req.headers.accept)) {
    return {
      code: 200,
      body: toTable(type, items, includeObject(query), metadata),
      headers: { 'Content-Type': TABLE_CONTENT_TYPE },
    };
  }
  return {
    code: 200,
    body: {
      apiVersion: apiVersionOf(type.group, info.version),
      kind: type.listKind,
      metadata,
      items,
    },
  };
}
