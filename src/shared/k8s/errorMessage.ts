/**
 * The message to show for a failed API call. The SDK rejects with an HttpError whose message
 * is the server's Status message; anything else falls back to its string form.
 */
export const errorMessage = (error: unknown): string => {
  if (error instanceof Error) {
    // May be empty: over HTTP/2 a non-Status error body leaves only the (empty) statusText.
    return error.message;
  }
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const { message } = error;
    if (typeof message === 'string' && message) {
      return message;
    }
  }
  if (typeof error === 'string') {
    return error;
  }
  return error === undefined || error === null ? '' : JSON.stringify(error);
};

/** HTTP status code of an SDK error, when there is one. */
export const errorCode = (error: unknown): number | undefined => {
  if (typeof error !== 'object' || error === null) {
    return undefined;
  }
  const { code, response } = error as { code?: unknown; response?: { status?: unknown } };
  if (typeof code === 'number') {
    return code;
  }
  return typeof response?.status === 'number' ? response.status : undefined;
};

/** A 403, by its code or (for errors that lost it) the API server's wording. */
export const isForbidden = (error: unknown): boolean =>
  !!error && (errorCode(error) === 403 || /forbidden/i.test(errorMessage(error)));
