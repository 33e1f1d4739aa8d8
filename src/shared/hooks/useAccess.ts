import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sModel, K8sVerb } from '@openshift-console/dynamic-plugin-sdk';
import { asAccessReview } from '../k8s/accessReview';

export type Access = { allowed: boolean; loading: boolean };

/** Whether the current user may `verb` objects of `model` in `namespace` (SelfSubjectAccessReview). */
export const useAccess = (model: K8sModel, verb: K8sVerb, namespace?: string): Access => {
  const [allowed, loading] = useAccessReview(asAccessReview(model, verb, namespace));
  return { allowed: allowed && !loading, loading };
};
