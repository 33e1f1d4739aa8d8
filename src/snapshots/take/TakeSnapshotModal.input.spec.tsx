import { k8sCreate } from '@openshift-console/dynamic-plugin-sdk';
import { VirtualMachineSnapshotModel } from '@shared/k8s/models';
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { stoppedVM } from './takeSnapshotFixtures';
import {
  deadlineInput,
  mockWatches,
  nameInput,
  renderModal,
  submitButton,
} from './takeSnapshotTestUtils';

const replace = async (user: UserEvent, input: HTMLElement, value: string) => {
  await user.clear(input);
  if (value) {
    await user.click(input);
    await user.paste(value);
  }
};

/** Submit every way a user can (click, Enter in the field) and check nothing was sent. */
const expectNothingSent = async (user: UserEvent, field: HTMLElement) => {
  expect(submitButton()).toBeDisabled();
  await user.click(submitButton());
  await user.type(field, '{Enter}');
  expect(k8sCreate).not.toHaveBeenCalled();
};

const sent = (name: string, failureDeadline?: string) => ({
  model: VirtualMachineSnapshotModel,
  data: {
    apiVersion: 'snapshot.kubevirt.io/v1beta1',
    kind: 'VirtualMachineSnapshot',
    metadata: { name, namespace: 'ns' },
    spec: {
      source: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'vm-a' },
      ...(failureDeadline === undefined ? {} : { failureDeadline }),
    },
  },
});

beforeEach(() => mockWatches({}));

describe('TakeSnapshotModal name (scenario 9)', () => {
  it.each([
    ['', 'Name is required.'],
    ['Upper', 'Name must consist of lower case alphanumeric characters'],
    ['a_b', 'Name must consist of lower case alphanumeric characters'],
    ['-a', 'Name must consist of lower case alphanumeric characters'],
    ['a-', 'Name must consist of lower case alphanumeric characters'],
    ['a'.repeat(64), 'Name must be no more than 63 characters.'],
    ['名前', 'Name must consist of lower case alphanumeric characters'],
  ])('%j shows an inline error, disables submit and sends nothing', async (name, error) => {
    const { user } = renderModal(stoppedVM());
    await replace(user, nameInput(), name);
    expect(nameInput()).toHaveValue(name);
    expect(nameInput()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('snapshot-name-error')).toHaveTextContent(error);
    await expectNothingSent(user, nameInput());
  });

  it('accepts and sends a valid 63-character name', async () => {
    const name = `${'a'.repeat(31)}-${'0'.repeat(31)}`;
    expect(name).toHaveLength(63);
    const { user } = renderModal(stoppedVM());
    await replace(user, nameInput(), name);
    expect(nameInput()).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByTestId('snapshot-name-error')).not.toBeInTheDocument();
    await user.click(submitButton());
    expect(k8sCreate).toHaveBeenCalledTimes(1);
    expect(k8sCreate).toHaveBeenCalledWith(sent(name));
  });
});

describe('TakeSnapshotModal failure deadline (scenario 10)', () => {
  it.each(['abc', '-5', '1e3', ' 5', '0x10'])(
    '%j shows an inline error, disables submit and sends nothing',
    async (value) => {
      const { user } = renderModal(stoppedVM());
      await replace(user, deadlineInput(), value);
      expect(deadlineInput()).toHaveValue(value);
      expect(deadlineInput()).toHaveAttribute('aria-invalid', 'true');
      expect(screen.getByTestId('snapshot-deadline-help')).toHaveTextContent(
        'Enter a number such as 10 or 1.5, without spaces, signs or exponents.',
      );
      await expectNothingSent(user, deadlineInput());
    },
  );

  it.each([
    ['10', 'm', '10m'],
    ['1.5', 'h', '1.5h'],
    ['45', 's', '45s'],
  ])('%s with unit %s sends failureDeadline %j', async (value, unit, deadline) => {
    const { user } = renderModal(stoppedVM());
    await replace(user, nameInput(), 'snap-1');
    await replace(user, deadlineInput(), value);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Failure deadline unit' }), unit);
    expect(screen.getByTestId('snapshot-deadline-help')).toHaveTextContent(
      `The snapshot fails if it is not complete ${deadline} after it is created.`,
    );
    await user.click(submitButton());
    expect(k8sCreate).toHaveBeenCalledTimes(1);
    expect(k8sCreate).toHaveBeenCalledWith(sent('snap-1', deadline));
  });

  it('defaults to minutes and, left empty, omits the field and says the default is 5m', async () => {
    const { user } = renderModal(stoppedVM());
    await replace(user, nameInput(), 'snap-1');
    expect(screen.getByRole('combobox', { name: 'Failure deadline unit' })).toHaveValue('m');
    expect(screen.getByTestId('snapshot-deadline-help')).toHaveTextContent(
      'Optional. Leave empty for the default of 5m; enter 0 for no deadline.',
    );
    await user.click(submitButton());
    expect(k8sCreate).toHaveBeenCalledWith(sent('snap-1'));
  });

  it('offers 0 as "no deadline", warns that a stuck snapshot never fails, and sends 0s', async () => {
    const { user } = renderModal(stoppedVM());
    await replace(user, nameInput(), 'snap-1');
    await replace(user, deadlineInput(), '0');
    expect(deadlineInput()).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByTestId('snapshot-deadline-help')).toHaveTextContent(
      'No deadline: a snapshot that gets stuck will never fail',
    );
    await user.click(submitButton());
    expect(k8sCreate).toHaveBeenCalledWith(sent('snap-1', '0s'));
  });

  it('refuses a deadline under one second', async () => {
    const { user } = renderModal(stoppedVM());
    await replace(user, deadlineInput(), '0.5');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Failure deadline unit' }), 's');
    expect(screen.getByTestId('snapshot-deadline-help')).toHaveTextContent(
      'The deadline must be at least 1 second, or 0 for no deadline.',
    );
    await expectNothingSent(user, deadlineInput());
  });
});
