import { applyTableQuery } from './tableQuery';
import type { Column, TableQuery } from './tableQuery';

type Row = { name: string; age?: number; state: string };
const columns: Column<Row>[] = [
  { id: 'name', title: 'Name', cell: (r) => r.name, sortValue: (r) => r.name },
  { id: 'age', title: 'Age', cell: (r) => r.age, sortValue: (r) => r.age },
];
const rows: Row[] = [
  { name: 'b-2', age: 2, state: 'ok' },
  { name: 'a-10', age: 10, state: 'bad' },
  { name: 'a-9', state: 'ok' },
];
const query = (q: Partial<TableQuery>): TableQuery => ({
  name: '',
  selected: [],
  sortBy: 'name',
  direction: 'asc',
  page: 1,
  perPage: 10,
  ...q,
});
const filter = {
  param: 'state',
  label: 'State',
  ariaLabel: 'Filter by state',
  options: [],
  value: (r: Row) => r.state,
};
const names = (q: Partial<TableQuery>) =>
  applyTableQuery(rows, query(q), columns, (r) => r.name, filter).pageRows.map((r) => r.name);

describe('applyTableQuery', () => {
  it('sorts names naturally in both directions', () => {
    expect(names({})).toEqual(['a-9', 'a-10', 'b-2']);
    expect(names({ direction: 'desc' })).toEqual(['b-2', 'a-10', 'a-9']);
  });

  it('keeps rows without a value last in either direction', () => {
    expect(names({ sortBy: 'age' })).toEqual(['b-2', 'a-10', 'a-9']);
    expect(names({ sortBy: 'age', direction: 'desc' })).toEqual(['a-10', 'b-2', 'a-9']);
  });

  it('filters by name substring and by selected values', () => {
    expect(names({ name: 'A-1' })).toEqual(['a-10']);
    expect(names({ selected: ['ok'] })).toEqual(['a-9', 'b-2']);
  });

  it('pages, clamping a page past the end to the last page', () => {
    const result = applyTableQuery(rows, query({ perPage: 2, page: 5 }), columns, (r) => r.name);
    expect(result.total).toBe(3);
    expect(result.pageRows.map((r) => r.name)).toEqual(['b-2']);
  });
});
