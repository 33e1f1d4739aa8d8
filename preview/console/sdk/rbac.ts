import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type {
  AccessReviewResourceAttributes,
  SelfSubjectAccessReviewKind,
} from '@openshift-console/dynamic-plugin-sdk';
import { useEffect, useState } from 'react';
import { consoleFetchJSON } from './console-fetch';
import { k8sBasePath } from './k8s-url';

const SSAR_URL = `${k8sBasePath}/apis/authorization.k8s.io/v1/selfsubjectaccessreviews`;
/** Answers are reused for a while, per set of attributes (the console memoizes them too). */
const CACHE_MS = 60_000;
const cache = new Map<string, { at: number; review: Promise<SelfSubjectAccessReviewKind> }>();

const cacheKey = (attrs: AccessReviewResourceAttributes) =>
  JSON.stringify(
    ['group', 'resource', 'subresource', 'verb', 'name', 'namespace'].map(
      (k) => attrs[k as keyof AccessReviewResourceAttributes] ?? '',
    ),
  );

export const checkAccess = ((resourceAttributes: AccessReviewResourceAttributes) => {
  const key = cacheKey(resourceAttributes);
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) {
    return hit.review;
  }
  const { group, resource, subresource, verb, name, namespace } = resourceAttributes;
  const review = consoleFetchJSON.post(SSAR_URL, {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    spec: {
      resourceAttributes: { group, resource, subresource, verb, name, namespace },
    },
  }) as Promise<SelfSubjectAccessReviewKind>;
  cache.set(key, { at: Date.now(), review });
  // A failed review is not remembered: the next caller asks again.
  review.catch(() => cache.delete(key));
  return review;
}) as typeof SDK.checkAccess;

/** [allowed, loading]. A failing review counts as allowed (the console lets the API decide). */
export const useAccessReview = ((resourceAttributes: AccessReviewResourceAttributes) => {
  const key = cacheKey(resourceAttributes);
  const [state, setState] = useState<{ key: string; allowed: boolean; loading: boolean }>({
    key,
    allowed: false,
    loading: true,
  });
  useEffect(() => {
    let live = true;
    setState((s) => (s.key === key ? s : { key, allowed: false, loading: true }));
    checkAccess(resourceAttributes)
      .then(
        (review) => live && setState({ key, allowed: !!review.status?.allowed, loading: false }),
      )
      .catch((e: unknown) => {
        console.warn('SelfSubjectAccessReview failed', e);
        if (live) {
          setState({ key, allowed: true, loading: false });
        }
      });
    return () => {
      live = false;
    };
    // `key` stands for the attributes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state.key === key ? [state.allowed, state.loading] : [false, true];
}) as typeof SDK.useAccessReview;

export const useAccessReviewAllowed = ((resourceAttributes: AccessReviewResourceAttributes) =>
  useAccessReview(resourceAttributes)[0]) as typeof SDK.useAccessReviewAllowed;
