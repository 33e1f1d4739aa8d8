import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithRouter } from '../../../test-utils/renderWithRouter';
import { DataTable } from './DataTable';
import type { Column } from './tableQuery';

type Row = { name: string };

const columns: Column<Row>[] = [
  { id: 'name', title: 'Name', cell: (r) => r.name, sortValue: (r) => r.name },
];

const renderTable = (count: number) =>
  renderWithRouter(
    <DataTable<Row>
      ariaLabel="Things"
      rows={Array.from({ length: count }, (_, i) => ({
        name: `thing-${String(i).padStart(2, '0')}`,
      }))}
      rowKey={(r) => r.name}
      columns={columns}
      getName={(r) => r.name}
      loaded
      errorTitle="Could not load"
      defaultSort={{ sortBy: 'name', direction: 'asc' }}
      emptyState={<p>None</p>}
    />,
  );

describe('DataTable pagination (issue 10 part 4)', () => {
  it('names its two pagination landmarks apart, so they are not duplicate "Pagination" landmarks', () => {
    renderTable(12);
    const names = screen.getAllByRole('navigation').map((n) => n.getAttribute('aria-label'));
    expect(names).toEqual(['Pagination, top', 'Pagination, bottom']);
  });

  it('names every icon-only paging button and the page number field', async () => {
    renderTable(25);
    const bottom = screen.getByRole('navigation', { name: 'Pagination, bottom' });
    for (const name of [
      'Go to first page',
      'Go to previous page',
      'Go to next page',
      'Go to last page',
    ]) {
      expect(within(bottom).getByRole('button', { name })).toBeInTheDocument();
    }
    expect(within(bottom).getByRole('spinbutton', { name: 'Current page' })).toHaveValue(1);
    await userEvent.click(within(bottom).getByRole('button', { name: 'Go to next page' }));
    expect(screen.getByTestId('location-search')).toHaveTextContent('vdp-page=2');
  });
});
