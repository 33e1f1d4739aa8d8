/**
 * RBAC objects as a cluster with OpenShift Virtualization ships them: cluster-admin for
 * system:masters, discovery for every authenticated user, the aggregated admin/edit/view roles
 * and the KubeVirt/CDI/CSI-snapshot roles that aggregate into them, plus the demo users'
 * RoleBindings in namespace demo.
 */
import type { KubeObject } from '../api/types';
import type { PolicyRule } from '../auth/rbac';

const RBAC = 'rbac.authorization.k8s.io/v1';
const READ = ['get', 'list', 'watch'];
const WRITE = ['create', 'delete', 'deletecollection', 'patch', 'update'];

function clusterRole(
  name: string,
  rules: PolicyRule[],
  labels?: Record<string, string>,
): KubeObject {
  return {
    apiVersion: RBAC,
    kind: 'ClusterRole',
    metadata: { name, ...(labels ? { labels } : {}) },
    rules,
  };
}

function aggregated(name: string): KubeObject {
  return {
    apiVersion: RBAC,
    kind: 'ClusterRole',
    metadata: { name },
    aggregationRule: {
      clusterRoleSelectors: [
        { matchLabels: { [`rbac.authorization.k8s.io/aggregate-to-${name}`]: 'true' } },
      ],
    },
    rules: [],
  };
}

function binding(
  kind: 'ClusterRoleBinding' | 'RoleBinding',
  name: string,
  role: string,
  subject: { kind: string; name: string },
  namespace?: string,
): KubeObject {
  return {
    apiVersion: RBAC,
    kind,
    metadata: { name, ...(namespace ? { namespace } : {}) },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: role },
    subjects: [{ apiGroup: 'rbac.authorization.k8s.io', ...subject }],
  };
}

const aggregateTo = (...roles: string[]) =>
  Object.fromEntries(roles.map((r) => [`rbac.authorization.k8s.io/aggregate-to-${r}`, 'true']));

/** Rules for a set of resources: admin and edit get every verb, view only reads. */
function roleSet(
  prefix: string,
  groups: Record<string, string[]>,
  extraWrite: PolicyRule[] = [],
): KubeObject[] {
  const rules = (verbs: string[]): PolicyRule[] =>
    Object.entries(groups).map(([group, resources]) => ({ apiGroups: [group], resources, verbs }));
  return [
    clusterRole(
      `${prefix}:admin`,
      [...rules([...READ, ...WRITE]), ...extraWrite],
      aggregateTo('admin'),
    ),
    clusterRole(
      `${prefix}:edit`,
      [...rules([...READ, ...WRITE]), ...extraWrite],
      aggregateTo('edit'),
    ),
    clusterRole(`${prefix}:view`, rules(READ), aggregateTo('view')),
  ];
}

export function rbacObjects(): KubeObject[] {
  return [
    clusterRole('cluster-admin', [
      { apiGroups: ['*'], resources: ['*'], verbs: ['*'] },
      { nonResourceURLs: ['*'], verbs: ['*'] },
    ]),
    binding('ClusterRoleBinding', 'cluster-admin', 'cluster-admin', {
      kind: 'Group',
      name: 'system:masters',
    }),
    clusterRole('system:discovery', [
      {
        nonResourceURLs: [
          '/api',
          '/api/*',
          '/apis',
          '/apis/*',
          '/healthz',
          '/livez',
          '/readyz',
          '/openapi',
          '/openapi/*',
          '/version',
          '/version/',
        ],
        verbs: ['get'],
      },
    ]),
    binding('ClusterRoleBinding', 'system:discovery', 'system:discovery', {
      kind: 'Group',
      name: 'system:authenticated',
    }),
    clusterRole('system:basic-user', [
      {
        apiGroups: ['authorization.k8s.io'],
        resources: ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'],
        verbs: ['create'],
      },
    ]),
    binding('ClusterRoleBinding', 'system:basic-user', 'system:basic-user', {
      kind: 'Group',
      name: 'system:authenticated',
    }),
    aggregated('admin'),
    aggregated('edit'),
    aggregated('view'),
    ...roleSet('core', {
      '': ['persistentvolumeclaims', 'pods', 'configmaps', 'secrets', 'events'],
    }).map((role) =>
      role.metadata.name === 'core:view'
        ? {
            ...role,
            rules: [
              ...(role.rules as PolicyRule[]),
              { apiGroups: [''], resources: ['namespaces'], verbs: READ },
            ],
          }
        : role,
    ),
    ...roleSet(
      'kubevirt.io',
      {
        'kubevirt.io': ['virtualmachines', 'virtualmachineinstances'],
        'snapshot.kubevirt.io': [
          'virtualmachinesnapshots',
          'virtualmachinesnapshotcontents',
          'virtualmachinerestores',
        ],
        'clone.kubevirt.io': ['virtualmachineclones'],
        'export.kubevirt.io': ['virtualmachineexports'],
      },
      [
        {
          apiGroups: ['subresources.kubevirt.io'],
          resources: [
            'virtualmachines/start',
            'virtualmachines/stop',
            'virtualmachines/restart',
            'virtualmachineinstances/pause',
            'virtualmachineinstances/unpause',
            'virtualmachineinstances/freeze',
            'virtualmachineinstances/unfreeze',
          ],
          verbs: ['update'],
        },
      ],
    ),
    ...roleSet(
      'cdi.kubevirt.io',
      { 'cdi.kubevirt.io': ['datavolumes', 'dataimportcrons', 'datasources'] },
      [{ apiGroups: ['cdi.kubevirt.io'], resources: ['datavolumes/source'], verbs: ['create'] }],
    ),
    ...roleSet('csi-snapshot', { 'snapshot.storage.k8s.io': ['volumesnapshots'] }),
    // A choice of this local cluster: every signed-in user may read storage and snapshot classes.
    clusterRole('storage-class-reader', [
      { apiGroups: ['storage.k8s.io'], resources: ['storageclasses'], verbs: READ },
      { apiGroups: ['snapshot.storage.k8s.io'], resources: ['volumesnapshotclasses'], verbs: READ },
      { apiGroups: ['cdi.kubevirt.io'], resources: ['storageprofiles'], verbs: READ },
    ]),
    binding('ClusterRoleBinding', 'storage-class-reader', 'storage-class-reader', {
      kind: 'Group',
      name: 'system:authenticated',
    }),
    ...oadpRbacObjects(),
  ];
}

// The CRDs the OADP 1.5 CSV owns (group → plural → version), as OLM knows them.
const OADP_OWNED_CRDS: [string, string, string[]][] = [
  [
    'velero.io',
    'v1',
    [
      'backuprepositories',
      'backups',
      'backupstoragelocations',
      'deletebackuprequests',
      'downloadrequests',
      'podvolumebackups',
      'podvolumerestores',
      'restores',
      'schedules',
      'serverstatusrequests',
      'volumesnapshotlocations',
    ],
  ],
  ['velero.io', 'v2alpha1', ['datauploads', 'datadownloads']],
  [
    'oadp.openshift.io',
    'v1alpha1',
    [
      'dataprotectionapplications',
      'cloudstorages',
      'dataprotectiontests',
      'nonadminbackups',
      'nonadminrestores',
      'nonadminbackupstoragelocations',
      'nonadminbackupstoragelocationrequests',
      'nonadmindownloadrequests',
    ],
  ],
];

/**
 * What OLM makes for every CRD an installed operator owns (operator-lifecycle-manager
 * `ensureClusterRolesForCSV`): `<crd>-<version>-admin|edit|view` aggregated to the admin, edit
 * and view roles, and `-crdview`. So a namespace admin may create NonAdminBackups and
 * NonAdminRestores in their namespace (OADP Self-Service) — and nothing in openshift-adp.
 */
export function oadpRbacObjects(): KubeObject[] {
  const verbs = { admin: ['*'], edit: ['create', 'update', 'patch', 'delete'], view: READ };
  return OADP_OWNED_CRDS.flatMap(([group, version, plurals]) =>
    plurals.flatMap((plural) => {
      const crd = `${plural}.${group}`;
      const roles = Object.entries(verbs).map(([suffix, list]) =>
        clusterRole(
          `${crd}-${version}-${suffix}`,
          [{ apiGroups: [group], resources: [plural], verbs: list }],
          {
            ...aggregateTo(suffix),
            'olm.managed': 'true',
          },
        ),
      );
      const crdView = clusterRole(
        `${crd}-${version}-crdview`,
        [
          {
            apiGroups: ['apiextensions.k8s.io'],
            resources: ['customresourcedefinitions'],
            resourceNames: [crd],
            verbs: ['get'],
          },
        ],
        { ...aggregateTo('view'), 'olm.managed': 'true' },
      );
      return [...roles, crdView];
    }),
  );
}

/** The demo users: developer is namespace admin in demo, viewer may only read there. */
export function demoBindings(namespace: string): KubeObject[] {
  return [
    binding(
      'RoleBinding',
      'developer-admin',
      'admin',
      { kind: 'User', name: 'developer' },
      namespace,
    ),
    binding('RoleBinding', 'viewer-view', 'view', { kind: 'User', name: 'viewer' }, namespace),
  ];
}
