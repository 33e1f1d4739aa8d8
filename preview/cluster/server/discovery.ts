/**
 * Discovery documents (/version, /api, /apis, per group and group/version) in the legacy
 * format. kubectl 1.33 asks for aggregated discovery first and falls back to these when the
 * response is plain JSON, as it does against older servers.
 */
import type { Registry } from '../api/registry';
import { sortVersions } from '../api/registry';
import { apiVersionOf } from '../api/resource-types';
import type { ResourceType } from '../api/resource-types';

export const KUBERNETES_VERSION = {
  major: '1',
  minor: '33',
  gitVersion: 'v1.33.0-vm-data-protection-preview',
  gitCommit: '0000000000000000000000000000000000000000',
  gitTreeState: 'clean',
  buildDate: '2026-01-01T00:00:00Z',
  goVersion: 'go1.24.0',
  compiler: 'gc',
  platform: 'linux/amd64',
};

/** KubeVirt's aggregated subresource API (start/stop/pause...), served by virt-api upstream. */
export const KUBEVIRT_SUBRESOURCES_GROUP = 'subresources.kubevirt.io';
export const KUBEVIRT_SUBRESOURCES: Record<string, string[]> = {
  virtualmachines: ['start', 'stop', 'restart'],
  virtualmachineinstances: ['pause', 'unpause', 'freeze', 'unfreeze'],
};

function groupVersion(group: string, version: string) {
  return { groupVersion: apiVersionOf(group, version), version };
}

function resourceEntries(type: ResourceType) {
  const main = {
    name: type.plural,
    singularName: type.singular,
    namespaced: type.namespaced,
    kind: type.kind,
    verbs: type.verbs,
    ...(type.shortNames.length ? { shortNames: type.shortNames } : {}),
    ...(type.categories.length ? { categories: type.categories } : {}),
  };
  if (!type.statusSubresource) return [main];
  return [
    main,
    {
      name: `${type.plural}/status`,
      singularName: '',
      namespaced: type.namespaced,
      kind: type.kind,
      verbs: ['get', 'patch', 'update'],
    },
  ];
}

export function discoveryDocument(registry: Registry, segments: string[]): unknown {
  const [root, group, version] = segments;
  if (root === 'version' && segments.length === 1) return KUBERNETES_VERSION;
  if (root === 'api' && segments.length === 1) {
    return {
      kind: 'APIVersions',
      versions: ['v1'],
      serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }],
    };
  }
  if (root === 'api' && segments.length === 2 && group === 'v1') {
    return {
      kind: 'APIResourceList',
      groupVersion: 'v1',
      resources: registry.typesIn('', 'v1').flatMap(resourceEntries),
    };
  }
  if (root !== 'apis') return undefined;
  const groups = [
    ...registry.groups(),
    { name: KUBEVIRT_SUBRESOURCES_GROUP, versions: ['v1'], preferredVersion: 'v1' },
  ].map((g) => ({
    kind: 'APIGroup',
    apiVersion: 'v1',
    name: g.name,
    versions: sortVersions(g.versions).map((v) => groupVersion(g.name, v)),
    preferredVersion: groupVersion(g.name, g.preferredVersion),
  }));
  if (segments.length === 1) return { kind: 'APIGroupList', apiVersion: 'v1', groups };
  const found = groups.find((g) => g.name === group);
  if (!found) return undefined;
  if (segments.length === 2) return found;
  if (segments.length !== 3 || !found.versions.some((v) => v.version === version)) return undefined;
  if (group === KUBEVIRT_SUBRESOURCES_GROUP) {
    const resources = Object.entries(KUBEVIRT_SUBRESOURCES).flatMap(([plural, subs]) =>
      subs.map((sub) => ({
        name: `${plural}/${sub}`,
        singularName: '',
        namespaced: true,
        kind: '',
        verbs: ['update'],
      })),
    );
    return {
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: `${group}/${version}`,
      resources,
    };
  }
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: `${group}/${version}`,
    resources: registry.typesIn(group, version).flatMap(resourceEntries),
  };
}
