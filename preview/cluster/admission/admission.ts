/**
 * Admission: the checks and mutations a real cluster runs after schema validation, from
 * built-in admission plugins (DefaultStorageClass, NamespaceLifecycle) and from the KubeVirt
 * and CDI webhooks (research/kubevirt-snapshots.md §2.2, §2.4, §2.6).
 */
import type { ResourceType } from '../api/resource-types';
import { typeKey } from '../api/resource-types';
import type { KubeObject, StoredObject } from '../api/types';
import type { UserInfo } from '../auth/users';
import type { ClusterContext } from '../cluster-context';

export interface AdmissionRequest {
  operation: 'CREATE' | 'UPDATE' | 'DELETE';
  type: ResourceType;
  /** The object to store; plugins may change it (mutating admission). */
  object: KubeObject;
  oldObject?: StoredObject;
  subresource?: string;
  user: UserInfo;
  context: ClusterContext;
}

/** Throws an ApiError to deny; may change request.object. */
export type AdmissionPlugin = (request: AdmissionRequest) => void;

const plugins = new Map<string, AdmissionPlugin[]>();

/** Registers a plugin for one resource, or for every resource with group and plural '*'. */
export function registerAdmission(group: string, plural: string, plugin: AdmissionPlugin): void {
  const key = typeKey({ group, plural });
  plugins.set(key, [...(plugins.get(key) ?? []), plugin]);
}

export function admit(request: AdmissionRequest): void {
  for (const plugin of plugins.get('*/*') ?? []) plugin(request);
  for (const plugin of plugins.get(typeKey(request.type)) ?? []) plugin(request);
}
