import { decideBackupMode } from './backupMode';

const yes = { allowed: true, loading: false };
const no = { allowed: false, loading: false };
const pending = { allowed: false, loading: true };
const base = { velero: no, nonAdminApi: true, nonAdmin: yes, namespace: 'demo' };

test('may list Velero Backups: admin mode, whatever the non-admin API says', () => {
  expect(decideBackupMode({ ...base, velero: yes, nonAdminApi: false, nonAdmin: no })).toEqual({
    kind: 'admin',
  });
});

test('no Velero access, the API served and may create NonAdminBackups: non-admin in that namespace', () => {
  expect(decideBackupMode(base)).toEqual({ kind: 'non-admin', namespace: 'demo' });
});

test('no Velero access and no NonAdminBackup API: managed by the administrator', () => {
  expect(decideBackupMode({ ...base, nonAdminApi: false })).toEqual({
    kind: 'managed',
    reason: 'no-non-admin-api',
  });
});

test('the API served but may not create NonAdminBackups there (a viewer): managed', () => {
  expect(decideBackupMode({ ...base, nonAdmin: no })).toEqual({
    kind: 'managed',
    reason: 'no-non-admin-access',
  });
  expect(decideBackupMode({ ...base, namespace: '' })).toEqual({
    kind: 'managed',
    reason: 'no-non-admin-access',
  });
});

test('an answer still pending: loading, never a wrong mode', () => {
  expect(decideBackupMode({ ...base, velero: pending })).toEqual({ kind: 'loading' });
  expect(decideBackupMode({ ...base, nonAdminApi: undefined })).toEqual({ kind: 'loading' });
  expect(decideBackupMode({ ...base, nonAdmin: pending })).toEqual({ kind: 'loading' });
});
