import type { NameProblem } from '@shared/validation/dns1123';
import { dns1123LabelProblem } from '@shared/validation/dns1123';
import type { TTLProblem } from './ttl';
import type { WizardValues } from './wizardValues';
import { ttlOf } from './wizardValues';

export type LocationOption = {
  name: string;
  available: boolean;
  message?: string;
  /** Shown instead of the name (non-admin mode's "default location" has none). */
  label?: string;
};

export type WizardContextFacts = {
  /** Names of the Backups (or Schedules, when creating one) already in the Velero namespace. */
  takenNames: string[];
  locations: LocationOption[];
};

export type WizardProblems = {
  vms?: 'none';
  name?: NameProblem | 'taken';
  ttl?: TTLProblem;
  storageLocation?: 'none' | 'unavailable';
};

/** Every problem of the user's choices, per field; empty when the wizard may send. */
export const wizardProblems = (values: WizardValues, facts: WizardContextFacts): WizardProblems => {
  const problems: WizardProblems = {};
  if (values.vms.length === 0) problems.vms = 'none';
  const nameProblem = dns1123LabelProblem(values.name);
  if (nameProblem) problems.name = nameProblem;
  else if (facts.takenNames.includes(values.name)) problems.name = 'taken';
  const ttl = ttlOf(values);
  if ('problem' in ttl) problems.ttl = ttl.problem;
  const location = facts.locations.find((l) => l.name === values.storageLocation);
  if (!location) problems.storageLocation = 'none';
  else if (!location.available) problems.storageLocation = 'unavailable';
  return problems;
};

/** The first step whose fields have a problem (the user is sent back there). */
export const STEP_OF_PROBLEM: Record<keyof WizardProblems, string> = {
  vms: 'vms',
  name: 'options',
  ttl: 'options',
  storageLocation: 'options',
};
