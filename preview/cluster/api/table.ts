/** Server-side printing: the meta.k8s.io/v1 Table kubectl asks for (`Accept: ...;as=Table`). */
import { evaluateJsonPath } from './jsonpath';
import type { PrinterColumn, ResourceType } from './resource-types';
import type { KubeObject } from './types';

export interface Table {
  kind: 'Table';
  apiVersion: 'meta.k8s.io/v1';
  metadata: { resourceVersion?: string; continue?: string; remainingItemCount?: number };
  columnDefinitions: {
    name: string;
    type: string;
    format: string;
    description: string;
    priority: number;
  }[];
  rows: { cells: unknown[]; object?: unknown }[];
}

export type IncludeObject = 'None' | 'Metadata' | 'Object';

/** apimachinery's HumanDuration, so the Age column reads as kubectl users expect. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8)
    return hours % 24 === 0
      ? `${Math.floor(hours / 24)}d`
      : `${Math.floor(hours / 24)}d${hours % 24}h`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  const years = Math.floor(hours / 24 / 365);
  if (hours < 24 * 365 * 8) return `${years}y${Math.floor(hours / 24) % 365}d`;
  return `${years}y`;
}

function cell(object: KubeObject, column: PrinterColumn, now: number): unknown {
  const values = evaluateJsonPath(object, column.jsonPath);
  if (values.length === 0) return column.type === 'date' ? '<unknown>' : null;
  if (column.type === 'date') {
    const time = Date.parse(String(values[0]));
    return Number.isNaN(time) ? '<unknown>' : humanDuration(now - time);
  }
  if (values.length === 1 && !Array.isArray(values[0])) return values[0];
  return values.flat().map(String).join(',');
}

function rowObject(object: KubeObject, include: IncludeObject): unknown {
  if (include === 'None') return undefined;
  if (include === 'Object') return object;
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: object.metadata };
}

export function toTable(
  type: ResourceType,
  objects: KubeObject[],
  include: IncludeObject,
  metadata: Table['metadata'],
  now = Date.now(),
): Table {
  const nameColumn = {
    name: 'Name',
    type: 'string',
    format: 'name',
    description: 'Name must be unique within a namespace.',
    priority: 0,
  };
  const columns = type.printerColumns;
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata,
    columnDefinitions: [
      nameColumn,
      ...columns.map((c) => ({
        name: c.name,
        type: c.type === 'date' ? 'string' : c.type,
        format: c.format ?? '',
        description: c.description ?? '',
        priority: c.priority,
      })),
    ],
    rows: objects.map((object) => {
      const row: Table['rows'][number] = {
        cells: [object.metadata.name, ...columns.map((c) => cell(object, c, now))],
      };
      const embedded = rowObject(object, include);
      if (embedded !== undefined) row.object = embedded;
      return row;
    }),
  };
}

/** True when the Accept header asks for a Table (kubectl get does). */
export function wantsTable(accept: string | undefined): boolean {
  return accept !== undefined && /as=Table/.test(accept) && /g=meta\.k8s\.io/.test(accept);
}
