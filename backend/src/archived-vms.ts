/**
 * What the restore wizard needs from a backup's archive (`<backup>.tar.gz`): each archived
 * VirtualMachine's identity (namespace, name, uid, labels) and the claims its spec names, and
 * the labels of the archived DataVolumes and PVCs. Velero matches a Restore's label selectors
 * against these archived objects, so they, not the live ones, decide what a restore brings back.
 */

/** Velero's group-resource directories of the kinds we read. */
const KINDS: Record<string, ArchivedClaim['kind'] | 'VirtualMachine'> = {
  'virtualmachines.kubevirt.io': 'VirtualMachine',
  'datavolumes.cdi.kubevirt.io': 'DataVolume',
  persistentvolumeclaims: 'PersistentVolumeClaim',
};

export interface ArchivedVM {
  namespace: string;
  name: string;
  uid?: string;
  labels: Record<string, string>;
  /** dataVolumeTemplates' names and the volumes' DataVolume and PVC names, once each. */
  claims: string[];
}

export interface ArchivedClaim {
  kind: 'DataVolume' | 'PersistentVolumeClaim';
  namespace: string;
  name: string;
  labels: Record<string, string>;
}

export interface ArchivedVMs {
  virtualMachines: ArchivedVM[];
  claims: ArchivedClaim[];
}

export interface ArchivePath {
  groupResource: string;
  namespace: string;
  name: string;
  /** 0: `resources/<gr>/namespaces/…`, 1: `<version>-preferredversion/`, 2: another version. */
  rank: number;
}

/**
 * `resources/<gr>/[<version dir>/]namespaces/<ns>/<name>.json` of a kind we read, or undefined.
 * Velero writes the preferred version twice (without a version dir and under
 * `<v>-preferredversion`) and, with EnableAPIGroupVersions, the others under `<v>/`: one object.
 */
export function archivePath(path: string): ArchivePath | undefined {
  const parts = path.split('/');
  const versioned = parts.length === 6;
  if (parts.length !== 5 && !versioned) return undefined;
  const [root, groupResource] = parts;
  const [scope, namespace, file] = parts.slice(versioned ? 3 : 2);
  if (root !== 'resources' || scope !== 'namespaces' || !Object.hasOwn(KINDS, groupResource))
    return undefined;
  if (!file.endsWith('.json') || !namespace) return undefined;
  const rank = !versioned ? 0 : parts[2].endsWith('-preferredversion') ? 1 : 2;
  return { groupResource, namespace, name: file.slice(0, -'.json'.length), rank };
}

type Manifest = {
  metadata?: { uid?: unknown; labels?: unknown };
  spec?: {
    dataVolumeTemplates?: { metadata?: { name?: unknown } }[];
    template?: {
      spec?: {
        volumes?: {
          dataVolume?: { name?: unknown };
          persistentVolumeClaim?: { claimName?: unknown };
        }[];
      };
    };
  };
};

const stringLabels = (labels: unknown): Record<string, string> =>
  labels && typeof labels === 'object'
    ? Object.fromEntries(
        Object.entries(labels).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string',
        ),
      )
    : {};

const names = (values: unknown[]): string[] => [
  ...new Set(values.filter((v): v is string => typeof v === 'string' && v !== '')),
];

const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);

export function summarize(objects: { path: ArchivePath; manifest: unknown }[]): ArchivedVMs {
  const virtualMachines: ArchivedVM[] = [];
  const claims: ArchivedClaim[] = [];
  for (const { path, manifest } of objects) {
    const object = (manifest ?? {}) as Manifest;
    const kind = KINDS[path.groupResource];
    const base = { namespace: path.namespace, name: path.name };
    const labels = stringLabels(object.metadata?.labels);
    if (kind !== 'VirtualMachine') {
      claims.push({ kind, ...base, labels });
      continue;
    }
    const uid = object.metadata?.uid;
    const volumes = list(object.spec?.template?.spec?.volumes);
    virtualMachines.push({
      ...base,
      ...(typeof uid === 'string' && uid ? { uid } : {}),
      labels,
      claims: names([
        ...list(object.spec?.dataVolumeTemplates).map((t) => t?.metadata?.name),
        ...volumes.map((v) => v?.dataVolume?.name),
        ...volumes.map((v) => v?.persistentVolumeClaim?.claimName),
      ]),
    });
  }
  const order = (a: { namespace: string; name: string }, b: { namespace: string; name: string }) =>
    a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name);
  return {
    virtualMachines: virtualMachines.sort(order),
    claims: claims.sort((a, b) => order(a, b) || a.kind.localeCompare(b.kind)),
  };
}
