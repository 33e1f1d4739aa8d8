import { render, screen } from '@testing-library/react';
import { actionsColumn, nameColumn, timestampColumn, timeValue } from './commonColumns';

type Row = { name: string; ns?: string; at?: string };
const gvk = { group: 'velero.io', version: 'v1', kind: 'Backup' };

test('the name column links the object and sorts by name', () => {
  const column = nameColumn<Row>({
    title: 'Name',
    groupVersionKind: gvk,
    name: (row) => row.name,
    namespace: (row) => row.ns,
    width: 20,
  });
  expect(column).toMatchObject({ id: 'name', title: 'Name', width: 20 });
  expect(column.sortValue?.({ name: 'b-1' })).toBe('b-1');
  render(<>{column.cell({ name: 'b-1', ns: 'openshift-adp' })}</>);
  expect(screen.getByText('b-1')).toBeVisible();
});

test('a timestamp column: the time or "-", sorted by the parsed time unless told otherwise', () => {
  const column = timestampColumn<Row>({ id: 'at', title: 'At' }, (row) => row.at);
  expect(column.sortValue?.({ name: 'x', at: '2026-01-01T00:00:00Z' })).toBe(
    Date.parse('2026-01-01T00:00:00Z'),
  );
  expect(column.sortValue?.({ name: 'x' })).toBeUndefined();
  expect(column.cell({ name: 'x' })).toBe('-');
  const byName = timestampColumn<Row>(
    { id: 'at', title: 'At' },
    (r) => r.at,
    () => 7,
  );
  expect(byName.sortValue?.({ name: 'x' })).toBe(7);
  expect(timeValue(undefined)).toBeUndefined();
});

test('the actions column has no visible title, only screen-reader text', () => {
  const column = actionsColumn<Row>('Actions', (row) => row.name);
  expect(column).toMatchObject({ id: 'actions', title: '', screenReaderText: 'Actions' });
  expect(column.cell({ name: 'kebab' })).toBe('kebab');
});
