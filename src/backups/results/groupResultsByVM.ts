import type { BackupResults, VeleroResult } from '../k8s/types';
import type { VMRef } from '../scope/productLabels';
import type { ResultEntry } from './resultEntry';
import { parseEntry } from './resultEntry';

/**
 * "Why it partially failed", per VM: Velero files most volume errors under `errors.velero`
 * with the namespace and PVC only inside the message (research/oadp-velero.md §0a), so each
 * entry's subject is read out and mapped to the VM that owns it — the VM itself, one of its
 * claims or DataVolumes, or its launcher pod.
 */
export type VMVolumes = { vm: VMRef; claims: string[] };

export type VMResults = { vm: VMRef; errors: ResultEntry[]; warnings: ResultEntry[] };

export type GroupedResults = {
  vms: VMResults[];
  /** Entries about no VM (cluster, Velero itself, other objects). */
  other: { errors: ResultEntry[]; warnings: ResultEntry[] };
};

const entriesOf = (result: VeleroResult | undefined): ResultEntry[] => [
  ...(result?.velero ?? []).map((raw) => parseEntry(raw, 'velero')),
  ...(result?.cluster ?? []).map((raw) => parseEntry(raw, 'cluster')),
  ...Object.entries(result?.namespaces ?? {}).flatMap(([ns, list]) =>
    list.map((raw) => parseEntry(raw, ns)),
  ),
];

const LAUNCHER = /^virt-launcher-(.+)-[a-z0-9]{5}$/;

const ownerOf = (entry: ResultEntry, volumes: VMVolumes[]): VMRef | undefined => {
  const subject = entry.subject;
  if (!subject) return undefined;
  const inNamespace = volumes.filter(
    (v) => !subject.namespace || v.vm.namespace === subject.namespace,
  );
  const resource = subject.resource.split('.')[0];
  if (resource === 'virtualmachines' || resource === 'virtualmachineinstances')
    return inNamespace.find((v) => v.vm.name === subject.name)?.vm;
  if (resource === 'persistentvolumeclaims' || resource === 'datavolumes')
    return inNamespace.find((v) => v.claims.includes(subject.name))?.vm;
  const launcher = resource === 'pods' ? LAUNCHER.exec(subject.name) : null;
  return launcher ? inNamespace.find((v) => v.vm.name === launcher[1])?.vm : undefined;
};

export const groupResultsByVM = (results: BackupResults, volumes: VMVolumes[]): GroupedResults => {
  const byVM = new Map<string, VMResults>();
  const other: GroupedResults['other'] = { errors: [], warnings: [] };
  const place = (entry: ResultEntry, level: 'errors' | 'warnings') => {
    const vm = ownerOf(entry, volumes);
    if (!vm) {
      other[level].push(entry);
      return;
    }
    const key = `${vm.namespace}/${vm.name}`;
    const group = byVM.get(key) ?? { vm, errors: [], warnings: [] };
    group[level].push(entry);
    byVM.set(key, group);
  };
  entriesOf(results.errors).forEach((e) => place(e, 'errors'));
  entriesOf(results.warnings).forEach((e) => place(e, 'warnings'));
  const vms = [...byVM.values()].sort(
    (a, b) => b.errors.length - a.errors.length || a.vm.name.localeCompare(b.vm.name),
  );
  return { vms, other };
};
