import { useCallback, useMemo, useState } from 'react';
import type { VMRef } from '../../scope/productLabels';
import { buildRestore, restoreName } from '../build/buildRestore';
import type { RestoreSource } from '../build/buildRestore';
import type { VMOptions } from '../build/restoreLabels';
import { restoreSelection } from '../build/restoreSelectors';
import { findConflicts } from '../conflicts/findConflicts';
import { useMayRestore } from '../entry/useMayRestore';
import { isRunning } from './backupVMs';
import type { ConflictChoice } from './restoreProblems';
import { restoreProblems } from './restoreProblems';
import { backupsHolding } from './restoreSources';
import { useRestoreSourceData } from './useRestoreSourceData';
import { useTargetData } from './useTargetData';

const same = (a: VMRef, b: VMRef) => a.namespace === b.namespace && a.name === b.name;

export type WizardQuery = { backup?: string; schedule?: string; vms: VMRef[] };

/** Every choice of the restore wizard and what follows from them (the Restore, its problems). */
export const useRestoreWizard = (query: WizardQuery) => {
  const [chosenBackup, setBackup] = useState(query.backup ?? '');
  const [picked, setPicked] = useState<VMRef[]>(query.vms);
  const [mode, setMode] = useState<'original' | 'other'>('original');
  const [other, setOther] = useState('');
  const [choice, setChoice] = useState<ConflictChoice>('none');
  const [options, setOptionsState] = useState<VMOptions>({
    power: 'as-backed-up',
    newMACs: false,
    newFirmwareUUID: false,
  });
  const [macsTouched, setMacsTouched] = useState(false);
  const [stamp, setStamp] = useState(() => new Date());
  const mayRestore = useMayRestore();

  // From "Restore this VM": the backups that hold it, the newest preselected.
  const first = useRestoreSourceData(undefined);
  const forVM = query.vms[0];
  const offered = useMemo(() => {
    if (!forVM) return first.restorable;
    const live = first.vms.find((v) => same(v.vm, forVM))?.live;
    const labels = live?.metadata?.labels ?? { app: forVM.name };
    return backupsHolding(first.restorable, { metadata: { ...forVM, labels } });
  }, [first.restorable, first.vms, forVM]);
  const backupName = chosenBackup || (forVM ? (offered[0]?.metadata?.name ?? '') : '');
  const data = useRestoreSourceData(backupName, query.schedule);

  const pickedIn = picked.filter((p) => data.vms.some((v) => same(v.vm, p)));
  const pickedVMs = data.vms.filter((v) => pickedIn.some((p) => same(v.vm, p)));
  const sourceNs = pickedIn[0]?.namespace;
  const targetNs = mode === 'original' ? (sourceNs ?? '') : other;
  const target = useTargetData(targetNs);
  const originalRuns = pickedVMs.some((v) => isRunning(v.live));
  const effective = macsTouched ? options : { ...options, newMACs: originalRuns };
  const checked = !!sourceNs && !!targetNs && !target.nameProblem && !target.loading;
  const conflicts = checked
    ? findConflicts(pickedVMs, { [sourceNs]: targetNs }, target.existing)
    : [];
  const selection = restoreSelection(pickedIn, data.vms);
  const source: RestoreSource = query.schedule
    ? { scheduleName: query.schedule }
    : { backupName: data.backup?.metadata?.name ?? '' };
  const restore = buildRestore({
    name: restoreName(source, stamp),
    veleroNamespace: data.veleroNamespace,
    source,
    vms: pickedIn,
    targets: sourceNs ? { [sourceNs]: targetNs } : {},
    selectors: selection.selectors,
    options: effective,
  });
  const problems = restoreProblems({
    source: !!data.backup,
    listError: data.list.error,
    picked: pickedIn,
    unselectable: selection.unselectable,
    snapshotsLeftOut: selection.snapshotsLeftOut,
    target: targetNs,
    targetNameProblem: sourceNs ? target.nameProblem : undefined,
    targetExists: target.exists,
    mayCreateNamespace: target.mayCreateNamespace,
    mayCreateVMs: target.mayCreateVMs,
    conflicts,
    conflictChoice: conflicts.length > 0 ? choice : 'none',
    mayRestore,
  });
  const setOptions = useCallback(
    (next: VMOptions) => {
      if (next.newMACs !== effective.newMACs) setMacsTouched(true);
      setOptionsState(next);
    },
    [effective.newMACs],
  );
  return {
    query,
    data,
    offered,
    backupName,
    setBackup: (name: string) => {
      setBackup(name);
      setStamp(new Date());
    },
    picked: pickedIn,
    setPicked,
    mode,
    setMode,
    other,
    setOther,
    sourceNs,
    targetNs,
    target,
    checked,
    conflicts,
    choice,
    setChoice,
    options: effective,
    setOptions,
    originalRuns,
    restore,
    problems,
    waiting: !data.loaded || mayRestore.loading || (!!targetNs && target.loading),
    renew: () => setStamp(new Date()),
  };
};

export type RestoreWizardState = ReturnType<typeof useRestoreWizard>;
