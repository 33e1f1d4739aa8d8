import { ResourceLink, Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sGroupVersionKind } from '@openshift-console/dynamic-plugin-sdk';
import type { ReactNode } from 'react';
import type { Column } from './tableQuery';

/** An RFC 3339 time as a sort value; rows without one sort last. */
export const timeValue = (value?: string): number | undefined =>
  value ? Date.parse(value) : undefined;

/** A link to the object (name and namespace); `ResourceLink` renders the kind's badge. */
export const resourceLinkCell = (
  groupVersionKind: K8sGroupVersionKind,
  name: string | undefined,
  namespace: string | undefined,
) => <ResourceLink groupVersionKind={groupVersionKind} name={name} namespace={namespace} />;

/** The first column of a resource list: the linked name, sorted by name. */
export const nameColumn = <T,>(options: {
  title: string;
  groupVersionKind: K8sGroupVersionKind;
  name: (row: T) => string;
  namespace: (row: T) => string | undefined;
  width?: Column<T>['width'];
}): Column<T> => ({
  id: 'name',
  title: options.title,
  cell: (row) =>
    resourceLinkCell(options.groupVersionKind, options.name(row), options.namespace(row)),
  sortValue: options.name,
  ...(options.width ? { width: options.width } : {}),
});

/** A time shown as the console's Timestamp, '-' without one; `sortBy` when it differs. */
export const timestampColumn = <T,>(
  column: Pick<Column<T>, 'id' | 'title' | 'defaultHidden'>,
  value: (row: T) => string | undefined,
  sortBy: (row: T) => number | undefined = (row) => timeValue(value(row)),
): Column<T> => ({
  ...column,
  cell: (row) => {
    const time = value(row);
    return time ? <Timestamp timestamp={time} /> : '-';
  },
  sortValue: sortBy,
});

/** The last column: the row's kebab, with a header only screen readers announce. */
export const actionsColumn = <T,>(
  screenReaderText: string,
  cell: (row: T) => ReactNode,
): Column<T> => ({ id: 'actions', title: '', screenReaderText, cell });
