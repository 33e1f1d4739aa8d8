import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';

/** core/v1 Namespace, for the target's existence and "may create namespaces". */
export const NamespaceModel: K8sModel = {
  apiVersion: 'v1',
  kind: 'Namespace',
  plural: 'namespaces',
  abbr: 'NS',
  namespaced: false,
  label: 'Namespace',
  labelPlural: 'Namespaces',
};
