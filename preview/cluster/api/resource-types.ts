/** What the server knows about each kind it serves: names, scope, verbs, columns, schema. */
import type { JsonMap } from './types';

export interface PrinterColumn {
  name: string;
  type: string;
  format?: string;
  description?: string;
  priority: number;
  jsonPath: string;
}

export type NameRule = 'subdomain' | 'label' | 'path-segment';

export interface ResourceType {
  group: string;
  /** Served versions; the storage version is one of them. */
  versions: string[];
  storageVersion: string;
  kind: string;
  listKind: string;
  plural: string;
  singular: string;
  shortNames: string[];
  categories: string[];
  namespaced: boolean;
  statusSubresource: boolean;
  verbs: string[];
  nameRule: NameRule;
  printerColumns: PrinterColumn[];
  /** Custom resources: schema from a CRD, JSON/merge patch only (no strategic merge). */
  custom: boolean;
  /** openAPIV3Schema per served version (CRDs only). */
  schemas?: Map<string, JsonMap>;
  /** Create-only review kinds (SelfSubjectAccessReview, ...): answered, never stored. */
  virtual?: boolean;
}

export const ALL_VERBS = [
  'create',
  'delete',
  'deletecollection',
  'get',
  'list',
  'patch',
  'update',
  'watch',
];
export const READ_ONLY_VERBS = ['get', 'list', 'watch'];

export function apiVersionOf(group: string, version: string): string {
  return group ? `${group}/${version}` : version;
}

export function typeKey(type: Pick<ResourceType, 'group' | 'plural'>): string {
  return `${type.group}/${type.plural}`;
}
