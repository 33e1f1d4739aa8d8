import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { FilterSelect } from './FilterSelect';

const options = [
  { value: 'ok', label: 'Completed' },
  { value: 'bad', label: 'Failed' },
];

const Filter = ({ showCount }: { showCount?: boolean }) => {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <FilterSelect
      label="Status"
      ariaLabel="Filter by status"
      options={options}
      selected={selected}
      onChange={setSelected}
      showCount={showCount}
    />
  );
};

// axe's label-content-name-mismatch: the name holds the visible words, in order.
const words = (text: string) => text.toLowerCase().split(/\W+/).filter(Boolean).join(' ');

test('with nothing selected the toggle is named by its filter', () => {
  render(<Filter />);
  expect(screen.getByRole('button', { name: 'Filter by status' })).toHaveTextContent('Status');
});

test('with a selection the name contains the visible label and count (WCAG 2.5.3)', async () => {
  const user = userEvent.setup();
  render(<Filter />);
  await user.click(screen.getByRole('button', { name: 'Filter by status' }));
  await user.click(screen.getByRole('checkbox', { name: 'Completed' }));
  await user.click(screen.getByRole('checkbox', { name: 'Failed' }));
  const toggle = screen.getByRole('button', { name: 'Filter by status: Status 2 selected' });
  expect(toggle).toHaveTextContent(/^Status 2$/);
  expect(words(toggle.getAttribute('aria-label') ?? '')).toContain(words(toggle.textContent ?? ''));
});

test('the column chooser (no count) keeps its own name whatever is shown', async () => {
  const user = userEvent.setup();
  render(<Filter showCount={false} />);
  await user.click(screen.getByRole('button', { name: 'Filter by status' }));
  await user.click(screen.getByRole('checkbox', { name: 'Completed' }));
  expect(screen.getByRole('button', { name: 'Filter by status' })).toHaveTextContent(/^Status$/);
});
