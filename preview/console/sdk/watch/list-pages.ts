import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { k8sListRaw } from '../k8s-resource';
import type { WatchQuery } from './watch-types';

/** The console lists in pages of 250 and shows the first page as soon as it arrives. */
const PAGE_SIZE = 250;

export const keyOf = (o: K8sResourceCommon) =>
  `${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`;

/**
 * Lists every page of `query` (following `continue`), calling `onPage` with everything so far
 * after each page. Returns the items and the list's resourceVersion to watch from, or
 * undefined when `current()` says the answer is no longer wanted.
 */
export const listAllPages = async (
  query: WatchQuery,
  current: () => boolean,
  onPage: (soFar: Map<string, K8sResourceCommon>) => void,
) => {
  const { model, ns, labelSelector, fieldSelector, limit } = query;
  const items = new Map<string, K8sResourceCommon>();
  let continueToken: string | undefined;
  let resourceVersion: string | undefined;
  do {
    const page = await k8sListRaw({
      model,
      queryParams: {
        ns,
        limit: limit ?? PAGE_SIZE,
        ...(labelSelector ? { labelSelector } : {}),
        ...(fieldSelector ? { fieldSelector } : {}),
        ...(continueToken ? { continue: continueToken } : {}),
      },
    });
    if (!current()) {
      return undefined;
    }
    (page.items ?? []).forEach((item) => items.set(keyOf(item), item));
    continueToken = (page.metadata as { continue?: string } | undefined)?.continue || undefined;
    resourceVersion = page.metadata?.resourceVersion;
    onPage(items);
  } while (continueToken);
  return { items, resourceVersion };
};
