/**
 * Velero 1.16.2 as OADP 1.5 runs it in `openshift-adp` (research/oadp-velero.md §0a, §2;
 * file formats in research/velero-formats.md): one reconciler per file, every delay in
 * simulated milliseconds.
 */
import type { ClusterContext } from '../../cluster-context';
import type { Reconciler } from '../runtime';
import { dataDownloadController } from './data-downloads';
import { restoreController } from './restores';

export function veleroControllers(context: ClusterContext): Reconciler[] {
  return [restoreController(context), dataDownloadController(context)];
}
