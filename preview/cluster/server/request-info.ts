/**
 * Parses a request path the way the API server's RequestInfoFactory does. Path segments are
 * decoded one by one and never normalised, so `..` or an encoded `/` in a name cannot reach
 * another resource: they are refused with 400.
 */
import { errors } from '../api/errors';

export interface RequestInfo {
  isResource: boolean;
  /** The raw path, for non-resource authorization and discovery. */
  path: string;
  segments: string[];
  verb: string;
  group: string;
  version: string;
  namespace?: string;
  resource?: string;
  name?: string;
  subresource?: string;
}

const NAMESPACE_SUBRESOURCES = new Set(['status', 'finalize']);

function decodeSegments(path: string): string[] {
  const raw = path.split('/').slice(1);
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
  return raw.map((segment) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      throw errors.badRequest(`invalid path segment: ${JSON.stringify(segment)}`);
    }
    if (decoded === '.' || decoded === '..' || decoded.includes('/') || decoded === '') {
      throw errors.badRequest(`invalid path segment: ${JSON.stringify(decoded)}`);
    }
    return decoded;
  });
}

function verbFor(method: string, hasName: boolean, watch: boolean): string {
  switch (method) {
    case 'GET':
    case 'HEAD':
      return watch ? 'watch' : hasName ? 'get' : 'list';
    case 'POST':
      return 'create';
    case 'PUT':
      return 'update';
    case 'PATCH':
      return 'patch';
    case 'DELETE':
      return hasName ? 'delete' : 'deletecollection';
    default:
      throw errors.methodNotAllowed(method);
  }
}

export function parseRequestInfo(
  method: string,
  path: string,
  query: URLSearchParams,
): RequestInfo {
  const segments = decodeSegments(path);
  const watch = ['true', '1'].includes(query.get('watch') ?? '');
  const nonResource = (): RequestInfo => ({
    isResource: false,
    path,
    segments,
    verb: method === 'GET' || method === 'HEAD' ? 'get' : method.toLowerCase(),
    group: '',
    version: '',
  });
  let rest: string[];
  let group: string;
  let version: string;
  if (segments[0] === 'api' && segments.length >= 3) {
    [group, version, rest] = ['', segments[1], segments.slice(2)];
  } else if (segments[0] === 'apis' && segments.length >= 4) {
    [group, version, rest] = [segments[1], segments[2], segments.slice(3)];
  } else {
    return nonResource();
  }
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length > 1) {
    namespace = rest[1];
    if (rest.length > 2 && !NAMESPACE_SUBRESOURCES.has(rest[2])) rest = rest.slice(2);
  }
  if (rest.length > 3) throw errors.pathNotFound(path);
  const [resource, name, subresource] = rest;
  return {
    isResource: true,
    path,
    segments,
    verb: verbFor(method, name !== undefined, watch),
    group,
    version,
    ...(namespace !== undefined ? { namespace } : {}),
    resource,
    ...(name !== undefined ? { name } : {}),
    ...(subresource !== undefined ? { subresource } : {}),
  };
}
