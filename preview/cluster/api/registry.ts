/** Looks up served resource types by group/version/plural, by kind, and lists API groups. */
import { builtinTypes } from './builtin-types';
import { loadCrdTypes } from './crd-loader';
import { typeKey } from './resource-types';
import type { ResourceType } from './resource-types';

export interface ApiGroupInfo {
  name: string;
  versions: string[];
  preferredVersion: string;
}

export class Registry {
  readonly types: ResourceType[];
  private readonly byKey = new Map<string, ResourceType>();

  constructor(types: ResourceType[] = [...builtinTypes(), ...loadCrdTypes()]) {
    this.types = types;
    for (const type of types) this.byKey.set(typeKey(type), type);
  }

  /** The type served at group/version/plural, or undefined (unknown resource or version). */
  lookup(group: string, version: string, plural: string): ResourceType | undefined {
    const type = this.byKey.get(`${group}/${plural}`);
    return type?.versions.includes(version) ? type : undefined;
  }

  byGroupPlural(group: string, plural: string): ResourceType {
    const type = this.byKey.get(`${group}/${plural}`);
    if (!type) throw new Error(`unknown resource ${plural}.${group}`);
    return type;
  }

  byKind(group: string, kind: string): ResourceType | undefined {
    return this.types.find((t) => t.group === group && t.kind === kind);
  }

  /** Resolves an object's apiVersion + kind to its type. */
  forObject(apiVersion: string, kind: string): ResourceType | undefined {
    const slash = apiVersion.indexOf('/');
    const group = slash < 0 ? '' : apiVersion.slice(0, slash);
    return this.byKind(group, kind);
  }

  typesIn(group: string, version: string): ResourceType[] {
    return this.types.filter((t) => t.group === group && t.versions.includes(version));
  }

  /** Named API groups (the core group is served at /api); the preferred version is the storage one. */
  groups(): ApiGroupInfo[] {
    const groups = new Map<string, ApiGroupInfo>();
    for (const type of this.types) {
      if (!type.group) continue;
      const group = groups.get(type.group) ?? {
        name: type.group,
        versions: [],
        preferredVersion: type.storageVersion,
      };
      for (const version of type.versions) {
        if (!group.versions.includes(version)) group.versions.push(version);
      }
      groups.set(type.group, group);
    }
    return [...groups.values()].map((g) => ({ ...g, versions: sortVersions(g.versions) }));
  }
}

/** Kubernetes version priority: GA before beta before alpha, higher numbers first. */
export function sortVersions(versions: string[]): string[] {
  const rank = (v: string): [number, number, number] => {
    const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(v);
    if (!m) return [3, 0, 0];
    const stability = m[2] === 'alpha' ? 2 : m[2] === 'beta' ? 1 : 0;
    return [stability, -Number(m[1]), -Number(m[3] ?? 0)];
  };
  return [...versions].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2];
  });
}
