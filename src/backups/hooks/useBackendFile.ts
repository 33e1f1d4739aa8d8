import { consoleFetch, consoleFetchJSON } from '@openshift-console/dynamic-plugin-sdk';
import { errorMessage } from '@shared/k8s/errorMessage';
import { useCallback, useEffect, useState } from 'react';
import { LOG_LIMIT_HEADER } from '../backend/backupFiles';

export type BackendFile<T> = {
  data: T | undefined;
  loading: boolean;
  /** The backend's (or the API server's) own message. */
  error: string | undefined;
  retry: () => void;
};

/**
 * Reads one Velero file through the plugin's backend (consoleFetch: the console's proxy adds
 * the user's token). `url` undefined waits; a failure keeps its message and can be retried.
 */
const useBackendRequest = <T>(
  url: string | undefined,
  read: (url: string) => Promise<T>,
): BackendFile<T> => {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ url?: string; data?: T; error?: string }>({});
  useEffect(() => {
    if (!url) return undefined;
    let current = true;
    read(url)
      .then((data) => current && setState({ url, data }))
      .catch((error: unknown) => current && setState({ url, error: errorMessage(error) }));
    return () => {
      current = false;
    };
  }, [url, attempt, read]);
  const retry = useCallback(() => {
    setState({});
    setAttempt((n) => n + 1);
  }, []);
  const settled = state.url === url;
  return {
    data: settled ? state.data : undefined,
    loading: !!url && !settled,
    error: settled ? state.error : undefined,
    retry,
  };
};

const readJSON = (url: string) => consoleFetchJSON(url) as Promise<unknown>;

export const useBackendJSON = <T>(url: string | undefined): BackendFile<T> =>
  useBackendRequest(url, readJSON) as BackendFile<T>;

export type LogText = { text: string; truncated: boolean; limit?: number };

const readLog = async (url: string): Promise<LogText> => {
  const response = await consoleFetch(url);
  const text = await response.text();
  const limit = Number(response.headers.get(LOG_LIMIT_HEADER));
  const bytes = new TextEncoder().encode(text).length;
  return { text, truncated: limit > 0 && bytes >= limit, ...(limit > 0 ? { limit } : {}) };
};

export const useBackendLog = (url: string | undefined): BackendFile<LogText> =>
  useBackendRequest(url, readLog);
