import type { RestoreMeaning } from '../restores/list/restoreRows';
import { restoreRow } from '../restores/list/restoreRows';
import type { NonAdminRestore } from './nonAdminTypes';

/**
 * A NonAdminRestore's state for the tab: what the mirrored Velero Restore phase means, or the
 * controller's refusal (BackingOff, Accepted=False) with its message; DataDownload counts.
 */
export type NonAdminRestoreState = {
  meaning: RestoreMeaning;
  tone: 'success' | 'warning' | 'danger' | 'progress' | 'unknown';
  detail?: string;
  downloads?: { done: number; total: number };
};

const TONES: Partial<Record<RestoreMeaning, NonAdminRestoreState['tone']>> = {
  done: 'success',
  partial: 'warning',
  failed: 'danger',
  refused: 'danger',
  unknown: 'unknown',
};

export const nonAdminRestoreState = (nar: NonAdminRestore): NonAdminRestoreState => {
  const counts = nar.status?.dataMoverDataDownloads;
  const downloads = counts?.total
    ? { downloads: { done: counts.completed ?? 0, total: counts.total } }
    : {};
  if (nar.status?.phase === 'BackingOff') {
    const refusal = nar.status.conditions?.find(
      (c) => c.type === 'Accepted' && c.status === 'False',
    );
    return {
      meaning: 'refused',
      tone: 'danger',
      ...(refusal?.message ? { detail: refusal.message } : {}),
    };
  }
  const velero = nar.status?.veleroRestore?.status;
  const { meaning } = restoreRow({ status: velero ?? {} }, 0);
  const detail =
    meaning === 'failed' ? velero?.failureReason : velero?.validationErrors?.join('; ');
  return {
    meaning,
    tone: TONES[meaning] ?? 'progress',
    ...(detail ? { detail } : {}),
    ...downloads,
  };
};
