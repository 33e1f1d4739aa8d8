import { useCallback } from 'react';
import { errorCode, errorMessage } from '../k8s/errorMessage';
import { usePluginTranslation } from './usePluginTranslation';

const named = (error: unknown, name: string) =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;

/**
 * What to tell the user about a failed request. The console's fetch rejects with an HttpError
 * carrying the server's message, but also with a raw TypeError when the network fails, a
 * TimeoutError after 60 s (no code), and an empty message over HTTP/2 when the body is not a
 * Status (console-runtime.md §10).
 */
export const useRequestErrorText = () => {
  const { t } = usePluginTranslation();
  return useCallback(
    (error: unknown): string => {
      if (named(error, 'TimeoutError')) {
        return t(
          'The cluster did not answer within 60 seconds. The request may still have been carried out: check before trying again.',
        );
      }
      if (error instanceof TypeError) {
        return t(
          'The cluster could not be reached ({{reason}}). Check the connection and try again.',
          {
            reason: error.message,
          },
        );
      }
      const message = errorMessage(error);
      if (message) {
        return message;
      }
      const code = errorCode(error);
      return code
        ? t('The request failed with HTTP status {{code}}.', { code })
        : t('The request failed.');
    },
    [t],
  );
};
