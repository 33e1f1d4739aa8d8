/**
 * State on disk: `state.json` (a full snapshot, replaced atomically by write-to-temp, fsync,
 * rename) plus `journal.jsonl` (one line appended synchronously per change). A `kill -9` can
 * at worst leave a torn last journal line, which loading ignores: the store is never corrupt
 * and only the write in flight is lost.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { StoredObject } from '../api/types';
import type { StoreSnapshot } from './store';
import { objectKey } from './store';

export interface JournalEntry {
  op: 'put' | 'delete';
  typeKey: string;
  object: StoredObject;
  rv: number;
}

export interface Journal {
  append(entry: JournalEntry): void;
}

const FORMAT = 'vm-data-protection/local-cluster/1';
const COMPACT_EVERY = 20_000;

interface StateFile {
  format: string;
  resourceVersion: number;
  objects: StoreSnapshot['objects'];
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export class FileJournal implements Journal {
  private readonly statePath: string;
  private readonly journalPath: string;
  private readonly lockPath: string;
  private fd: number;
  private entries = 0;
  /** Called when the journal is long enough to fold into state.json. */
  onCompactionDue?: () => void;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.statePath = join(dir, 'state.json');
    this.journalPath = join(dir, 'journal.jsonl');
    this.lockPath = join(dir, 'lock');
    this.acquireLock();
    this.fd = openSync(this.journalPath, 'a');
  }

  /** Reads state.json and replays the journal on top; undefined for an empty folder. */
  load(): StoreSnapshot | undefined {
    let snapshot: StoreSnapshot | undefined;
    if (existsSync(this.statePath)) {
      const state = JSON.parse(readFileSync(this.statePath, 'utf8')) as StateFile;
      if (state.format !== FORMAT)
        throw new Error(`${this.statePath}: unknown format ${state.format}`);
      snapshot = { resourceVersion: state.resourceVersion, objects: state.objects };
    }
    const text = existsSync(this.journalPath) ? readFileSync(this.journalPath, 'utf8') : '';
    if (!text) return snapshot;
    const objects = new Map<string, StoreSnapshot['objects'][number]>();
    for (const item of snapshot?.objects ?? [])
      objects.set(
        `${item.typeKey}|${objectKey(item.object.metadata.namespace, item.object.metadata.name)}`,
        item,
      );
    let rv = snapshot?.resourceVersion ?? 1;
    // Only complete lines count: a torn last line (killed mid-write) is dropped.
    const lines = text.split('\n').slice(0, -1);
    for (const line of lines) {
      let entry: JournalEntry;
      try {
        entry = JSON.parse(line) as JournalEntry;
      } catch {
        break;
      }
      if (entry.rv <= rv) continue;
      const key = `${entry.typeKey}|${objectKey(entry.object.metadata.namespace, entry.object.metadata.name)}`;
      if (entry.op === 'put') objects.set(key, { typeKey: entry.typeKey, object: entry.object });
      else objects.delete(key);
      rv = entry.rv;
    }
    return { resourceVersion: rv, objects: [...objects.values()] };
  }

  append(entry: JournalEntry): void {
    writeSync(this.fd, `${JSON.stringify(entry)}\n`);
    if (++this.entries >= COMPACT_EVERY) this.onCompactionDue?.();
  }

  /** Writes a full snapshot atomically, then empties the journal. */
  compact(snapshot: StoreSnapshot): void {
    const state: StateFile = { format: FORMAT, ...snapshot };
    const temporary = `${this.statePath}.tmp`;
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, JSON.stringify(state));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.statePath);
    ftruncateSync(this.fd, 0);
    fsyncSync(this.fd);
    this.entries = 0;
  }

  close(snapshot: StoreSnapshot): void {
    this.compact(snapshot);
    closeSync(this.fd);
    this.fd = -1;
    unlinkSync(this.lockPath);
  }

  /** One server per data folder: two writers would interleave journals. */
  private acquireLock(): void {
    if (existsSync(this.lockPath)) {
      const pid = Number(readFileSync(this.lockPath, 'utf8'));
      if (pid !== process.pid && Number.isInteger(pid) && isProcessAlive(pid)) {
        throw new Error(`${this.dir} is in use by process ${pid}`);
      }
    }
    writeFileSync(this.lockPath, String(process.pid));
  }
}
