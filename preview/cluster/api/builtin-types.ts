/** The core kinds the local cluster serves besides the CRDs (DESIGN §7, issue part 2). */
import { ALL_VERBS } from './resource-types';
import type { NameRule, PrinterColumn, ResourceType } from './resource-types';

const age: PrinterColumn = {
  name: 'Age',
  type: 'date',
  jsonPath: '.metadata.creationTimestamp',
  priority: 0,
};
const column = (name: string, jsonPath: string, type = 'string', priority = 0): PrinterColumn => ({
  name,
  jsonPath,
  type,
  priority,
});

interface BuiltinSpec {
  group: string;
  version: string;
  kind: string;
  plural: string;
  namespaced: boolean;
  shortNames?: string[];
  categories?: string[];
  status?: boolean;
  verbs?: string[];
  nameRule?: NameRule;
  columns?: PrinterColumn[];
  virtual?: boolean;
}

const BUILTINS: BuiltinSpec[] = [
  {
    group: '',
    version: 'v1',
    kind: 'Namespace',
    plural: 'namespaces',
    namespaced: false,
    shortNames: ['ns'],
    status: true,
    nameRule: 'label',
    columns: [column('Status', '.status.phase'), age],
  },
  {
    group: '',
    version: 'v1',
    kind: 'PersistentVolumeClaim',
    plural: 'persistentvolumeclaims',
    namespaced: true,
    shortNames: ['pvc'],
    categories: ['all'],
    status: true,
    columns: [
      column('Status', '.status.phase'),
      column('Volume', '.spec.volumeName'),
      column('Capacity', '.status.capacity.storage'),
      column('Access Modes', '.status.accessModes'),
      column('StorageClass', '.spec.storageClassName'),
      age,
    ],
  },
  {
    group: '',
    version: 'v1',
    kind: 'PersistentVolume',
    plural: 'persistentvolumes',
    namespaced: false,
    shortNames: ['pv'],
    status: true,
    columns: [
      column('Capacity', '.spec.capacity.storage'),
      column('Reclaim Policy', '.spec.persistentVolumeReclaimPolicy'),
      column('Status', '.status.phase'),
      column('Claim', '.spec.claimRef.name'),
      column('StorageClass', '.spec.storageClassName'),
      age,
    ],
  },
  {
    group: '',
    version: 'v1',
    kind: 'Pod',
    plural: 'pods',
    namespaced: true,
    shortNames: ['po'],
    categories: ['all'],
    status: true,
    columns: [
      column('Status', '.status.phase'),
      column('Node', '.spec.nodeName', 'string', 1),
      age,
    ],
  },
  {
    group: '',
    version: 'v1',
    kind: 'Event',
    plural: 'events',
    namespaced: true,
    shortNames: ['ev'],
    nameRule: 'path-segment',
    columns: [
      column('Last Seen', '.lastTimestamp', 'date'),
      column('Type', '.type'),
      column('Reason', '.reason'),
      column('Object', '.involvedObject.name'),
      column('Message', '.message'),
    ],
  },
  {
    group: '',
    version: 'v1',
    kind: 'ConfigMap',
    plural: 'configmaps',
    namespaced: true,
    shortNames: ['cm'],
    columns: [age],
  },
  {
    group: '',
    version: 'v1',
    kind: 'Secret',
    plural: 'secrets',
    namespaced: true,
    columns: [column('Type', '.type'), age],
  },
  {
    group: '',
    version: 'v1',
    kind: 'Node',
    plural: 'nodes',
    namespaced: false,
    shortNames: ['no'],
    status: true,
    columns: [column('Status', ".status.conditions[?(@.type=='Ready')].status"), age],
  },
  {
    group: 'storage.k8s.io',
    version: 'v1',
    kind: 'StorageClass',
    plural: 'storageclasses',
    namespaced: false,
    shortNames: ['sc'],
    columns: [
      column('Provisioner', '.provisioner'),
      column('ReclaimPolicy', '.reclaimPolicy'),
      column('VolumeBindingMode', '.volumeBindingMode'),
      column('AllowVolumeExpansion', '.allowVolumeExpansion', 'boolean'),
      age,
    ],
  },
  {
    group: 'rbac.authorization.k8s.io',
    version: 'v1',
    kind: 'Role',
    plural: 'roles',
    namespaced: true,
    nameRule: 'path-segment',
    columns: [age],
  },
  {
    group: 'rbac.authorization.k8s.io',
    version: 'v1',
    kind: 'RoleBinding',
    plural: 'rolebindings',
    namespaced: true,
    nameRule: 'path-segment',
    columns: [column('Role', '.roleRef.name'), age],
  },
  {
    group: 'rbac.authorization.k8s.io',
    version: 'v1',
    kind: 'ClusterRole',
    plural: 'clusterroles',
    namespaced: false,
    nameRule: 'path-segment',
    columns: [age],
  },
  {
    group: 'rbac.authorization.k8s.io',
    version: 'v1',
    kind: 'ClusterRoleBinding',
    plural: 'clusterrolebindings',
    namespaced: false,
    nameRule: 'path-segment',
    columns: [column('Role', '.roleRef.name'), age],
  },
  {
    group: 'authorization.k8s.io',
    version: 'v1',
    kind: 'SelfSubjectAccessReview',
    plural: 'selfsubjectaccessreviews',
    namespaced: false,
    verbs: ['create'],
    virtual: true,
  },
  {
    group: 'authorization.k8s.io',
    version: 'v1',
    kind: 'SelfSubjectRulesReview',
    plural: 'selfsubjectrulesreviews',
    namespaced: false,
    verbs: ['create'],
    virtual: true,
  },
  {
    group: 'authorization.k8s.io',
    version: 'v1',
    kind: 'SubjectAccessReview',
    plural: 'subjectaccessreviews',
    namespaced: false,
    verbs: ['create'],
    virtual: true,
  },
];

export function builtinTypes(): ResourceType[] {
  return BUILTINS.map((spec) => ({
    group: spec.group,
    versions: [spec.version],
    storageVersion: spec.version,
    kind: spec.kind,
    listKind: `${spec.kind}List`,
    plural: spec.plural,
    singular: spec.kind.toLowerCase(),
    shortNames: spec.shortNames ?? [],
    categories: spec.categories ?? [],
    namespaced: spec.namespaced,
    statusSubresource: spec.status ?? false,
    verbs: spec.verbs ?? ALL_VERBS,
    nameRule: spec.nameRule ?? 'subdomain',
    printerColumns: spec.columns ?? [age],
    custom: false,
    ...(spec.virtual ? { virtual: true } : {}),
  }));
}
