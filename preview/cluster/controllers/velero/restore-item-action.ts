/**
 * The RestoreItemAction shape (Velero `pkg/plugin/velero/restore_item_action.go`): an action
 * may change the item, skip it, return additional items to restore first, or start an
 * asynchronous operation. Actions throw to fail the item ("error preparing <id>: <err>").
 */
import type { JsonMap, KubeObject, StoredObject } from '../../api/types';
import type { ClusterContext } from '../../cluster-context';

export interface ItemRef {
  groupResource: string;
  /** The namespace in the backup ('' for cluster-scoped). */
  namespace: string;
  name: string;
}

export interface RestoreLog {
  (level: 'info' | 'warning' | 'error', msg: string, fields?: Record<string, string>): void;
}

export interface ActionContext {
  context: ClusterContext;
  restore: StoredObject;
  restoreSpec: JsonMap;
  backup: StoredObject;
  /** namespaceMapping applied to a namespace from the backup. */
  targetNamespace(namespace: string): string;
  log: RestoreLog;
}

export interface ActionResult {
  item: KubeObject;
  skipRestore?: boolean;
  additionalItems?: ItemRef[];
  operationId?: string;
}

export interface RestoreItemAction {
  name: string;
  appliesTo(groupResource: string, item: KubeObject): boolean;
  execute(ctx: ActionContext, item: KubeObject, fromBackup: KubeObject): ActionResult;
}
