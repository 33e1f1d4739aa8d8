/**
 * What the Velero server was started with, as OADP 1.5 configures it from the
 * DataProtectionApplication in the Velero namespace (research/oadp-velero.md §0a, §2.9): the
 * plugins (`csi` turns on Velero's EnableCSI feature), the node agent (needed by DataUploads)
 * and the non-admin controller. Every Velero controller reads it here, so one rule decides.
 */
import type { StoredObject } from '../../api/types';
import { asArray, asString, isMap } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';

export const VELERO_NAMESPACE = 'openshift-adp';

export interface VeleroServer {
  namespace: string;
  /** The DPA it was configured from (the first in the namespace), if any. */
  dpa?: StoredObject;
  /** `spec.configuration.velero.defaultPlugins`, e.g. ["openshift", "kubevirt", "csi", "aws"]. */
  plugins: string[];
  /** Velero's EnableCSI feature: CSI snapshots of PVCs (OADP sets it when `csi` is a plugin). */
  csiEnabled: boolean;
  /** kubevirt-velero-plugin loaded: VM rules, launcher pods and freeze hooks. */
  kubevirtPlugin: boolean;
  /** `spec.configuration.nodeAgent.enable`: DataUploads and DataDownloads get picked up. */
  nodeAgent: boolean;
  /** `spec.nonAdmin.enable`: NonAdminBackup/NonAdminRestore are reconciled. */
  nonAdmin: boolean;
}

export function veleroServer(context: ClusterContext): VeleroServer {
  const dpa = context.objects.list(
    kinds(context.registry).dataProtectionApplication,
    VELERO_NAMESPACE,
  )[0];
  const spec = isMap(dpa?.spec) ? dpa.spec : {};
  const configuration = isMap(spec.configuration) ? spec.configuration : {};
  const velero = isMap(configuration.velero) ? configuration.velero : {};
  const nodeAgent = isMap(configuration.nodeAgent) ? configuration.nodeAgent : {};
  const nonAdmin = isMap(spec.nonAdmin) ? spec.nonAdmin : {};
  const plugins = asArray(velero.defaultPlugins)
    .map((p) => asString(p))
    .filter((p): p is string => p !== undefined);
  return {
    namespace: VELERO_NAMESPACE,
    ...(dpa ? { dpa } : {}),
    plugins,
    csiEnabled: plugins.includes('csi'),
    kubevirtPlugin: plugins.includes('kubevirt'),
    nodeAgent: nodeAgent.enable === true,
    nonAdmin: nonAdmin.enable === true,
  };
}
