import { useSyncExternalStore } from 'react';

/** Something about the plugin the user must see: shown as an alert above every page. */
export type PluginProblem = {
  id: string;
  variant: 'danger' | 'warning';
  title: string;
  detail?: string;
};

let problems: PluginProblem[] = [];
const listeners = new Set<() => void>();

/** Adds a problem (once per id): start-up failures and code that fails to load later. */
export const reportProblem = (problem: PluginProblem) => {
  if (problems.some((p) => p.id === problem.id)) {
    return;
  }
  problems = [...problems, problem];
  listeners.forEach((l) => l());
};

export const usePluginProblems = () =>
  useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => problems,
  );
