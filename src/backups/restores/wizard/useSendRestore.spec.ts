import { HttpError, k8sCreate, k8sDelete, k8sGet } from '@openshift-console/dynamic-plugin-sdk';
import { act, renderHook } from '@testing-library/react';
import { useSendRestore } from './useSendRestore';

const restore = {
  apiVersion: 'velero.io/v1',
  kind: 'Restore',
  metadata: { name: 'b1-20261201231500', namespace: 'openshift-adp' },
  spec: { backupName: 'b1', includedNamespaces: ['demo'], restorePVs: true },
};
const vm = { namespace: 'demo', name: 'fedora-web' };
const conflicts = [
  { vm, kind: 'VirtualMachine' as const, namespace: 'demo', name: 'fedora-web' },
  { vm, kind: 'PersistentVolumeClaim' as const, namespace: 'demo', name: 'fedora-web-rootdisk' },
];

test('a double click sends one Restore, exactly the one given', async () => {
  const { result } = renderHook(() => useSendRestore());
  await act(async () => {
    await Promise.all([result.current.send(restore), result.current.send(restore)]);
  });
  expect(k8sCreate).toHaveBeenCalledTimes(1);
  expect(jest.mocked(k8sCreate).mock.calls[0][0].data).toEqual(restore);
  expect(jest.mocked(k8sCreate).mock.calls[0][0].model.plural).toBe('restores');
  expect(result.current.state).toEqual({ phase: 'created', restore });
});

test.each([
  [403, 'restores.velero.io is forbidden: User "developer" cannot create resource "restores"'],
  [409, 'restores.velero.io "b1-20261201231500" already exists'],
  [422, 'Restore.velero.io "x" is invalid: spec.backupName: Required value'],
])('%i: the server message, and a second try is sent', async (code, message) => {
  jest.mocked(k8sCreate).mockRejectedValueOnce(new HttpError(message, code));
  const { result } = renderHook(() => useSendRestore());
  await act(() => result.current.send(restore));
  expect(result.current.state).toEqual({ phase: 'failed', message });
  await act(() => result.current.send(restore));
  expect(k8sCreate).toHaveBeenCalledTimes(2);
  expect(result.current.state.phase).toBe('created');
});

test('delete first: the VM is deleted, then the Restore waits until every conflict is gone', async () => {
  jest.useFakeTimers();
  const present = new Set(['fedora-web', 'fedora-web-rootdisk']);
  jest.mocked(k8sDelete).mockImplementation(() => {
    present.delete('fedora-web');
    return Promise.resolve({});
  });
  jest
    .mocked(k8sGet)
    .mockImplementation(({ name }) =>
      present.has(name ?? '')
        ? Promise.resolve({})
        : Promise.reject(new HttpError('not found', 404)),
    );
  const { result } = renderHook(() => useSendRestore());
  let sent: Promise<void> = Promise.resolve();
  act(() => {
    sent = result.current.send(restore, conflicts);
  });
  await act(() => jest.advanceTimersByTimeAsync(1000));
  expect(jest.mocked(k8sDelete).mock.calls.map((c) => c[0].resource.metadata?.name)).toEqual([
    'fedora-web',
  ]);
  expect(result.current.state).toEqual({ phase: 'waiting', left: [conflicts[1]] });
  expect(k8sCreate).not.toHaveBeenCalled();
  present.delete('fedora-web-rootdisk');
  await act(async () => {
    await jest.advanceTimersByTimeAsync(1000);
    await sent;
  });
  expect(k8sCreate).toHaveBeenCalledTimes(1);
  expect(result.current.state.phase).toBe('created');
  jest.useRealTimers();
});
