import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { SortDirection, TableQuery } from './tableQuery';

export const PER_PAGE_OPTIONS = [10, 20, 50, 100];

export type TableQueryDefaults = {
  sortBy: string;
  direction: SortDirection;
  /** The select filters' params, unprefixed. */
  filterParams?: string[];
};

/**
 * Our keys in the URL. The console's own tables on the same page use `name`, `page`,
 * `perPage`, `sortBy` and `orderBy`; ours must not read or reset theirs (issue 10 part 2).
 */
export const URL_PREFIX = 'vdp-';
const NAME = `${URL_PREFIX}name`;
const SORT = `${URL_PREFIX}sortBy`;
const DIR = `${URL_PREFIX}orderBy`;
const PAGE = `${URL_PREFIX}page`;
const PER_PAGE = `${URL_PREFIX}perPage`;
/** The shown manageable columns, comma-separated; present only once the user changed them. */
const COLUMNS = `${URL_PREFIX}columns`;

/** Filters, sort and page kept in the URL, so reload and shared links keep them. */
export const useTableQuery = (defaults: TableQueryDefaults) => {
  const [params, setParams] = useSearchParams();
  // A string, so a new array with the same params does not recompute the query.
  const filterKey = (defaults.filterParams ?? []).join(',');

  const query = useMemo<TableQuery>(() => {
    const perPage = Number(params.get(PER_PAGE));
    const page = Number(params.get(PAGE));
    const dir = params.get(DIR);
    return {
      name: params.get(NAME) ?? '',
      selected: Object.fromEntries(
        (filterKey ? filterKey.split(',') : []).map((p) => [p, params.getAll(URL_PREFIX + p)]),
      ),
      sortBy: params.get(SORT) ?? defaults.sortBy,
      direction: dir === 'asc' || dir === 'desc' ? dir : defaults.direction,
      page: Number.isInteger(page) && page > 0 ? page : 1,
      perPage: PER_PAGE_OPTIONS.includes(perPage) ? perPage : PER_PAGE_OPTIONS[0],
      columns: params.has(COLUMNS)
        ? (params.get(COLUMNS) ?? '').split(',').filter(Boolean)
        : undefined,
    };
  }, [params, filterKey, defaults.sortBy, defaults.direction]);

  const update = useCallback(
    (change: Partial<TableQuery>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          const set = (key: string, value: string | number | undefined) =>
            value === undefined || value === '' ? next.delete(key) : next.set(key, String(value));
          if (change.name !== undefined) set(NAME, change.name);
          if (change.selected !== undefined && filterKey) {
            // The given selection replaces every filter's: `{}` clears them all.
            for (const param of filterKey.split(',')) {
              next.delete(URL_PREFIX + param);
              change.selected[param]?.forEach((value) => next.append(URL_PREFIX + param, value));
            }
          }
          if (change.sortBy !== undefined) set(SORT, change.sortBy);
          if (change.direction !== undefined) set(DIR, change.direction);
          if (change.perPage !== undefined) set(PER_PAGE, change.perPage);
          if (change.columns !== undefined) {
            // Empty is a choice too (every manageable column hidden): keep the key.
            next.set(COLUMNS, change.columns.join(','));
            return next;
          }
          // Any change other than paging (or columns) starts again from the first page.
          set(PAGE, change.page !== undefined && change.page > 1 ? change.page : undefined);
          return next;
        },
        { replace: true },
      );
    },
    [setParams, filterKey],
  );

  return { query, update };
};
