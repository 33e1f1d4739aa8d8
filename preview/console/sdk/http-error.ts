/** The SDK's HttpError: `message` is what the console shows, `code` the HTTP status. */
export class HttpError extends Error {
  constructor(
    message: string,
    public code?: number,
    public response?: Response,
    public json?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

type StatusCause = { message?: string; field?: string };
type KubeStatus = {
  message?: string;
  error?: string;
  details?: { causes?: StatusCause[] };
};

/**
 * The message the console derives from a failed response (console-fetch-utils validateStatus):
 * the first cause of a Status when there is one, else its message, else the status text.
 * 403 always uses the Status message.
 */
export const statusMessage = (status: number, statusText: string, json: unknown): string => {
  const body = (json ?? {}) as KubeStatus;
  if (status === 403) {
    return body.message || 'Access denied due to cluster policy.';
  }
  const cause = body.details?.causes?.[0];
  if (cause) {
    return `Error "${cause.message ?? ''}" for field "${cause.field ?? ''}".`;
  }
  return body.message || body.error || statusText;
};

/**
 * Throws an HttpError for a non-OK response, otherwise returns it. The console is served over
 * HTTP/2, where `statusText` is always empty: so it is here, though this server speaks HTTP/1.1.
 */
export const validateStatus = async (response: Response): Promise<Response> => {
  if (response.ok || response.status === 304) {
    return response;
  }
  const statusText = '';
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('json')) {
    throw new HttpError(statusText, response.status, response);
  }
  const json: unknown = await response.json();
  throw new HttpError(
    statusMessage(response.status, statusText, json),
    response.status,
    response,
    json,
  );
};
