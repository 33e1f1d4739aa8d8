import { nonAdminRestoreState } from './nonAdminRestoreStatus';

test('mirrored phases mean what the Restores list says; DataDownload counts', () => {
  expect(
    nonAdminRestoreState({
      status: {
        veleroRestore: { status: { phase: 'WaitingForPluginOperations' } },
        dataMoverDataDownloads: { total: 2, completed: 1, inProgress: 1 },
      },
    }),
  ).toEqual({ meaning: 'downloading', tone: 'progress', downloads: { done: 1, total: 2 } });
  expect(nonAdminRestoreState({})).toEqual({ meaning: 'waiting', tone: 'progress' });
  expect(
    nonAdminRestoreState({
      status: { veleroRestore: { status: { phase: 'Failed', failureReason: 'bucket gone' } } },
    }),
  ).toEqual({ meaning: 'failed', tone: 'danger', detail: 'bucket gone' });
});

test('refused by the controller: its message', () => {
  const message = 'NonAdminRestore nonAdminRestore.spec.restoreSpec.namespaceMapping is restricted';
  expect(
    nonAdminRestoreState({
      status: {
        phase: 'BackingOff',
        conditions: [{ type: 'Accepted', status: 'False', reason: 'InvalidRestoreSpec', message }],
      },
    }),
  ).toEqual({ meaning: 'refused', tone: 'danger', detail: message });
});
