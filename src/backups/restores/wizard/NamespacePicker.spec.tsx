import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { mockWatches } from '../../../test-utils/mockWatches';
import { NamespacePicker } from './NamespacePicker';

const ns = (name: string) => ({ metadata: { name } });
const sent: string[] = [];
const Picker = () => {
  const [value, setValue] = useState('');
  return (
    <NamespacePicker
      value={value}
      onChange={(v) => {
        sent.push(v);
        setValue(v);
      }}
      invalid={false}
      exclude="demo"
    />
  );
};

beforeEach(() => {
  sent.length = 0;
  jest
    .mocked(useAccessReview)
    .mockImplementation((review) => [
      review.resource === 'virtualmachines' && review.namespace !== 'prod',
      false,
    ]);
});

test('the listable namespaces but the source; one the user may not create VMs in is disabled with why', async () => {
  mockWatches({ Namespace: [[ns('prod'), ns('demo'), ns('demo-copy')], true] });
  render(<Picker />);
  await userEvent.click(screen.getByRole('combobox', { name: 'Namespace name' }));
  const options = screen.getAllByRole('option');
  expect(options.map((o) => o.textContent)).toEqual([
    'demo-copy',
    'prodYou may not create VirtualMachines in prod.',
  ]);
  expect(screen.getByRole('option', { name: /prod/ })).toBeDisabled();
  await userEvent.click(screen.getByRole('option', { name: 'demo-copy' }));
  expect(sent).toEqual(['demo-copy']);
});

test('a new name is offered to be created; typing narrows the list', async () => {
  mockWatches({ Namespace: [[ns('prod'), ns('demo-copy')], true] });
  render(<Picker />);
  await userEvent.type(screen.getByRole('combobox', { name: 'Namespace name' }), 'demo-');
  expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
    'Create namespace "demo-"',
    'demo-copy',
  ]);
  await userEvent.type(screen.getByRole('combobox', { name: 'Namespace name' }), 'x');
  await userEvent.click(screen.getByRole('option', { name: 'Create namespace "demo-x"' }));
  expect(sent[sent.length - 1]).toBe('demo-x');
});

test('without the right to list namespaces: a plain field, nothing to pick', async () => {
  mockWatches({ Namespace: [[], true, { code: 403, message: 'forbidden' }] });
  render(<Picker />);
  await userEvent.type(screen.getByRole('combobox', { name: 'Namespace name' }), 'team-a');
  expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
    'Create namespace "team-a"',
  ]);
  expect(sent[sent.length - 1]).toBe('team-a');
});
