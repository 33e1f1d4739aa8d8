import type { Action, K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import { memo, useEffect, useMemo } from 'react';
import { useHost } from '../../sdk/host-state';

export type ProviderResult = [Action[], boolean, unknown];
type ProviderHook = (resource: K8sResourceCommon) => ProviderResult;
export type ProviderExtension = LoadedExtension & {
  properties: {
    model: { group?: string; version: string; kind: string };
    provider: ProviderHook;
  };
};

/** `console.action/resource-provider` extensions for exactly this model (code not loaded yet). */
export const useActionProviders = (model: K8sModel | undefined): LoadedExtension[] => {
  const { extensions } = useHost();
  return useMemo(
    () =>
      model
        ? extensions.filter((e) => {
            const m = (e as ProviderExtension).properties.model;
            return (
              e.type === 'console.action/resource-provider' &&
              (m.group ?? '') === (model.apiGroup ?? '') &&
              m.version === model.apiVersion &&
              m.kind === model.kind
            );
          })
        : [],
    [extensions, model],
  );
};

type RunnerProps = {
  uid: string;
  useProvider: ProviderHook;
  resource: K8sResourceCommon;
  onResult: (uid: string, result: ProviderResult) => void;
};

/** Calls one provider hook (hooks cannot run in a loop, so each gets a component). */
const ProviderRunner = memo(function ProviderRunner(props: RunnerProps) {
  const { uid, useProvider, resource, onResult } = props;
  const result = useProvider(resource);
  useEffect(() => onResult(uid, result), [uid, result, onResult]);
  return null;
});

type Props = {
  providers: ProviderExtension[];
  resource: K8sResourceCommon;
  /** Must be stable (useCallback): the runners only re-render when their inputs change. */
  onResult: (uid: string, result: ProviderResult) => void;
};

export const ActionProviders = ({ providers, resource, onResult }: Props) => (
  <>
    {providers.map((p) => (
      <ProviderRunner
        key={p.uid}
        uid={p.uid}
        useProvider={p.properties.provider}
        resource={resource}
        onResult={onResult}
      />
    ))}
  </>
);
