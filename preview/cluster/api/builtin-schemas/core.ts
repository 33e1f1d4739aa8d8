/** The other built-in kinds of the local cluster (core/v1, storage.k8s.io/v1, RBAC, reviews). */
import type { JsonMap } from '../types';
import {
  atomicList,
  bool,
  conditions,
  int,
  kind,
  labelSelector,
  mapOf,
  obj,
  objectReference,
  opaque,
  quantity,
  str,
  time,
} from './schema-builders';

const typedLocalReference = obj({ apiGroup: str, kind: str, name: str }, ['kind', 'name']);

const namespace = kind({
  spec: obj({ finalizers: atomicList(str) }),
  status: obj({ phase: str, conditions }),
});

const persistentVolumeClaim = kind({
  spec: obj({
    accessModes: atomicList(str),
    selector: labelSelector,
    resources: obj({ limits: mapOf(quantity), requests: mapOf(quantity) }),
    volumeName: str,
    storageClassName: str,
    volumeMode: str,
    dataSource: typedLocalReference,
    dataSourceRef: obj({ apiGroup: str, kind: str, name: str, namespace: str }),
    volumeAttributesClassName: str,
  }),
  status: obj({
    phase: str,
    accessModes: atomicList(str),
    capacity: mapOf(quantity),
    conditions,
  }),
});

const persistentVolume = kind({
  spec: obj({
    capacity: mapOf(quantity),
    accessModes: atomicList(str),
    claimRef: objectReference,
    persistentVolumeReclaimPolicy: str,
    storageClassName: str,
    volumeMode: str,
    mountOptions: atomicList(str),
    nodeAffinity: opaque,
    csi: opaque,
    hostPath: obj({ path: str, type: str }),
  }),
  status: obj({ phase: str, message: str, reason: str, lastPhaseTransitionTime: time }),
});

const event = kind({
  involvedObject: objectReference,
  reason: str,
  message: str,
  source: obj({ component: str, host: str }),
  firstTimestamp: time,
  lastTimestamp: time,
  eventTime: { type: 'string', format: 'date-time' },
  count: int,
  type: str,
  action: str,
  reportingComponent: str,
  reportingInstance: str,
  related: objectReference,
});

const configMap = kind({ data: mapOf(str), binaryData: mapOf(str), immutable: bool });

const secret = kind({
  data: mapOf(str),
  stringData: mapOf(str),
  type: str,
  immutable: bool,
});

const node = kind({
  spec: obj({
    podCIDR: str,
    podCIDRs: atomicList(str),
    providerID: str,
    unschedulable: bool,
    taints: atomicList(obj({ key: str, value: str, effect: str, timeAdded: time })),
  }),
  status: obj({
    capacity: mapOf(quantity),
    allocatable: mapOf(quantity),
    conditions,
    addresses: atomicList(obj({ type: str, address: str })),
    nodeInfo: opaque,
  }),
});

const storageClass = kind(
  {
    provisioner: str,
    parameters: mapOf(str),
    reclaimPolicy: str,
    mountOptions: atomicList(str),
    allowVolumeExpansion: bool,
    volumeBindingMode: str,
    allowedTopologies: atomicList(opaque),
  },
  ['provisioner'],
);

const policyRule = obj({
  verbs: atomicList(str),
  apiGroups: atomicList(str),
  resources: atomicList(str),
  resourceNames: atomicList(str),
  nonResourceURLs: atomicList(str),
});
const role = kind({ rules: atomicList(policyRule) });
const clusterRole = kind({
  rules: atomicList(policyRule),
  aggregationRule: obj({ clusterRoleSelectors: atomicList(labelSelector) }),
});
const subject = obj({ kind: str, apiGroup: str, name: str, namespace: str }, ['kind', 'name']);
const binding = kind(
  { subjects: atomicList(subject), roleRef: obj({ apiGroup: str, kind: str, name: str }) },
  ['roleRef'],
);

const review = (spec: JsonMap, status: JsonMap) => kind({ spec, status }, ['spec']);
const resourceAttributes = obj({
  namespace: str,
  verb: str,
  group: str,
  version: str,
  resource: str,
  subresource: str,
  name: str,
});
const accessStatus = obj({ allowed: bool, denied: bool, reason: str, evaluationError: str });
const accessSpec = {
  resourceAttributes,
  nonResourceAttributes: obj({ path: str, verb: str }),
};

export const coreSchemas: Record<string, JsonMap> = {
  Namespace: namespace,
  PersistentVolumeClaim: persistentVolumeClaim,
  PersistentVolume: persistentVolume,
  Event: event,
  ConfigMap: configMap,
  Secret: secret,
  Node: node,
  StorageClass: storageClass,
  Role: role,
  ClusterRole: clusterRole,
  RoleBinding: binding,
  ClusterRoleBinding: binding,
  SelfSubjectAccessReview: review(obj(accessSpec), accessStatus),
  SelfSubjectRulesReview: review(
    obj({ namespace: str }),
    obj({
      resourceRules: atomicList(policyRule),
      nonResourceRules: atomicList(opaque),
      incomplete: bool,
      evaluationError: str,
    }),
  ),
  SubjectAccessReview: review(
    obj({
      ...accessSpec,
      user: str,
      groups: atomicList(str),
      uid: str,
      extra: mapOf(atomicList(str)),
    }),
    accessStatus,
  ),
};
