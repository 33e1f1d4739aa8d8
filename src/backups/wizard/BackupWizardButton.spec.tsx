import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { renderHook, screen } from '@testing-library/react';
import { renderWithRouter } from '../../test-utils/renderWithRouter';
import { useVMBackupActions } from '../actions/useVMBackupActions';
import { BackupWizardButton } from './BackupWizardButton';

const denyCreate = () =>
  jest
    .mocked(useAccessReview)
    .mockImplementation((attributes) => [attributes.verb !== 'create', false]);

test('allowed: a link to the wizard with the VM preselected', () => {
  renderWithRouter(
    <BackupWizardButton
      label="Back up"
      vms={[{ namespace: 'demo', name: 'fedora-web' }]}
      dataTest="vm-back-up"
    />,
  );
  expect(screen.getByTestId('vm-back-up')).toHaveAttribute(
    'href',
    '/data-protection/backups/~new?vm=demo%2Ffedora-web',
  );
});

test('a viewer: disabled, with the reason naming the Velero namespace', () => {
  denyCreate();
  renderWithRouter(<BackupWizardButton label="Create backup" dataTest="create-backup" />);
  expect(screen.getByTestId('create-backup')).toHaveAttribute('aria-disabled', 'true');
  expect(screen.getByTestId('create-backup-disabled-reason')).toHaveTextContent(
    'You may not create Backups in the Velero namespace openshift-adp.',
  );
  expect(jest.mocked(useAccessReview)).toHaveBeenCalledWith({
    group: 'velero.io',
    resource: 'backups',
    verb: 'create',
    namespace: 'openshift-adp',
  });
});

test('schedule mode asks about Schedules', () => {
  denyCreate();
  renderWithRouter(
    <BackupWizardButton label="Create schedule" schedule dataTest="create-schedule" />,
  );
  expect(screen.getByTestId('create-schedule-disabled-reason')).toHaveTextContent(
    'You may not create Schedules in the Velero namespace openshift-adp.',
  );
});

test('the VM action "Back up": its href, or disabled with the reason', () => {
  const vm = { metadata: { name: 'rhel9-db', namespace: 'demo' } } as Parameters<
    typeof useVMBackupActions
  >[0];
  const allowed = renderHook(() => useVMBackupActions(vm)).result.current[0][0];
  expect(allowed).toMatchObject({
    id: 'vdp-back-up',
    label: 'Back up',
    cta: { href: '/data-protection/backups/~new?vm=demo%2Frhel9-db' },
    disabled: false,
  });
  denyCreate();
  const denied = renderHook(() => useVMBackupActions(vm)).result.current[0][0];
  expect(denied).toMatchObject({
    disabled: true,
    disabledTooltip: 'You may not create Backups in the Velero namespace openshift-adp.',
  });
});
