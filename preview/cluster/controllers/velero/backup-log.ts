/**
 * A backup's log and results as Velero 1.16.2 writes them (research/velero-formats.md §2, §3):
 * logrus text lines (`time level msg`, then the fields sorted, values quoted only when they
 * need it) and the LogHook's `{"errors","warnings"}` built from the warning and error entries —
 * under `namespaces[ns]` when the entry has a namespace field, `velero` when it has none.
 */
import { rfc3339 } from '../../api/types';

export type LogLevel = 'info' | 'warning' | 'error';

export interface LogEntry {
  time: number;
  level: LogLevel;
  msg: string;
  fields: Record<string, string>;
}

export interface ResultSet {
  velero?: string[];
  cluster?: string[];
  namespaces?: Record<string, string[]>;
}

export interface BackupResults {
  errors: ResultSet;
  warnings: ResultSet;
}

const BARE = /^[A-Za-z0-9\-._/@^+]*$/;

function quoteValue(value: string): string {
  return BARE.test(value) ? value : JSON.stringify(value);
}

export function formatLogLine(entry: LogEntry): string {
  const fixed = [
    `time=${quoteValue(rfc3339(entry.time))}`,
    `level=${entry.level}`,
    `msg=${quoteValue(entry.msg)}`,
  ];
  const rest = Object.keys(entry.fields)
    .sort()
    .map((key) => `${key}=${quoteValue(entry.fields[key])}`);
  return [...fixed, ...rest].join(' ');
}

/** Collects entries for one backup; every line carries `backup=<ns>/<name>`. */
export class BackupLog {
  readonly entries: LogEntry[] = [];

  constructor(
    private readonly backup: string,
    private readonly now: () => number,
  ) {}

  add(level: LogLevel, msg: string, fields: Record<string, string> = {}): void {
    this.entries.push({ time: this.now(), level, msg, fields: { backup: this.backup, ...fields } });
  }

  text(): string {
    return this.entries.map((e) => `${formatLogLine(e)}\n`).join('');
  }

  count(level: LogLevel): number {
    return this.entries.filter((e) => e.level === level).length;
  }

  /** The LogHook's results: " resource: /r name: /n message: /m error: /e" per entry. */
  results(): BackupResults {
    const results: BackupResults = { errors: {}, warnings: {} };
    for (const entry of this.entries) {
      if (entry.level === 'info') continue;
      const target = entry.level === 'error' ? results.errors : results.warnings;
      const f = entry.fields;
      let text = '';
      if (f.resource !== undefined) text += ` resource: /${f.resource}`;
      if (f.name !== undefined) text += ` name: /${f.name}`;
      text += ` message: /${entry.msg}`;
      if (f.error !== undefined) text += ` error: /${f.error}`;
      if (f.namespace === undefined) (target.velero ??= []).push(text);
      else if (f.namespace === '') (target.cluster ??= []).push(text);
      else ((target.namespaces ??= {})[f.namespace] ??= []).push(text);
    }
    return results;
  }
}
