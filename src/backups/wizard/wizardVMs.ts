import type { V1VirtualMachine, V1VirtualMachineInstance } from '@shared/k8s/types';
import type { ReadinessInput } from '../readiness/readinessChecks';
import type { VMRef } from '../scope/productLabels';
import type { VMPreflight } from './preflight';
import { diskChecks, vmPreflight } from './preflight';
import type { PVCObject } from './vmDisks';
import { vmDisks } from './vmDisks';

export type WizardVM = { ref: VMRef; vm: V1VirtualMachine; preflight: VMPreflight };

export const refKey = (ref: VMRef) => `${ref.namespace}/${ref.name}`;

/** Each VM the user can list with its disks and preflight, by namespace then name. */
export const wizardVMs = (
  vms: V1VirtualMachine[],
  vmis: V1VirtualMachineInstance[],
  pvcs: PVCObject[],
  drivers: Record<string, string | undefined>,
  classes: ReadinessInput['snapshotClasses'],
): WizardVM[] =>
  vms
    .map((vm) => {
      const ref = { namespace: vm.metadata?.namespace ?? '', name: vm.metadata?.name ?? '' };
      const vmi = vmis.find(
        (i) =>
          refKey({ namespace: i.metadata?.namespace ?? '', name: i.metadata?.name ?? '' }) ===
          refKey(ref),
      );
      return {
        ref,
        vm,
        preflight: vmPreflight(vm, vmi, diskChecks(vmDisks(vm, pvcs), drivers, classes)),
      };
    })
    .sort((a, b) => refKey(a.ref).localeCompare(refKey(b.ref)));

/** Search (name contains), namespace (exact) and label (`key` or `key=value`) filters. */
export const vmMatchesFilter = (
  row: WizardVM,
  filter: { search: string; namespace: string; label: string },
): boolean => {
  if (filter.search && !row.ref.name.includes(filter.search.trim().toLowerCase())) return false;
  if (filter.namespace && row.ref.namespace !== filter.namespace) return false;
  const label = filter.label.trim();
  if (!label) return true;
  const [key, value] = label.split('=', 2).map((s) => s.trim());
  const labels = row.vm.metadata?.labels ?? {};
  return value === undefined ? key in labels : labels[key] === value;
};
