import { useWatchList } from '@shared/hooks/useWatch';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { DataProtectionApplicationModel } from '../k8s/models';

/** Where OADP installs Velero unless told otherwise (research/oadp-velero.md §2). */
export const DEFAULT_VELERO_NAMESPACE = 'openshift-adp';

export type VeleroNamespace = {
  namespace: string;
  /** False while the DPA watch has not answered; the namespace is then the default. */
  loaded: boolean;
  /** The DPAs seen (empty when the user may not list them). */
  dpas: K8sResourceCommon[];
};

/** The namespace of the first DPA the user can see, in name order; else `openshift-adp`. */
export const pickVeleroNamespace = (dpas: K8sResourceCommon[]): string =>
  [...dpas]
    .sort((a, b) =>
      `${a.metadata?.namespace}/${a.metadata?.name}`.localeCompare(
        `${b.metadata?.namespace}/${b.metadata?.name}`,
      ),
    )
    .find((dpa) => dpa.metadata?.namespace)?.metadata?.namespace ?? DEFAULT_VELERO_NAMESPACE;

/**
 * The Velero namespace every backup page uses (DESIGN §6): the DataProtectionApplication's
 * namespace, from one cluster-wide DPA watch; users who may not list DPAs get the default.
 */
export const useVeleroNamespace = (): VeleroNamespace => {
  const { data, loaded, error } = useWatchList<K8sResourceCommon>(
    DataProtectionApplicationModel,
    '',
  );
  return {
    namespace: pickVeleroNamespace(error ? [] : data),
    loaded: loaded || !!error,
    dpas: error ? [] : data,
  };
};
