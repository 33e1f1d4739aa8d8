import { applyTableQuery } from './tableQuery';
import type { Column, TableQuery } from './tableQuery';

type Row = { name: string; age?: number; state: string; tags: string[] };
const columns: Column<Row>[] = [
  { id: 'name', title: 'Name', cell: (r) => r.name, sortValue: (r) => r.name },
  { id: 'age', title: 'Age', cell: (r) => r.age, sortValue: (r) => r.age },
];
const rows: Row[] = [
  { name: 'b-2', age: 2, state: 'ok', tags: ['x'] },
  { name: 'a-10', age: 10, state: 'bad', tags: ['x', 'y'] },
  { name: 'a-9', state: 'ok', tags: [] },
];
const query = (q: Partial<TableQuery>): TableQuery => ({
  name: '',
  selected: {},
  sortBy: 'name',
  direction: 'asc',
  page: 1,
  perPage: 10,
  ...q,
});
const filter = (param: string, value: (r: Row) => string | string[]) => ({
  param,
  label: param,
  ariaLabel: `Filter by ${param}`,
  options: [],
  value,
});
const filters = [filter('state', (r) => r.state), filter('tag', (r) => r.tags)];
const names = (q: Partial<TableQuery>) =>
  applyTableQuery(rows, query(q), columns, (r) => r.name, filters).pageRows.map((r) => r.name);

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
    expect(names({ selected: { state: ['ok'] } })).toEqual(['a-9', 'b-2']);
    expect(names({ selected: { state: ['ok', 'bad'] } })).toEqual(['a-9', 'a-10', 'b-2']);
  });

  it('matches a row with several values on any selected one; filters combine with AND', () => {
    expect(names({ selected: { tag: ['y'] } })).toEqual(['a-10']);
    expect(names({ selected: { tag: ['x', 'y'] } })).toEqual(['a-10', 'b-2']);
    expect(names({ selected: { tag: ['x'], state: ['ok'] } })).toEqual(['b-2']);
    expect(names({ selected: { tag: ['y'], state: ['ok'] } })).toEqual([]);
    expect(names({ selected: { tag: [], state: [] } })).toEqual(['a-9', 'a-10', 'b-2']);
  });

  it('pages, clamping a page past the end to the last page', () => {
    const result = applyTableQuery(rows, query({ perPage: 2, page: 5 }), columns, (r) => r.name);
    expect(result.total).toBe(3);
    expect(result.pageRows.map((r) => r.name)).toEqual(['b-2']);
  });
});
