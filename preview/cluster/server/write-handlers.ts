/** create, update, patch, delete and deletecollection. */
import { errors } from '../api/errors';
import { PATCH_TYPES, jsonPatch, mergePatch, strategicMerge } from '../api/patch';
import { parseFieldSelector, parseLabelSelector } from '../api/selectors';
import { apiVersionOf } from '../api/resource-types';
import type { KubeObject, StoredObject } from '../api/types';
import { isMap } from '../api/types';
import type { DeleteOptions } from '../storage/objects';
import { decodeBody, mediaType } from './body';
import { PROTOBUF } from './protobuf';
import type { HandlerResult, ResourceRequest } from './resource-request';
import { atVersion, successStatus, warningHeaders } from './responses';
import { decodeObject, prepareWrite } from './write-pipeline';
import type { WriteRequest } from './write-pipeline';

/** Built-in kinds also take the protobuf kubectl's typed commands send (for the kinds protobuf.ts knows). */
function objectMediaTypes(req: ResourceRequest): string[] {
  return req.type.custom
    ? ['application/json', 'application/yaml']
    : ['application/json', 'application/yaml', PROTOBUF];
}

function writeRequest(req: ResourceRequest): WriteRequest {
  return {
    context: req.context,
    type: req.type,
    version: req.info.version,
    user: req.user,
    query: req.query,
    warnings: [],
  };
}

const isDryRun = (req: ResourceRequest) => req.query.getAll('dryRun').includes('All');

function result(
  req: ResourceRequest,
  write: WriteRequest,
  code: number,
  object: KubeObject,
): HandlerResult {
  return {
    code,
    body: atVersion(object, req.type, req.info.version),
    headers: warningHeaders(write.warnings),
  };
}

/** The request body as an object of this resource, in the URL's namespace (and name, for PUT). */
async function readObject(
  req: ResourceRequest,
  write: WriteRequest,
  name?: string,
): Promise<KubeObject> {
  const body = decodeBody(
    await req.readBody(),
    req.headers['content-type'] ?? '',
    objectMediaTypes(req),
  );
  return decodeObject(write, body, {
    ...(req.info.namespace ? { namespace: req.info.namespace } : {}),
    ...(name === undefined ? {} : { name }),
  });
}

export async function handleCreate(req: ResourceRequest): Promise<HandlerResult> {
  const write = writeRequest(req);
  const input = await readObject(req, write);
  const prepared = req.context.objects.prepareCreate(req.type, input);
  if (req.type.statusSubresource) delete prepared.status;
  const object = prepareWrite(write, prepared, 'CREATE') as StoredObject;
  if (req.context.objects.get(req.type, object.metadata.namespace, object.metadata.name)) {
    throw errors.alreadyExists(req.type.plural, req.type.group, object.metadata.name);
  }
  const stored = isDryRun(req) ? object : req.context.objects.insert(req.type, object);
  return result(req, write, 201, stored);
}

/** Shared by PUT and PATCH: validates and stores a full new version of an existing object. */
function replace(req: ResourceRequest, write: WriteRequest, input: KubeObject): HandlerResult {
  const subresource = req.info.subresource === 'status' ? 'status' : undefined;
  if (req.type.custom && !input.metadata.resourceVersion && req.info.verb === 'update') {
    throw errors.invalid(req.type.kind, req.type.group, input.metadata.name ?? '', [
      {
        reason: 'FieldValueInvalid',
        field: 'metadata.resourceVersion',
        message: 'Invalid value: 0x0: must be specified for an update',
      },
    ]);
  }
  const { next, current } = req.context.objects.prepareUpdate(
    req.type,
    input,
    subresource ? { subresource } : {},
  );
  const object = prepareWrite(write, next, 'UPDATE', current, subresource) as StoredObject;
  const stored = isDryRun(req)
    ? object
    : req.context.objects.commitUpdate(req.type, object, current);
  return result(req, write, 200, stored);
}

export async function handleUpdate(req: ResourceRequest): Promise<HandlerResult> {
  const write = writeRequest(req);
  const input = await readObject(req, write, req.info.name ?? '');
  return replace(req, write, input);
}

export async function handlePatch(req: ResourceRequest): Promise<HandlerResult> {
  const write = writeRequest(req);
  const type = mediaType(req.headers['content-type']);
  const supported: string[] = req.type.custom
    ? [PATCH_TYPES.json, PATCH_TYPES.merge, PATCH_TYPES.apply]
    : [PATCH_TYPES.json, PATCH_TYPES.merge, PATCH_TYPES.strategic, PATCH_TYPES.apply];
  if (!supported.includes(type)) throw errors.unsupportedMediaType(supported);
  const patch = decodeBody(
    await req.readBody(),
    type === PATCH_TYPES.apply ? 'application/yaml' : 'application/json',
    ['application/json', 'application/yaml'],
  );
  const name = req.info.name ?? '';
  const current = req.context.objects.get(req.type, req.info.namespace, name);
  if (!current) {
    if (type !== PATCH_TYPES.apply) throw errors.notFound(req.type.plural, req.type.group, name);
    // Server-side apply creates what does not exist yet.
    const input = decodeObject(write, patch, {
      ...(req.info.namespace ? { namespace: req.info.namespace } : {}),
      name,
    });
    const object = prepareWrite(
      write,
      req.context.objects.prepareCreate(req.type, input),
      'CREATE',
    ) as StoredObject;
    return result(
      req,
      write,
      201,
      isDryRun(req) ? object : req.context.objects.insert(req.type, object),
    );
  }
  const base = atVersion(current, req.type, req.info.version);
  let patched: unknown;
  if (type === PATCH_TYPES.json) patched = jsonPatch(base, patch);
  else if (type === PATCH_TYPES.strategic) patched = strategicMerge(base, patch);
  // Server-side apply is approximated by a merge of the applied configuration (no field managers).
  else patched = mergePatch(base, patch);
  if (!isMap(patched)) throw errors.badRequest('patch produced a non-object');
  if (isMap(patched.metadata) && patched.metadata.name !== name) {
    throw errors.invalid(req.type.kind, req.type.group, name, [
      {
        reason: 'FieldValueInvalid',
        field: 'metadata.name',
        message: 'Invalid value: field is immutable',
      },
    ]);
  }
  const input = decodeObject(write, patched, {
    ...(req.info.namespace ? { namespace: req.info.namespace } : {}),
    name,
  });
  return replace(req, write, input);
}

async function deleteOptions(req: ResourceRequest): Promise<DeleteOptions> {
  const raw = await req.readBody();
  let body: unknown = {};
  if (raw.length > 0)
    body = decodeBody(
      raw,
      req.headers['content-type'] ?? 'application/json',
      objectMediaTypes(req),
    );
  const options: DeleteOptions = {};
  const policy =
    req.query.get('propagationPolicy') ?? (isMap(body) ? body.propagationPolicy : undefined);
  if (policy !== undefined && policy !== null) {
    if (policy !== 'Background' && policy !== 'Foreground' && policy !== 'Orphan') {
      throw errors.invalid('DeleteOptions', '', '', [
        {
          reason: 'FieldValueNotSupported',
          field: 'propagationPolicy',
          message: `Unsupported value: ${JSON.stringify(policy)}: supported values: "Foreground", "Background", "Orphan"`,
        },
      ]);
    }
    options.propagationPolicy = policy;
  }
  if (isMap(body) && isMap(body.preconditions)) options.preconditions = body.preconditions;
  if (isMap(body) && body.orphanDependents === true) options.propagationPolicy = 'Orphan';
  // kubectl puts dryRun for deletes in the DeleteOptions body, not the query.
  if (isMap(body) && Array.isArray(body.dryRun) && body.dryRun.includes('All'))
    options.dryRun = true;
  return options;
}

export async function handleDelete(req: ResourceRequest): Promise<HandlerResult> {
  const options = await deleteOptions(req);
  const name = req.info.name ?? '';
  if (isDryRun(req) || options.dryRun)
    return {
      code: 200,
      body: atVersion(
        req.context.objects.mustGet(req.type, req.info.namespace, name),
        req.type,
        req.info.version,
      ),
    };
  const { object, removed } = req.context.objects.delete(
    req.type,
    req.info.namespace,
    name,
    options,
  );
  // Removed at once: a Status, as the generic registry answers (objects with finalizers come back marked).
  if (removed) {
    return {
      code: 200,
      body: successStatus({
        name,
        group: req.type.group,
        kind: req.type.plural,
        uid: object.metadata.uid,
      }),
    };
  }
  return { code: 200, body: atVersion(object, req.type, req.info.version) };
}

export async function handleDeleteCollection(req: ResourceRequest): Promise<HandlerResult> {
  const options = await deleteOptions(req);
  const label = parseLabelSelector(req.query.get('labelSelector'));
  const field = parseFieldSelector(req.query.get('fieldSelector'), req.type.kind);
  const items = req.context.objects
    .list(req.type, req.info.namespace)
    .filter((o) => label(o) && field(o));
  const deleted =
    isDryRun(req) || options.dryRun
      ? items
      : items.map(
          (o) =>
            req.context.objects.delete(req.type, o.metadata.namespace, o.metadata.name, options)
              .object,
        );
  return {
    code: 200,
    body: {
      apiVersion: apiVersionOf(req.type.group, req.info.version),
      kind: req.type.listKind,
      metadata: {},
      items: deleted.map((o) => atVersion(o, req.type, req.info.version)),
    },
  };
}
