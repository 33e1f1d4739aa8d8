import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type {
  AccessReviewResourceAttributes,
  SelfSubjectAccessReviewKind,
} from '@openshift-console/dynamic-plugin-sdk';
import { useEffect, useState } from 'react';
import { consoleFetchJSON } from './console-fetch';
import { k8sBasePath } from './k8s-url';

const SSAR_URL = `${k8sBasePath}/apis/authorization.k8s.io/v1/selfsubjectaccessreviews`;
/**
 * The console's cache (rbac.tsx, console-runtime.md §7): one answer per attributes, kept
 * until the page reloads, failed reviews included.
 */
const cache = new Map<string, Promise<SelfSubjectAccessReviewKind>>();

const cacheKey = (attrs: AccessReviewResourceAttributes) =>
  JSON.stringify(
    ['group', 'resource', 'subresource', 'verb', 'name', 'namespace'].map(
      (k) => attrs[k as keyof AccessReviewResourceAttributes] ?? '',
    ),
  );

export const checkAccess = ((resourceAttributes: AccessReviewResourceAttributes) => {
  const key = cacheKey(resourceAttributes);
  const hit = cache.get(key);
  if (hit) {
    return hit;
  }
  const { group, resource, subresource, verb, name, namespace } = resourceAttributes;
  const review = consoleFetchJSON.post(SSAR_URL, {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    spec: {
      resourceAttributes: { group, resource, subresource, verb, name, namespace },
    },
  }) as Promise<SelfSubjectAccessReviewKind>;
  cache.set(key, review);
  return review;
}) as typeof SDK.checkAccess;

/**
 * [allowed, loading]. A failing review counts as allowed (the console lets the API decide).
 * When the attributes change, the previous answer stays, with loading false, until the new
 * one arrives: the console's hook does the same.
 */
export const useAccessReview = ((resourceAttributes: AccessReviewResourceAttributes) => {
  const key = cacheKey(resourceAttributes);
  const [state, setState] = useState({ allowed: false, loading: true });
  useEffect(() => {
    let live = true;
    checkAccess(resourceAttributes)
      .then((review) => live && setState({ allowed: !!review.status?.allowed, loading: false }))
      .catch((e: unknown) => {
        console.warn('SelfSubjectAccessReview failed', e);
        if (live) {
          setState({ allowed: true, loading: false });
        }
      });
    return () => {
      live = false;
    };
    // `key` stands for the attributes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return [state.allowed, state.loading];
}) as typeof SDK.useAccessReview;

export const useAccessReviewAllowed = ((resourceAttributes: AccessReviewResourceAttributes) =>
  useAccessReview(resourceAttributes)[0]) as typeof SDK.useAccessReviewAllowed;
