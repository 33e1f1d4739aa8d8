import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type {
  K8sGroupVersionKind,
  K8sModel,
  K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import { useSyncExternalStore } from 'react';

/** `group~version~Kind`, with `core` for the legacy group (the console's model reference). */
export const referenceFor = ({ group, version, kind }: K8sGroupVersionKind): string =>
  `${group || 'core'}~${version}~${kind}`;

export const getReferenceForModel = (model: K8sModel): string =>
  referenceFor({ group: model.apiGroup, version: model.apiVersion, kind: model.kind });

export const getGroupVersionKindForModel = ((model: K8sModel) => ({
  ...(model.apiGroup ? { group: model.apiGroup } : {}),
  version: model.apiVersion,
  kind: model.kind,
})) as typeof SDK.getGroupVersionKindForModel;

export const getAPIVersionForModel = ((model: K8sModel) =>
  model.apiGroup
    ? `${model.apiGroup}/${model.apiVersion}`
    : model.apiVersion) as typeof SDK.getAPIVersionForModel;

export const getGroupVersionKindForResource = ((resource: K8sResourceCommon) => {
  const [group, version] = (resource.apiVersion ?? '').includes('/')
    ? (resource.apiVersion ?? '').split('/')
    : ['', resource.apiVersion ?? ''];
  return { ...(group ? { group } : {}), version, kind: resource.kind ?? '' };
}) as typeof SDK.getGroupVersionKindForResource;

/** Models from API discovery; the host fills this once at start-up. */
let models: Record<string, K8sModel> = {};
let loaded = false;
const listeners = new Set<() => void>();

export const setModels = (next: K8sModel[]) => {
  models = Object.fromEntries(next.map((m) => [getReferenceForModel(m), m]));
  loaded = true;
  listeners.forEach((l) => l());
};

export const getModels = () => models;
export const modelsLoaded = () => loaded;

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Accepts a `group~version~Kind` reference, a GVK object, or a plain kind (core models). */
export const findModel = (ref: string | K8sGroupVersionKind | undefined): K8sModel | undefined => {
  if (!ref) {
    return undefined;
  }
  if (typeof ref !== 'string') {
    return models[referenceFor(ref)];
  }
  if (ref.includes('~')) {
    return models[ref];
  }
  // A plain kind or a plural (the console's URL segment for built-in kinds).
  const all = Object.values(models);
  return (
    all.find((m) => !m.apiGroup && m.kind === ref) ??
    all.find((m) => m.kind === ref) ??
    all.find((m) => !m.crd && m.plural === ref)
  );
};

export const useK8sModels = (() => {
  const current = useSyncExternalStore(subscribe, getModels);
  const isLoaded = useSyncExternalStore(subscribe, modelsLoaded);
  return [current, !isLoaded];
}) as typeof SDK.useK8sModels;

export const useK8sModel = ((ref?: string | K8sGroupVersionKind) => {
  const [, inFlight] = useK8sModels();
  return [findModel(ref), inFlight];
}) as typeof SDK.useK8sModel;
