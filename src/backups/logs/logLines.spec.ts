import { filterLog, parseLog } from './logLines';

const log = [
  'time="2026-11-30T02:00:05Z" level=info msg="Backing up item" backup=openshift-adp/b name=fedora-web-root namespace=demo resource=persistentvolumeclaims',
  'time="2026-11-30T02:00:07Z" level=error msg="Error backing up item" backup=openshift-adp/b error="failed to get VolumeSnapshotClass for StorageClass hostpath-csi-basic"',
  'time="2026-11-30T02:00:08Z" level=warning msg="Additional item was not found" backup=openshift-adp/b',
  '',
].join('\n');

test('lines are numbered with their level; the final newline adds no line', () => {
  const lines = parseLog(log);
  expect(lines.map((l) => [l.number, l.level])).toEqual([
    [1, 'info'],
    [2, 'error'],
    [3, 'warning'],
  ]);
});

test('search is case-insensitive; "problems only" keeps warnings and errors', () => {
  const lines = parseLog(log);
  expect(filterLog(lines, 'VOLUMESNAPSHOTCLASS', false).map((l) => l.number)).toEqual([2]);
  expect(filterLog(lines, '', true).map((l) => l.number)).toEqual([2, 3]);
  expect(filterLog(lines, 'fedora', true)).toEqual([]);
});
