import type { DataUpload } from '../k8s/types';
import { backupProgress, isUploadStuck, percent } from './uploadProgress';

const upload = (
  backup: string,
  phase: string,
  bytesDone: number,
  totalBytes: number,
  accepted?: string,
): DataUpload => ({
  metadata: { name: `${backup}-x`, labels: { 'velero.io/backup-name': backup } },
  status: {
    phase,
    progress: { bytesDone, totalBytes },
    ...(accepted ? { acceptedTimestamp: accepted } : {}),
  },
});

test("items from the status, bytes summed over the backup's own uploads", () => {
  const progress = backupProgress(
    { metadata: { name: 'b1' }, status: { progress: { totalItems: 40, itemsBackedUp: 10 } } },
    [
      upload('b1', 'InProgress', 5, 20),
      upload('b1', 'Completed', 0, 10),
      upload('b2', 'InProgress', 1, 1000),
    ],
  );
  expect(progress.items).toEqual({ done: 10, total: 40 });
  expect(progress.bytes).toEqual({ done: 15, total: 30 });
  expect(progress.uploads.map((u) => u.metadata?.name)).toEqual(['b1-x', 'b1-x']);
  expect(percent(progress.bytes)).toBe(50);
});

test('no uploads and no item counts: nothing to show, never a fake 0 %', () => {
  const progress = backupProgress({ metadata: { name: 'b1' } }, []);
  expect(progress).toEqual({ uploads: [] });
  expect(percent(progress.bytes)).toBeUndefined();
});

test('an upload sitting in Accepted or Prepared for over 5 minutes is stuck', () => {
  const now = Date.parse('2026-01-01T00:10:00Z');
  expect(isUploadStuck(upload('b', 'Accepted', 0, 1, '2026-01-01T00:04:00Z'), now)).toBe(true);
  expect(isUploadStuck(upload('b', 'Prepared', 0, 1, '2026-01-01T00:06:00Z'), now)).toBe(false);
  expect(isUploadStuck(upload('b', 'InProgress', 0, 1, '2026-01-01T00:00:00Z'), now)).toBe(false);
});
