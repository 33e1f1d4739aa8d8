import { apiVersionOf } from '@shared/k8s/models';
import { RestoreModel } from '../../k8s/models';
import type { LabelSelector } from '../../k8s/types';
import type { VMRef } from '../../scope/productLabels';
import type { VMOptions } from './restoreLabels';
import { optionLabels } from './restoreLabels';
import type { VeleroRestore } from './restoreTypes';

export type RestoreSource = { backupName: string } | { scheduleName: string };

export type RestoreChoices = {
  name: string;
  /** The Velero namespace: Velero objects are only ever created there. */
  veleroNamespace: string;
  source: RestoreSource;
  vms: VMRef[];
  /** Where each source namespace goes; a namespace mapped to itself is left out. */
  targets: Record<string, string>;
  selectors: LabelSelector[];
  options: VMOptions;
};

/**
 * The Restore the wizard sends (DESIGN §6, issue 13 part 3): its source, the picked VMs'
 * namespaces and selectors, the namespace mapping, `restorePVs: true` and the kubevirt
 * plugin's option labels — nothing the user did not choose.
 */
export const buildRestore = (choices: RestoreChoices): VeleroRestore => {
  const namespaces = [...new Set(choices.vms.map((vm) => vm.namespace))].sort();
  const mapping = Object.fromEntries(
    namespaces
      .filter((ns) => choices.targets[ns] && choices.targets[ns] !== ns)
      .map((ns) => [ns, choices.targets[ns]]),
  );
  const labels = optionLabels(choices.options);
  return {
    apiVersion: apiVersionOf(RestoreModel),
    kind: RestoreModel.kind,
    metadata: {
      name: choices.name,
      namespace: choices.veleroNamespace,
      ...(Object.keys(labels).length > 0 ? { labels } : {}),
    },
    spec: {
      ...choices.source,
      includedNamespaces: namespaces,
      orLabelSelectors: choices.selectors,
      ...(Object.keys(mapping).length > 0 ? { namespaceMapping: mapping } : {}),
      restorePVs: true,
    },
  };
};

/** Velero's CLI names a restore `<backup>-<YYYYMMDDHHMMSS>`; we do the same (UTC). */
export const restoreName = (source: RestoreSource, now: Date): string => {
  const base = 'backupName' in source ? source.backupName : source.scheduleName;
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  return `${base.slice(0, 253 - 15)}-${stamp}`;
};
