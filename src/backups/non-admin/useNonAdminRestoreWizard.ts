import { useAccess } from '@shared/hooks/useAccess';
import { usePluginTranslation } from '@shared/hooks/usePluginTranslation';
import { useState } from 'react';
import { restoreName } from '../restores/build/buildRestore';
import { findConflicts } from '../restores/conflicts/findConflicts';
import type { ConflictChoice } from '../restores/wizard/restoreProblems';
import { restoreProblems } from '../restores/wizard/restoreProblems';
import type { WizardQuery } from '../restores/wizard/useRestoreWizard';
import { useTargetData } from '../restores/wizard/useTargetData';
import type { VMRef } from '../scope/productLabels';
import { buildNonAdminRestore } from './buildNonAdminRestore';
import { nonAdminRestoreSelection } from './nonAdminBackupVMs';
import { NonAdminRestoreModel } from './nonAdminModels';
import { useNonAdminRestoreSourceData } from './useNonAdminRestoreSourceData';

const same = (a: VMRef, b: VMRef) => a.namespace === b.namespace && a.name === b.name;

/**
 * The restore wizard's choices for a namespace user and what follows from them: a
 * NonAdminRestore in `namespace`, back into that namespace (the only target the non-admin
 * controller allows), with the same conflict check and problems as the admin wizard.
 */
export const useNonAdminRestoreWizard = (query: WizardQuery, namespace: string) => {
  const { t } = usePluginTranslation();
  const [chosen, setChosen] = useState(query.backup ?? '');
  const [picked, setPicked] = useState<VMRef[]>(query.vms);
  const [choice, setChoice] = useState<ConflictChoice>('none');
  const [stamp, setStamp] = useState(() => new Date());
  const may = useAccess(NonAdminRestoreModel, 'create', namespace);
  const source = useNonAdminRestoreSourceData(namespace, chosen, query.vms[0]);
  const { data, nab, backupName } = source;
  const target = useTargetData(namespace);

  const pickedIn = picked.filter((p) => data.vms.some((v) => same(v.vm, p)));
  const pickedVMs = data.vms.filter((v) => pickedIn.some((p) => same(v.vm, p)));
  const checked = pickedIn.length > 0 && !target.loading;
  const conflicts = checked
    ? findConflicts(pickedVMs, { [namespace]: namespace }, target.existing)
    : [];
  const selection = nonAdminRestoreSelection(pickedIn, data.vms);
  const restore = buildNonAdminRestore({
    name: restoreName({ backupName }, stamp),
    namespace,
    backupName,
    selectors: selection.selectors,
  });
  const problems = restoreProblems({
    source: !!nab,
    picked: pickedIn,
    unselectable: selection.unselectable,
    snapshotsLeftOut: selection.snapshotsLeftOut,
    target: namespace,
    // The controller restores, not the user: only the namespace and NonAdminRestores matter.
    targetExists: true,
    mayCreateNamespace: false,
    mayCreateVMs: true,
    conflicts,
    conflictChoice: conflicts.length > 0 ? choice : 'none',
    mayRestore: {
      allowed: may.allowed,
      reason: t('You may not create NonAdminRestores in {{namespace}}.', { namespace }),
    },
  }).map((p) => (p.code === 'conflicts' ? { ...p, code: 'conflicts-fixed-target' as const } : p));
  return {
    data,
    offered: data.restorable,
    backupName,
    setBackup: (name: string) => {
      setChosen(name);
      setStamp(new Date());
    },
    picked: pickedIn,
    setPicked,
    checked,
    conflicts,
    choice,
    setChoice,
    restore,
    problems,
    waiting: !data.loaded || may.loading || target.loading,
    renew: () => setStamp(new Date()),
  };
};
