import type { ReactNode } from 'react';

export type SortDirection = 'asc' | 'desc';

export type Column<T> = {
  id: string;
  title: string;
  cell: (row: T) => ReactNode;
  /** Present when the column can be sorted. */
  sortValue?: (row: T) => string | number | undefined;
  /** Screen-reader-only header, for columns without a visible title (actions). */
  screenReaderText?: string;
  width?: 10 | 15 | 20 | 25 | 30 | 40 | 50;
  /**
   * Set (true or false) when the user may hide or show the column in "Columns"; true hides it
   * until they show it, so the default columns fit a 1280 px window.
   */
  defaultHidden?: boolean;
};

export type SelectFilter<T> = {
  /** URL search parameter that keeps the selection (the table adds the `vdp-` prefix). */
  param: string;
  label: string;
  /** Accessible name of the filter toggle, e.g. "Filter by status". */
  ariaLabel: string;
  options: { value: string; label: string }[];
  /** The row's value, or values (a backup holds several VMs): any selected one matches. */
  value: (row: T) => string | string[];
};

export type TableQuery = {
  name: string;
  /** Selected values per filter param; a missing or empty list does not filter. */
  selected: Record<string, string[]>;
  sortBy: string;
  direction: SortDirection;
  page: number;
  perPage: number;
  /** Ids of the manageable columns the user chose to show; undefined: the defaults. */
  columns?: string[];
};

/** The columns to render: fixed ones, and manageable ones shown by the user or by default. */
export const visibleColumns = <T>(columns: Column<T>[], shown?: string[]): Column<T>[] =>
  columns.filter((c) =>
    c.defaultHidden === undefined ? true : shown ? shown.includes(c.id) : !c.defaultHidden,
  );

const compare = (a: string | number | undefined, b: string | number | undefined): number => {
  // Rows without a value sort last in either direction.
  if (a === undefined || a === '') return b === undefined || b === '' ? 0 : 1;
  if (b === undefined || b === '') return -1;
  return typeof a === 'number' && typeof b === 'number'
    ? a - b
    : String(a).localeCompare(String(b), undefined, { numeric: true });
};

/** Filters combine with AND; the values selected within one filter with OR. */
const matchesFilters = <T>(row: T, filters: SelectFilter<T>[], query: TableQuery) =>
  filters.every((filter) => {
    const selected = query.selected[filter.param] ?? [];
    if (!selected.length) return true;
    const value = filter.value(row);
    return (Array.isArray(value) ? value : [value]).some((v) => selected.includes(v));
  });

/** Filter, sort and slice rows for one page; also returns the filtered count. */
export const applyTableQuery = <T>(
  rows: T[],
  query: TableQuery,
  columns: Column<T>[],
  getName: (row: T) => string,
  filters: SelectFilter<T>[] = [],
): { pageRows: T[]; total: number } => {
  const needle = query.name.trim().toLowerCase();
  const filtered = rows.filter(
    (row) =>
      (!needle || getName(row).toLowerCase().includes(needle)) &&
      matchesFilters(row, filters, query),
  );
  const column = columns.find((c) => c.id === query.sortBy && c.sortValue);
  if (column?.sortValue) {
    const value = column.sortValue;
    const sign = query.direction === 'asc' ? 1 : -1;
    filtered.sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      const missing = va === undefined || va === '' || vb === undefined || vb === '';
      return missing ? compare(va, vb) : sign * compare(va, vb);
    });
  }
  const lastPage = Math.max(1, Math.ceil(filtered.length / query.perPage));
  const page = Math.min(Math.max(1, query.page), lastPage);
  const start = (page - 1) * query.perPage;
  return { pageRows: filtered.slice(start, start + query.perPage), total: filtered.length };
};
