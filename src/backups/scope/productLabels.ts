/**
 * The labels our wizards put on Backups and schedule templates so "backups of VM X" needs no
 * download: one label per VM, `vms.vm-data-protection.io/<vm name>: <namespace>` (a label key's
 * name part and a label value are both at most 63 characters, like VM names in practice).
 */
export const VM_LABEL_PREFIX = 'vms.vm-data-protection.io/';

export type VMRef = { namespace: string; name: string };

export const vmLabelKey = (name: string): string => `${VM_LABEL_PREFIX}${name}`;

/** The VMs a Backup's product labels name; empty when it has none (made by the CLI, GitOps…). */
export const vmsFromLabels = (labels: Record<string, string> | undefined): VMRef[] =>
  Object.entries(labels ?? {})
    .filter(([key]) => key.startsWith(VM_LABEL_PREFIX))
    .map(([key, namespace]) => ({ namespace, name: key.slice(VM_LABEL_PREFIX.length) }))
    .sort((a, b) => `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`));
