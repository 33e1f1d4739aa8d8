/**
 * Kubernetes `Status` errors. Every failure the server returns is one of these, with the
 * `reason`, `code` and `details` real clients (kubectl, client-go, the console) branch on.
 */

export interface StatusCause {
  reason: string;
  message: string;
  field?: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

export interface Status {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure' | 'Success';
  message?: string;
  reason?: string;
  details?: StatusDetails;
  code: number;
}

export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly details?: StatusDetails,
    /** Extra response headers, e.g. Retry-After. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  toStatus(): Status {
    const status: Status = {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: this.message,
      reason: this.reason,
      code: this.code,
    };
    if (this.details) status.details = this.details;
    return status;
  }
}

/** "virtualmachines.kubevirt.io" or "pods" for the core group. */
export function qualifiedResource(plural: string, group: string): string {
  return group ? `${plural}.${group}` : plural;
}

export const errors = {
  badRequest: (message: string) => new ApiError(400, 'BadRequest', message),
  unauthorized: () => new ApiError(401, 'Unauthorized', 'Unauthorized'),
  notFound: (plural: string, group: string, name: string) =>
    new ApiError(404, 'NotFound', `${qualifiedResource(plural, group)} "${name}" not found`, {
      name,
      group,
      kind: plural,
    }),
  pathNotFound: (path: string) =>
    new ApiError(404, 'NotFound', `the server could not find the requested resource (${path})`),
  alreadyExists: (plural: string, group: string, name: string) =>
    new ApiError(
      409,
      'AlreadyExists',
      `${qualifiedResource(plural, group)} "${name}" already exists`,
      {
        name,
        group,
        kind: plural,
      },
    ),
  conflict: (plural: string, group: string, name: string, why: string) =>
    new ApiError(
      409,
      'Conflict',
      `Operation cannot be fulfilled on ${qualifiedResource(plural, group)} "${name}": ${why}`,
      { name, group, kind: plural },
    ),
  staleResourceVersion: (plural: string, group: string, name: string) =>
    errors.conflict(
      plural,
      group,
      name,
      'the object has been modified; please apply your changes to the latest version and try again',
    ),
  forbidden: (plural: string, group: string, name: string | undefined, why: string) => {
    const target = name
      ? `${qualifiedResource(plural, group)} "${name}"`
      : qualifiedResource(plural, group);
    return new ApiError(403, 'Forbidden', `${target} is forbidden: ${why}`, {
      ...(name ? { name } : {}),
      group,
      kind: plural,
    });
  },
  /** 422 with one cause per bad field, worded as the API server words them. */
  invalid: (kind: string, group: string, name: string, causes: StatusCause[]) => {
    const parts = causes.map((c) => (c.field ? `${c.field}: ${c.message}` : c.message));
    const summary = parts.length === 1 ? parts[0] : `[${parts.join(', ')}]`;
    return new ApiError(
      422,
      'Invalid',
      `${qualifiedResource(kind, group)} "${name}" is invalid: ${summary}`,
      {
        name,
        group,
        kind,
        causes,
      },
    );
  },
  /** A denial by one of the admission webhooks KubeVirt or CDI register on a real cluster. */
  webhookDenied: (webhook: string, causes: StatusCause[]) =>
    new ApiError(
      422,
      'Invalid',
      `admission webhook "${webhook}" denied the request: ${causes.map((c) => c.message).join(', ')}`,
      { causes },
    ),
  methodNotAllowed: (method: string) =>
    new ApiError(
      405,
      'MethodNotAllowed',
      `the server does not allow this method on the requested resource (${method})`,
    ),
  unsupportedMediaType: (accepted: string[]) =>
    new ApiError(
      415,
      'UnsupportedMediaType',
      `the body of the request was in an unknown format - accepted media types include: ${accepted.join(', ')}`,
    ),
  tooLarge: (limit: number) =>
    new ApiError(413, 'RequestEntityTooLarge', `Request entity too large: limit is ${limit}`),
  gone: (message: string) => new ApiError(410, 'Expired', message),
  internal: (message: string) =>
    new ApiError(500, 'InternalError', `Internal error occurred: ${message}`, {
      causes: [{ reason: 'UnexpectedServerResponse', message }],
    }),
};

export function fieldCause(reason: string, field: string, message: string): StatusCause {
  return { reason, field, message };
}
