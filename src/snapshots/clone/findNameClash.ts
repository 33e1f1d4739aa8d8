import { k8sGet } from '@openshift-console/dynamic-plugin-sdk';
import { errorCode } from '@shared/k8s/errorMessage';
import { PersistentVolumeClaimModel, VirtualMachineModel } from '@shared/k8s/models';
import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import type { V1beta1VirtualMachineSnapshotContent } from '@shared/k8s/types';
import { restoredClaimNames } from './restoredClaimNames';

/** A new VM name that is already used: by a VM (no claims) or by the PVCs it would restore into. */
export type NameClash = { name: string; claims: string[] };

const exists = async (
  model: K8sModel,
  name: string,
  ns: string,
  unknownIfForbidden = false,
): Promise<boolean> => {
  try {
    await k8sGet({ model, name, ns });
    return true;
  } catch (err: unknown) {
    const code = errorCode(err);
    // Cloning needs no right to read PVCs (KubeVirt's controller makes them): do not block on it.
    if (code === 404 || (unknownIfForbidden && code === 403)) {
      return false;
    }
    throw err;
  }
};

/** Checks the name right before the clone is sent; any answer but 404 is an error to show. */
export const findNameClash = async (
  namespace: string,
  target: string,
  content: V1beta1VirtualMachineSnapshotContent | undefined,
): Promise<NameClash | undefined> => {
  if (await exists(VirtualMachineModel, target, namespace)) {
    return { name: target, claims: [] };
  }
  const claims = restoredClaimNames(target, content);
  const found = await Promise.all(
    claims.map((claim) => exists(PersistentVolumeClaimModel, claim, namespace, true)),
  );
  const taken = claims.filter((_, i) => found[i]);
  return taken.length ? { name: target, claims: taken } : undefined;
};
