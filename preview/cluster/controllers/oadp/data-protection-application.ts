/**
 * The OADP 1.5 operator's DataProtectionApplication reconciler (`internal/controller/
 * dataprotectionapplication_controller.go`, `bsl.go`, `vsl.go`; research/oadp-velero.md §2.4,
 * §2.9): after the checks of dpa-validation.ts, one BackupStorageLocation per
 * `spec.backupLocations[]` and one VolumeSnapshotLocation per `spec.snapshotLocations[]`, named
 * `<dpa>-<n>` unless the entry names one, owned by the DPA and labelled as the operator does;
 * an edited location gets the DPA's spec back, one no longer listed is deleted, and the
 * credential secrets are labelled. `Reconciled` says `Complete` or the first `Error`. The
 * plugins, the node agent and the non-admin switch are read from the DPA by veleroServer().
 */
import type { ResourceType } from '../../api/resource-types';
import type { KubeObject, StoredObject } from '../../api/types';
import { asArray, asString, clone, isMap, rfc3339 } from '../../api/types';
import type { JsonMap } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';
import { kinds } from '../../cluster-context';
import { canonicalJson } from '../../storage/objects';
import { ownerReference, writeObject } from '../helpers';
import type { ObjectRef, Reconciler } from '../runtime';
import { VELERO_NAMESPACE } from '../velero/velero-server';
import { dpaProblem } from './dpa-validation';

const OADP_LABEL = 'openshift.io/oadp';
const DPA_NAME_LABEL = 'dataprotectionapplication.name';

interface Condition {
  type: string;
  status: string;
  reason: string;
  message: string;
  lastTransitionTime: string;
}

const map = (value: unknown): JsonMap => (isMap(value) ? value : {});

function operatorLabels(name: string, component: 'bsl' | 'vsl'): Record<string, string> {
  return {
    'app.kubernetes.io/name': 'oadp-operator-velero',
    'app.kubernetes.io/instance': name,
    'app.kubernetes.io/managed-by': 'oadp-operator',
    'app.kubernetes.io/component': component,
    [OADP_LABEL]: 'True',
  };
}

export function dataProtectionApplicationController(context: ClusterContext): Reconciler {
  const k = kinds(context.registry);

  /** `CreateOrPatch`: the location's spec, labels and owner as the DPA says; status untouched. */
  function ensureLocation(
    type: ResourceType,
    dpa: StoredObject,
    name: string,
    spec: JsonMap,
    labels: Record<string, string>,
  ): void {
    const existing = context.objects.get(type, VELERO_NAMESPACE, name);
    const owner = ownerReference(dpa);
    if (!existing) {
      const created: KubeObject = {
        apiVersion: 'velero.io/v1',
        kind: type.kind,
        metadata: { name, namespace: VELERO_NAMESPACE, labels, ownerReferences: [owner] },
        spec,
      };
      context.objects.create(type, created);
      return;
    }
    const next = clone(existing);
    next.metadata.labels = { ...(next.metadata.labels ?? {}), ...labels };
    const others = (next.metadata.ownerReferences ?? []).filter((o) => o.uid !== dpa.metadata.uid);
    next.metadata.ownerReferences = [...others, owner];
    next.spec = spec;
    if (canonicalJson(next) !== canonicalJson(existing)) writeObject(context, type, next);
  }

  /** Locations the operator made (its labels) that the DPA no longer lists are deleted. */
  function pruneLocations(type: ResourceType, component: string, keep: string[]): void {
    for (const location of context.objects.list(type, VELERO_NAMESPACE)) {
      const labels = location.metadata.labels ?? {};
      if (
        labels['app.kubernetes.io/managed-by'] === 'oadp-operator' &&
        labels['app.kubernetes.io/component'] === component &&
        !keep.includes(location.metadata.name)
      )
        context.objects.delete(type, VELERO_NAMESPACE, location.metadata.name);
    }
  }

  /** `UpdateCredentialsSecretLabels`: the operator watches secrets carrying these labels. */
  function labelSecret(dpa: StoredObject, bsl: JsonMap): void {
    const credential = map(bsl.credential);
    const provider = (asString(bsl.provider) ?? '').replace(/^velero\.io\//, '');
    const fallback: Record<string, string> = {
      aws: 'cloud-credentials',
      gcp: 'cloud-credentials-gcp',
      azure: 'cloud-credentials-azure',
    };
    const name = asString(credential.name) ?? fallback[provider];
    const secret = name ? context.objects.get(k.secret, VELERO_NAMESPACE, name) : undefined;
    if (!secret) return;
    const labels = { ...(secret.metadata.labels ?? {}) };
    if (labels[OADP_LABEL] === 'True' && labels[DPA_NAME_LABEL] === dpa.metadata.name) return;
    const next = clone(secret);
    next.metadata.labels = { ...labels, [OADP_LABEL]: 'True', [DPA_NAME_LABEL]: dpa.metadata.name };
    writeObject(context, k.secret, next);
  }

  function reconcileLocations(dpa: StoredObject): void {
    const spec = map(dpa.spec);
    const bslNames: string[] = [];
    for (const [index, entry] of asArray(spec.backupLocations).map(map).entries()) {
      const name = asString(entry.name) || `${dpa.metadata.name}-${index + 1}`;
      bslNames.push(name);
      const bsl = clone(map(entry.velero));
      labelSecret(dpa, bsl);
      // `UpdateBackupStorageLocation`: the AWS SDK's checksum is turned off unless asked for.
      if (bsl.provider === 'aws' && isMap(bsl.config) && !('checksumAlgorithm' in bsl.config))
        bsl.config = { ...bsl.config, checksumAlgorithm: '' };
      ensureLocation(k.backupStorageLocation, dpa, name, bsl, {
        'openshift.io/oadp-registry': 'True',
        ...operatorLabels(name, 'bsl'),
      });
    }
    pruneLocations(k.backupStorageLocation, 'bsl', bslNames);
    const vslNames: string[] = [];
    for (const [index, entry] of asArray(spec.snapshotLocations).map(map).entries()) {
      const name = asString(entry.name) || `${dpa.metadata.name}-${index + 1}`;
      vslNames.push(name);
      ensureLocation(
        k.volumeSnapshotLocation,
        dpa,
        name,
        clone(map(entry.velero)),
        operatorLabels(name, 'vsl'),
      );
    }
    pruneLocations(k.volumeSnapshotLocation, 'vsl', vslNames);
  }

  function setReconciled(dpa: StoredObject, problem: string | undefined): void {
    const fresh = context.objects.get(
      k.dataProtectionApplication,
      VELERO_NAMESPACE,
      dpa.metadata.name,
    );
    if (!fresh) return;
    const status = map(fresh.status);
    const conditions = asArray(status.conditions).filter(isMap) as unknown as Condition[];
    const previous = conditions.find((c) => c.type === 'Reconciled');
    const next: Condition = {
      type: 'Reconciled',
      status: problem ? 'False' : 'True',
      reason: problem ? 'Error' : 'Complete',
      message: problem ?? 'Reconcile complete',
      lastTransitionTime:
        previous && previous.status === (problem ? 'False' : 'True')
          ? previous.lastTransitionTime
          : rfc3339(context.clock.now()),
    };
    const updated = clone(fresh);
    updated.status = {
      ...status,
      conditions: [...conditions.filter((c) => c.type !== 'Reconciled'), next],
    };
    writeObject(context, k.dataProtectionApplication, updated);
  }

  const toOwner = (object: StoredObject): ObjectRef[] =>
    (object.metadata.ownerReferences ?? [])
      .filter((o) => o.kind === 'DataProtectionApplication')
      .map((o) => ({ namespace: object.metadata.namespace, name: o.name }));

  return {
    name: 'oadp-dpa',
    primary: k.dataProtectionApplication,
    watches: [
      { type: k.backupStorageLocation, map: (event) => toOwner(event.object) },
      { type: k.volumeSnapshotLocation, map: (event) => toOwner(event.object) },
      { type: k.secret },
    ],
    reconcile(ref: ObjectRef): number | undefined {
      if (ref.namespace !== VELERO_NAMESPACE) return undefined;
      const dpa = context.objects.get(k.dataProtectionApplication, ref.namespace, ref.name);
      if (!dpa || dpa.metadata.deletionTimestamp) return undefined;
      const problem = dpaProblem(context, dpa);
      if (!problem) reconcileLocations(dpa);
      setReconciled(dpa, problem);
      return undefined;
    },
  };
}
