import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { consoleFetchJSON } from '../../sdk/console-fetch';
import { k8sBasePath } from '../../sdk/k8s-url';

type APIResource = {
  name: string;
  kind: string;
  namespaced: boolean;
  verbs?: string[];
  shortNames?: string[];
};
type APIResourceList = { groupVersion: string; resources: APIResource[] };
type APIGroupList = { groups: { name: string; versions: { groupVersion: string }[] }[] };

/** Kubernetes' own groups; anything else is a CRD (the console links those by reference). */
const BUILT_IN = new Set([
  'apps',
  'batch',
  'policy',
  'autoscaling',
  'flowcontrol.apiserver.k8s.io',
]);
const isCRDGroup = (group: string) =>
  !!group &&
  !BUILT_IN.has(group) &&
  // *.k8s.io groups are built in, except the CSI snapshot CRDs.
  (!group.endsWith('.k8s.io') || group === 'snapshot.storage.k8s.io');

export const kindToAbbr = (kind: string) =>
  (kind.replace(/[^A-Z]/g, '') || kind.toUpperCase()).slice(0, 4);

const toModels = ({ groupVersion, resources }: APIResourceList): K8sModel[] => {
  const [group, version] = groupVersion.includes('/')
    ? groupVersion.split('/')
    : ['', groupVersion];
  return resources
    .filter((r) => !r.name.includes('/'))
    .map((r) => ({
      kind: r.kind,
      plural: r.name,
      namespaced: r.namespaced,
      verbs: r.verbs as K8sModel['verbs'],
      shortNames: r.shortNames,
      apiGroup: group || undefined,
      apiVersion: version ?? '',
      abbr: kindToAbbr(r.kind),
      label: r.kind,
      labelPlural: `${r.kind}s`,
      crd: isCRDGroup(group ?? ''),
    }));
};

/** Every served kind, from /api and /apis (the console's discovery does the same walk). */
export const discoverModels = async (): Promise<K8sModel[]> => {
  const core = consoleFetchJSON(`${k8sBasePath}/api/v1`) as Promise<APIResourceList>;
  const groups = (await consoleFetchJSON(`${k8sBasePath}/apis`)) as APIGroupList;
  const lists = await Promise.allSettled([
    core,
    ...groups.groups.flatMap((g) =>
      g.versions.map(
        (v) =>
          consoleFetchJSON(`${k8sBasePath}/apis/${v.groupVersion}`) as Promise<APIResourceList>,
      ),
    ),
  ]);
  const coreResult = lists[0];
  if (coreResult?.status === 'rejected') {
    throw coreResult.reason;
  }
  return lists.flatMap((r) => (r.status === 'fulfilled' ? toModels(r.value) : []));
};
