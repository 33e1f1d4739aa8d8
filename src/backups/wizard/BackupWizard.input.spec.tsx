import { k8sCreate } from '@openshift-console/dynamic-plugin-sdk';
import { screen } from '@testing-library/react';
import { createButton, mockCluster, renderWizard } from './wizardTestFixtures';

beforeEach(() => mockCluster());

const nextButton = () => screen.getByRole('button', { name: 'Next' });

test('no VM picked: said next to the list, Next disabled, Create disabled, nothing sent', async () => {
  const { user, step } = renderWizard();
  expect(screen.getByTestId('vms-error')).toHaveTextContent('Pick at least one VM.');
  expect(nextButton()).toBeDisabled();
  await step('Review');
  expect(screen.getByTestId('wizard-create-disabled-reason')).toHaveTextContent(
    'Pick at least one VM.',
  );
  await user.click(createButton());
  expect(k8sCreate).not.toHaveBeenCalled();
});

test.each([
  ['', 'Name is required.'],
  ['Upper', 'Name must consist of lower case alphanumeric characters or "-"'],
  ['a_b', 'Name must consist of lower case alphanumeric characters or "-"'],
  ['-a', 'Name must consist of lower case alphanumeric characters or "-"'],
  ['a'.repeat(64), 'Name must be no more than 63 characters.'],
  ['taken', 'A backup with this name already exists.'],
])('name %p: %p next to the field, nothing sent', async (name, message) => {
  const { user, next, step } = renderWizard('?vm=demo/fedora-web');
  await next();
  await next();
  if (name) await user.type(screen.getByTestId('backup-name'), name);
  expect(screen.getByTestId('backup-name-error')).toHaveTextContent(message);
  expect(nextButton()).toBeDisabled();
  await step('Review');
  expect(createButton()).toHaveAttribute('aria-disabled', 'true');
  await user.click(createButton());
  expect(k8sCreate).not.toHaveBeenCalled();
});

test.each([
  ['abc', 'Use a duration of hours, minutes and seconds'],
  ['-1h', 'The TTL cannot be negative.'],
  ['1.5.5h', 'Use a duration of hours, minutes and seconds'],
  ['5', 'Use a duration of hours, minutes and seconds'],
  ['0s', 'A TTL of 0 means the default (720h) to Velero; tick "Never expires" to keep backups.'],
])('TTL %p: %p next to the field, nothing sent', async (ttl, message) => {
  const { user, next, step } = renderWizard('?vm=demo/fedora-web');
  await next();
  await next();
  await user.type(screen.getByTestId('backup-name'), 'ok-name');
  await user.selectOptions(screen.getByTestId('ttl-preset'), 'custom');
  await user.type(screen.getByTestId('ttl-custom'), ttl);
  expect(screen.getByTestId('ttl-error')).toHaveTextContent(message);
  expect(nextButton()).toBeDisabled();
  await step('Review');
  await user.click(createButton());
  expect(k8sCreate).not.toHaveBeenCalled();
});

test('"Never expires" ticked: the custom TTL no longer counts, the warning is shown, 100 years sent', async () => {
  const { user, next, step } = renderWizard('?vm=demo/fedora-web');
  await next();
  await next();
  await user.type(screen.getByTestId('backup-name'), 'forever');
  await user.selectOptions(screen.getByTestId('ttl-preset'), 'custom');
  await user.type(screen.getByTestId('ttl-custom'), '0s');
  await user.click(screen.getByTestId('never-expires'));
  expect(screen.queryByTestId('ttl-error')).not.toBeInTheDocument();
  expect(screen.getByTestId('never-expires-warning')).toHaveTextContent(
    'Backups are kept for 100 years',
  );
  await step('Review');
  await user.click(createButton());
  expect(jest.mocked(k8sCreate).mock.calls[0][0].data).toMatchObject({
    spec: { ttl: '876000h0m0s' },
  });
});

test('an unavailable storage location is disabled with its message', async () => {
  const { next } = renderWizard('?vm=demo/fedora-web');
  await next();
  await next();
  const offsite = screen.getByRole<HTMLOptionElement>('option', {
    name: 'offsite (unavailable: bucket unreachable)',
  });
  expect(offsite).toBeDisabled();
  expect(screen.getByRole<HTMLOptionElement>('option', { name: 'dpa-sample-1' })).toBeEnabled();
});

test('only an unavailable location: said next to the field, readiness blocks, nothing sent', async () => {
  mockCluster({
    BackupStorageLocation: [
      {
        metadata: { name: 'offsite' },
        spec: { default: true },
        status: { phase: 'Unavailable', message: 'bucket unreachable' },
      },
    ],
  });
  const { user, next, step } = renderWizard('?vm=demo/fedora-web');
  expect(screen.getByTestId('readiness-location-available-reason')).toHaveTextContent(
    'No location is Available: offsite: bucket unreachable',
  );
  await next();
  await next();
  await user.type(screen.getByTestId('backup-name'), 'ok-name');
  expect(screen.getByTestId('storage-location-error')).toHaveTextContent(
    'Pick a storage location.',
  );
  await step('Review');
  await user.click(createButton());
  expect(k8sCreate).not.toHaveBeenCalled();
});
