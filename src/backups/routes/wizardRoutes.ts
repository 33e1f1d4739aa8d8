/**
 * Where the backup and restore wizards live (`console.page/route` pages, so their code loads
 * only when opened) and how an entry point links to them with its choices preselected.
 */
import type { VMRef } from '../scope/productLabels';

export const BACKUP_WIZARD_PATH = '/data-protection/backups/~new';
export const RESTORE_WIZARD_PATH = '/data-protection/restores/~new';

const vmParams = (params: URLSearchParams, vms: VMRef[] = []) => {
  vms.forEach((vm) => params.append('vm', `${vm.namespace}/${vm.name}`));
};

const withQuery = (path: string, params: URLSearchParams) => {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
};

/** The backup wizard; `schedule` opens it as "Create schedule". */
export const backupWizardHref = (options: { vms?: VMRef[]; schedule?: boolean } = {}): string => {
  const params = new URLSearchParams();
  vmParams(params, options.vms);
  if (options.schedule) params.set('schedule', 'true');
  return withQuery(BACKUP_WIZARD_PATH, params);
};

/** The restore wizard, from a backup, from the latest backup of a schedule, or for a VM. */
export const restoreWizardHref = (
  options: { backup?: string; schedule?: string; vms?: VMRef[] } = {},
): string => {
  const params = new URLSearchParams();
  if (options.backup) params.set('backup', options.backup);
  if (options.schedule) params.set('schedule', options.schedule);
  vmParams(params, options.vms);
  return withQuery(RESTORE_WIZARD_PATH, params);
};

/** The VMs a wizard URL preselects; malformed entries are left out. */
export const vmsFromQuery = (params: URLSearchParams): VMRef[] =>
  params
    .getAll('vm')
    .map((value) => value.split('/'))
    .filter((parts) => parts.length === 2 && parts[0] !== '' && parts[1] !== '')
    .map(([namespace, name]) => ({ namespace, name }));
