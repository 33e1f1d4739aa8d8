import {
  Alert,
  Pagination,
  PaginationVariant,
  TextInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { SearchIcon } from '@patternfly/react-icons';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { ReactNode } from 'react';
import { usePluginTranslation } from '../../hooks/usePluginTranslation';
import { FilterSelect } from './FilterSelect';
import { applyTableQuery, visibleColumns } from './tableQuery';
import type { Column, SelectFilter, SortDirection } from './tableQuery';
import { PER_PAGE_OPTIONS, useTableQuery } from './useTableQuery';
import { TableError, TableLoading, TableNoMatches } from './TableStates';
import { usePaginationTitles } from './usePaginationTitles';

export type DataTableProps<T> = {
  ariaLabel: string;
  rows: T[];
  rowKey: (row: T) => string;
  columns: Column<T>[];
  getName: (row: T) => string;
  loaded: boolean;
  error?: Error;
  errorTitle: string;
  /** Select filters, shown in this order after the name filter; they combine with AND. */
  filters?: SelectFilter<T>[];
  defaultSort: { sortBy: string; direction: SortDirection };
  /** Shown when there are no rows at all. */
  emptyState: ReactNode;
  toolbarActions?: ReactNode;
};

/** PatternFly table with name filter, select filters, sort and pagination kept in the URL. */
export const DataTable = <T,>({
  ariaLabel,
  rows,
  rowKey,
  columns,
  getName,
  loaded,
  error,
  errorTitle,
  filters = [],
  defaultSort,
  emptyState,
  toolbarActions,
}: DataTableProps<T>) => {
  const { t } = usePluginTranslation();
  const { query, update } = useTableQuery({
    ...defaultSort,
    filterParams: filters.map((f) => f.param),
  });
  const { pageRows, total } = applyTableQuery(rows, query, columns, getName, filters);
  const manageable = columns.filter((c) => c.defaultHidden !== undefined);
  const shownColumns = visibleColumns(columns, query.columns);
  const paginationTitles = usePaginationTitles();
  const pagination = (variant: PaginationVariant) => (
    <Pagination
      itemCount={total}
      page={query.page}
      perPage={query.perPage}
      perPageOptions={PER_PAGE_OPTIONS.map((n) => ({ title: String(n), value: n }))}
      onSetPage={(_e, page) => update({ page })}
      onPerPageSelect={(_e, perPage) => update({ perPage })}
      variant={variant}
      titles={paginationTitles[variant]}
      isCompact={variant === PaginationVariant.top}
    />
  );

  let body: ReactNode;
  if (error && !rows.length) {
    body = <TableError title={errorTitle} error={error} />;
  } else if (!loaded) {
    body = <TableLoading />;
  } else if (!rows.length) {
    body = emptyState;
  } else if (!total) {
    body = <TableNoMatches onClear={() => update({ name: '', selected: {} })} />;
  } else {
    const sortIndex = shownColumns.findIndex((c) => c.id === query.sortBy);
    body = (
      <>
        <Table aria-label={ariaLabel} variant="compact">
          <Thead>
            <Tr>
              {shownColumns.map((column, index) => (
                <Th
                  key={column.id}
                  width={column.width}
                  modifier="wrap"
                  screenReaderText={column.screenReaderText}
                  sort={
                    column.sortValue
                      ? {
                          columnIndex: index,
                          sortBy: { index: sortIndex, direction: query.direction },
                          onSort: (_e, _i, direction) => update({ sortBy: column.id, direction }),
                        }
                      : undefined
                  }
                >
                  {column.title}
                </Th>
              ))}
            </Tr>
          </Thead>
          <Tbody>
            {pageRows.map((row) => (
              <Tr key={rowKey(row)}>
                {shownColumns.map((column) => (
                  <Td key={column.id} dataLabel={column.title || column.screenReaderText}>
                    {column.cell(row)}
                  </Td>
                ))}
              </Tr>
            ))}
          </Tbody>
        </Table>
        {pagination(PaginationVariant.bottom)}
      </>
    );
  }

  return (
    <>
      {error && rows.length > 0 && (
        <Alert variant="warning" isInline title={t('The list may be out of date')}>
          {error.message}
        </Alert>
      )}
      {(rows.length > 0 || !loaded) && (
        <Toolbar clearAllFilters={() => update({ name: '', selected: {} })}>
          <ToolbarContent>
            <ToolbarItem>
              {/* TextInput, not SearchInput: Pagination loads it anyway; SearchInput is 6 KB more. */}
              <TextInput
                type="text"
                customIcon={<SearchIcon />}
                aria-label={t('Filter by name')}
                placeholder={t('Filter by name')}
                value={query.name}
                onChange={(_e, name) => update({ name })}
              />
            </ToolbarItem>
            {filters.map((filter) => (
              <ToolbarItem key={filter.param}>
                <FilterSelect
                  label={filter.label}
                  ariaLabel={filter.ariaLabel}
                  options={filter.options}
                  selected={query.selected[filter.param] ?? []}
                  onChange={(values) =>
                    update({ selected: { ...query.selected, [filter.param]: values } })
                  }
                />
              </ToolbarItem>
            ))}
            {manageable.length > 0 && (
              <ToolbarItem>
                <FilterSelect
                  label={t('Columns')}
                  ariaLabel={t('Manage columns')}
                  options={manageable.map((c) => ({ value: c.id, label: c.title }))}
                  selected={visibleColumns(manageable, query.columns).map((c) => c.id)}
                  onChange={(shown) => update({ columns: shown })}
                  showCount={false}
                />
              </ToolbarItem>
            )}
            {toolbarActions && <ToolbarItem>{toolbarActions}</ToolbarItem>}
            {loaded && total > 0 && (
              <ToolbarItem variant="pagination">{pagination(PaginationVariant.top)}</ToolbarItem>
            )}
          </ToolbarContent>
        </Toolbar>
      )}
      {body}
    </>
  );
};
