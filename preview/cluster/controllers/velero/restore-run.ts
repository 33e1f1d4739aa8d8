/**
 * One restore's item pass, as Velero 1.16.2's restoreContext runs it (research/oadp-velero.md
 * §0a, §2.3; Velero `pkg/restore/restore.go` restoreItem): filters, the target namespace made
 * first, PVs that will be provisioned again, metadata and status stripped, plugin actions with
 * their additional items first, restore labels, and an existing object left alone — with
 * Velero's warning only when it differs from the backed-up one.
 */
import type { JsonMap, KubeObject } from '../../api/types';
import { clone, isMap } from '../../api/types';
import { kinds } from '../../cluster-context';
import type { ArchivedItem, BackupArchive } from './restore-archive';
import { IncludesExcludes, NON_RESTORABLE, strings } from './restore-filters';
import type { Result } from './restore-files';
import { addResult, countResult } from './restore-files';
import type { ActionContext, ItemRef, RestoreItemAction } from './restore-item-action';
import { restoreOverExisting } from './restore-existing';
import {
  addRestoreLabels,
  resetMetadataAndStatus,
  resetVolumeBindingInfo,
} from './restore-metadata';

type Action = 'created' | 'updated' | 'failed' | 'skipped';

interface RestoredItem {
  resource: string;
  namespace: string;
  name: string;
  action?: Action;
  itemExists: boolean;
}

const resourceKey = (o: KubeObject) => `${o.apiVersion}/${o.kind}`;
const resourceId = (gr: string, ns: string, name: string) =>
  ns ? `${gr}/${ns}/${name}` : `${gr}/${name}`;

export class RestoreRun {
  readonly restored = new Map<string, RestoredItem>();
  readonly warnings: Result = {};
  readonly errors: Result = {};
  readonly operations: {
    operationId: string;
    groupResource: string;
    namespace: string;
    name: string;
    action: string;
  }[] = [];
  private readonly pvsToProvision = new Set<string>();
  private readonly resources: IncludesExcludes;
  private readonly namespaces: IncludesExcludes;

  constructor(
    private readonly ctx: ActionContext,
    private readonly archive: BackupArchive,
    private readonly actions: RestoreItemAction[],
    resolve: (name: string) => string,
  ) {
    const spec = ctx.restoreSpec;
    this.resources = new IncludesExcludes(
      strings(spec.includedResources),
      [...strings(spec.excludedResources), ...NON_RESTORABLE],
      resolve,
    );
    this.namespaces = new IncludesExcludes(
      strings(spec.includedNamespaces),
      strings(spec.excludedNamespaces),
    );
  }

  /** Top-level selection: what getOrderedResourceCollection would hand to restoreItem. */
  selects(item: ArchivedItem): boolean {
    if (item.groupResource === 'namespaces' || !this.resources.shouldInclude(item.groupResource))
      return false;
    if (item.namespace) return this.namespaces.shouldInclude(item.namespace);
    const cluster = this.ctx.restoreSpec.includeClusterResources;
    return cluster === true || (cluster === undefined && this.namespaces.includesEverything());
  }

  restoreItem(item: ArchivedItem): boolean {
    return this.restoreObject(
      item.object,
      item.groupResource,
      this.ctx.targetNamespace(item.namespace),
    );
  }

  private restoreObject(source: KubeObject, gr: string, namespace: string): boolean {
    const { ctx } = this;
    const spec = ctx.restoreSpec;
    const name = source.metadata.name ?? '';
    const log = (msg: string) =>
      ctx.log('info', msg, {
        groupResource: gr,
        namespace: source.metadata.namespace ?? '',
        'original name': name,
      });
    if (!this.resources.shouldInclude(gr)) return false;
    if (namespace) {
      if (!this.namespaces.shouldInclude(source.metadata.namespace ?? '')) return false;
      this.ensureNamespace(source.metadata.namespace ?? '', namespace);
    } else if (spec.includeClusterResources === false) return false;
    const phase = isMap(source.status) ? source.status.phase : undefined;
    if (gr === 'pods' && (phase === 'Succeeded' || phase === 'Failed')) return false;
    const key = `${resourceKey(source)}|${namespace}|${name}`;
    const previous = this.restored.get(key);
    if (previous) return previous.itemExists;
    const entry: RestoredItem = {
      resource: resourceKey(source),
      namespace,
      name,
      itemExists: false,
    };
    this.restored.set(key, entry);
    const before = countResult(this.warnings) + countResult(this.errors);
    this.restoreInto(entry, source, gr, namespace, log);
    entry.action ??=
      countResult(this.warnings) + countResult(this.errors) === before ? 'skipped' : 'failed';
    return entry.itemExists;
  }

  private restoreInto(
    entry: RestoredItem,
    source: KubeObject,
    gr: string,
    namespace: string,
    log: (m: string) => void,
  ): void {
    const { ctx } = this;
    const name = source.metadata.name ?? '';
    const id = resourceId(gr, namespace, name);
    let obj = clone(source);
    if (gr === 'persistentvolumes') {
      const info = this.archive.volumeInfo.get(name);
      const reclaim = isMap(source.spec) ? source.spec.persistentVolumeReclaimPolicy : undefined;
      if (info?.backupMethod === 'CSISnapshot' || reclaim === 'Delete') {
        log(
          'Dynamically re-provisioning persistent volume because it has a CSI VolumeSnapshot or its reclaim policy is Delete.',
        );
        this.pvsToProvision.add(name);
        return;
      }
      obj = resetVolumeBindingInfo(obj);
    }
    const status = obj.status;
    obj = resetMetadataAndStatus(obj);
    for (const action of this.actions.filter((a) => a.appliesTo(gr, obj))) {
      let result;
      try {
        result = action.execute(ctx, obj, source);
      } catch (error) {
        addResult(
          this.errors,
          namespace,
          `error preparing ${id}: ${error instanceof Error ? error.message : String(error)}`,
        );
        return;
      }
      if (result.operationId)
        this.operations.push({
          operationId: result.operationId,
          groupResource: gr,
          namespace,
          name,
          action: action.name,
        });
      if (result.skipRestore) {
        log('Skipping restore because a registered plugin discarded it');
        return;
      }
      obj = result.item;
      for (const extra of result.additionalItems ?? []) this.restoreAdditional(extra);
    }
    if (gr === 'persistentvolumeclaims' && isMap(obj.spec) && obj.spec.volumeName) {
      obj = resetVolumeBindingInfo(obj);
      const pvcSpec = obj.spec as JsonMap;
      if (this.pvsToProvision.has(String(pvcSpec.volumeName))) delete pvcSpec.volumeName;
    }
    if (namespace) obj.metadata.namespace = namespace;
    addRestoreLabels(obj, ctx.restore.metadata.name, ctx.backup.metadata.name);
    const type = ctx.context.registry.forObject(obj.apiVersion, obj.kind);
    if (!type) {
      addResult(
        this.warnings,
        namespace,
        `error getting updated resource client for namespace "${namespace}", resource "${gr}": the server could not find the requested resource`,
      );
      return;
    }
    const existing = ctx.context.objects.get(
      type,
      namespace || undefined,
      obj.metadata.name ?? name,
    );
    if (!existing) {
      try {
        const created = ctx.context.objects.create(type, obj);
        Object.assign(entry, { action: 'created', itemExists: true });
        if (status !== undefined && this.restoresStatus(gr))
          ctx.context.objects.update(
            type,
            { ...created, status },
            type.statusSubresource ? { subresource: 'status' } : {},
          );
      } catch (error) {
        addResult(
          this.errors,
          namespace,
          `error restoring ${id}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      return;
    }
    entry.itemExists = true;
    const warning = restoreOverExisting(ctx, type, existing, obj);
    if (warning === 'updated') entry.action = 'updated';
    else if (warning) addResult(this.warnings, namespace, warning);
    else
      log(
        `Restore of ${obj.metadata.name ?? name} skipped: it already exists in the cluster and is the same as the backed up version`,
      );
  }

  private restoreAdditional(ref: ItemRef): void {
    const item = this.archive.find(ref.groupResource, ref.namespace, ref.name);
    if (!item) {
      const where = ref.namespace ? `namespaces/${ref.namespace}` : 'cluster';
      addResult(
        this.warnings,
        ref.namespace,
        `stat /tmp/${this.ctx.restore.metadata.name}/resources/${ref.groupResource}/${where}/${ref.name}.json: no such file or directory`,
      );
      return;
    }
    this.restoreObject(
      item.object,
      ref.groupResource,
      ref.namespace ? this.ctx.targetNamespace(ref.namespace) : '',
    );
  }

  private restoresStatus(gr: string): boolean {
    const restoreStatus = isMap(this.ctx.restoreSpec.restoreStatus)
      ? this.ctx.restoreSpec.restoreStatus
      : undefined;
    return (
      restoreStatus !== undefined &&
      new IncludesExcludes(
        strings(restoreStatus.includedResources),
        strings(restoreStatus.excludedResources),
      ).shouldInclude(gr)
    );
  }

  /** kube.EnsureNamespaceExistsAndIsReady, from the archived Namespace under its new name. */
  private ensureNamespace(original: string, target: string): void {
    const k = kinds(this.ctx.context.registry);
    if (this.ctx.context.objects.get(k.namespace, undefined, target)) return;
    const archived = this.archive.find('namespaces', '', original)?.object;
    this.ctx.context.objects.create(k.namespace, {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name: target,
        labels: { ...archived?.metadata.labels, 'kubernetes.io/metadata.name': target },
        ...(archived?.metadata.annotations ? { annotations: archived.metadata.annotations } : {}),
      },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    });
    this.restored.set(`v1/Namespace||${target}`, {
      resource: 'v1/Namespace',
      namespace: '',
      name: target,
      action: 'created',
      itemExists: true,
    });
  }

  /** `{"<apiVersion>/<Kind>": ["<ns>/<name>(<action>)", …]}`, each list sorted. */
  resourceList(): Record<string, string[]> {
    const list: Record<string, string[]> = {};
    for (const item of this.restored.values()) {
      const entry = `${item.namespace ? `${item.namespace}/` : ''}${item.name}(${item.action ?? 'skipped'})`;
      (list[item.resource] ??= []).push(entry);
    }
    for (const entries of Object.values(list)) entries.sort();
    return list;
  }
}
