import type {
  AccessReviewResourceAttributes,
  K8sModel,
  K8sVerb,
} from '@openshift-console/dynamic-plugin-sdk';

/** Resource attributes for a SelfSubjectAccessReview on `model` in `namespace`. */
export const asAccessReview = (
  model: K8sModel,
  verb: K8sVerb,
  namespace?: string,
  name?: string,
): AccessReviewResourceAttributes => ({
  group: model.apiGroup ?? '',
  resource: model.plural,
  verb,
  namespace: model.namespaced ? namespace : undefined,
  ...(name ? { name } : {}),
});
