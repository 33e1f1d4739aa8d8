import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { useAccess } from '@shared/hooks/useAccess';
import { useWatchList, useWatchObject } from '@shared/hooks/useWatch';
import {
  DataVolumeModel,
  PersistentVolumeClaimModel,
  VirtualMachineModel,
} from '@shared/k8s/models';
import { dns1123LabelProblem } from '@shared/validation/dns1123';
import { NamespaceModel } from './namespaceModel';

/** The target namespace: valid, existing, what the user may do there, and what is in it. */
export const useTargetData = (target: string) => {
  const nameProblem = dns1123LabelProblem(target);
  const ns = nameProblem ? undefined : target;
  const namespace = useWatchObject<K8sResourceCommon>(NamespaceModel, ns);
  const mayCreateNamespace = useAccess(NamespaceModel, 'create');
  const mayCreateVMs = useAccess(VirtualMachineModel, 'create', ns);
  const vms = useWatchList<K8sResourceCommon>(VirtualMachineModel, ns);
  const dataVolumes = useWatchList<K8sResourceCommon>(DataVolumeModel, ns);
  const claims = useWatchList<K8sResourceCommon>(PersistentVolumeClaimModel, ns);
  return {
    nameProblem,
    exists: !!namespace.data,
    mayCreateNamespace: mayCreateNamespace.allowed,
    mayCreateVMs: mayCreateVMs.allowed,
    loading:
      !!ns &&
      (mayCreateVMs.loading ||
        !(namespace.loaded || namespace.error) ||
        !(vms.loaded || vms.error) ||
        !(dataVolumes.loaded || dataVolumes.error) ||
        !(claims.loaded || claims.error)),
    existing: { vms: vms.data, dataVolumes: dataVolumes.data, claims: claims.data },
  };
};
