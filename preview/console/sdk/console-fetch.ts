import { validateStatus } from './http-error';

/** The console gives up on a request after 60 s (console-fetch.ts). */
export const TIMEOUT_MS = 60_000;

/** The console's TimeoutError: no `code`, only this message. */
export class TimeoutError extends Error {
  constructor(url: string, ms: number) {
    super(`Call to ${url} timed out after ${ms}ms.`);
    this.name = 'TimeoutError';
  }
}

/**
 * consoleFetch with the console's contract (console-runtime.md §10): an HttpError for a failed
 * response; the browser's raw TypeError when the network fails; a TimeoutError after 60 s.
 */
export const consoleFetch = async (url: string, options: RequestInit = {}): Promise<Response> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(url, TIMEOUT_MS)), TIMEOUT_MS);
  });
  try {
    const response = await Promise.race([
      window.fetch(url, { credentials: 'same-origin', ...options }),
      timeout,
    ]);
    return await validateStatus(response);
  } finally {
    clearTimeout(timer);
  }
};

const withJSON = (method: string, body: unknown, options: RequestInit = {}): RequestInit => {
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json');
  if (body !== undefined && body !== null) {
    const patch = method === 'PATCH';
    const isJSONPatch = patch && Array.isArray(body);
    headers.set(
      'Content-Type',
      isJSONPatch
        ? 'application/json-patch+json'
        : patch
          ? 'application/merge-patch+json'
          : 'application/json',
    );
  }
  return {
    ...options,
    method,
    headers,
    body: body === undefined || body === null ? undefined : JSON.stringify(body),
  };
};

const fetchJSON = async (url: string, method = 'GET', options?: RequestInit, body?: unknown) => {
  const response = await consoleFetch(url, withJSON(method, body, options));
  const text = await response.text();
  return (text ? JSON.parse(text) : {}) as unknown;
};

type FetchJSON = {
  (url: string, method?: string, options?: RequestInit): Promise<unknown>;
  post: (url: string, json: unknown, options?: RequestInit) => Promise<unknown>;
  put: (url: string, json: unknown, options?: RequestInit) => Promise<unknown>;
  patch: (url: string, json: unknown, options?: RequestInit) => Promise<unknown>;
  delete: (url: string, json?: unknown, options?: RequestInit) => Promise<unknown>;
};

export const consoleFetchJSON: FetchJSON = Object.assign(
  (url: string, method?: string, options?: RequestInit) => fetchJSON(url, method, options),
  {
    post: (url: string, json: unknown, options?: RequestInit) =>
      fetchJSON(url, 'POST', options, json),
    put: (url: string, json: unknown, options?: RequestInit) =>
      fetchJSON(url, 'PUT', options, json),
    patch: (url: string, json: unknown, options?: RequestInit) =>
      fetchJSON(url, 'PATCH', options, json),
    delete: (url: string, json?: unknown, options?: RequestInit) =>
      fetchJSON(url, 'DELETE', options, json),
  },
);

export const consoleFetchText = async (url: string, options?: RequestInit): Promise<string> => {
  const response = await consoleFetch(url, options);
  return response.text();
};
