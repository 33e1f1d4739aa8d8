/** Errors the backend returns: an HTTP status and a message, shaped like a Kubernetes Status. */

export class BackendError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly reason = reasonFor(status),
  ) {
    super(message);
  }
}

function reasonFor(status: number): string {
  switch (status) {
    case 400:
      return 'BadRequest';
    case 401:
      return 'Unauthorized';
    case 403:
      return 'Forbidden';
    case 404:
      return 'NotFound';
    case 413:
      return 'RequestEntityTooLarge';
    case 502:
      return 'BadGateway';
    case 504:
      return 'Timeout';
    default:
      return status >= 500 ? 'InternalError' : 'Unknown';
  }
}

/** The body sent for an error: the API's own Status kind, so the plugin reads one shape. */
export function statusBody(error: BackendError): Record<string, unknown> {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    status: 'Failure',
    message: error.message,
    reason: error.reason,
    code: error.status,
  };
}

/** An error from the Kubernetes API, with the server's own message when it sent a Status. */
export function apiError(status: number, body: Buffer): BackendError {
  let message = `the API server answered ${status}`;
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { message?: unknown; reason?: unknown };
    if (typeof parsed.message === 'string' && parsed.message) message = parsed.message;
  } catch {
    // Not JSON: keep the generic message (never echo arbitrary bytes).
  }
  return new BackendError(status, message);
}
