/**
 * The browser's storage in IndexedDB (through `idb`): entries with a format version that older records are migrated
 * from when read, every record checked when read so that one corrupt record is reported and the others still listed.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { z } from 'zod';
import { zodProblemText } from '../i18n/problems.ts';
import type { Entry, EntryInfo, EntryKind, Storage, StorageProblem } from './api.ts';

/** The database's name and schema version (object stores; raised when stores or indexes change). */
export const DB_NAME = 'zuweisungslabor';
export const DB_VERSION = 1;
export const STORE = 'entries';

/** The format of a record (`v`), raised when the fields of a record change; older records are migrated on read. */
export const FORMAT_VERSION = 2;

const kind = z.enum(['scenario', 'comparison']);
const id = z.string().min(1).max(200);
const name = z.string().min(1).max(500);

/** Format 1 (the first release): the name was `title`, the date `saved` in milliseconds since 1970. */
const recordV1 = z.object({ v: z.literal(1), id, kind, title: name, saved: z.number().int().nonnegative(), payload: z.unknown() });
/** Format 2: `name` and an ISO `savedAt`, as the views see them. */
const recordV2 = z.object({ v: z.literal(2), id, kind, name, savedAt: z.iso.datetime(), payload: z.unknown() });
type RecordV2 = z.infer<typeof recordV2>;

/**
 * The migration steps, by the version they read: each checks the record in its format and returns it in the next.
 * A record goes through every step from its version to FORMAT_VERSION.
 */
const MIGRATIONS: Readonly<Record<number, { readonly schema: z.ZodType; readonly up: (r: never) => unknown }>> = {
  1: {
    schema: recordV1,
    up: (r: z.infer<typeof recordV1>): RecordV2 => ({ v: 2, id: r.id, kind: r.kind, name: r.title, savedAt: new Date(r.saved).toISOString(), payload: r.payload }),
  },
};

const versioned = z.object({ v: z.number().int().positive() });

/** A stored record in the current format, or what is wrong with it. */
export function readRecord(raw: unknown): { readonly record: RecordV2 } | { readonly problem: StorageProblem } {
  const rawId = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
  const bad = (de: string, en: string) => ({ problem: { ...(rawId === undefined ? {} : { id: rawId }), de, en } });
  const head = versioned.safeParse(raw);
  if (!head.success) return bad(`Gespeicherter Eintrag ${rawId ?? '(ohne Kennung)'}: ohne gültige Formatversion „v“.`, `Saved entry ${rawId ?? '(without id)'}: no valid format version “v”.`);
  let record: unknown = raw;
  for (let v = head.data.v; v < FORMAT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return bad(`Gespeicherter Eintrag ${rawId}: Formatversion ${v} ist unbekannt.`, `Saved entry ${rawId}: format version ${v} is unknown.`);
    const old = step.schema.safeParse(record, { reportInput: true });
    if (!old.success) return bad(
        `Gespeicherter Eintrag ${rawId} (Format ${v}) ist beschädigt: ${zodProblemText(old.error, 'de', '(Eintrag)')}`,
        `Saved entry ${rawId} (format ${v}) is corrupt: ${zodProblemText(old.error, 'en', '(entry)')}`,
      );
    record = step.up(old.data as never);
  }
  if (head.data.v > FORMAT_VERSION) {
    return bad(
      `Gespeicherter Eintrag ${rawId}: Formatversion ${head.data.v} ist neuer als diese App (${FORMAT_VERSION}).`,
      `Saved entry ${rawId}: format version ${head.data.v} is newer than this app (${FORMAT_VERSION}).`,
    );
  }
  const current = recordV2.safeParse(record, { reportInput: true });
  if (!current.success) return bad(
      `Gespeicherter Eintrag ${rawId} ist beschädigt: ${zodProblemText(current.error, 'de', '(Eintrag)')}`,
      `Saved entry ${rawId} is corrupt: ${zodProblemText(current.error, 'en', '(entry)')}`,
    );
  return { record: current.data };
}

const info = (r: RecordV2): EntryInfo => ({ id: r.id, kind: r.kind, name: r.name, savedAt: r.savedAt });

const newId = (): string =>
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** The storage on an open database. */
export class IdbStorage implements Storage {
  private readonly listeners = new Set<() => void>();
  /** The records found unreadable, by id (or by message when they have none), as last read. */
  private readonly found = new Map<string, StorageProblem>();

  constructor(private readonly db: IDBPDatabase) {}

  async save(kindOf: EntryKind, entryName: string, payload: unknown, entryId?: string): Promise<EntryInfo> {
    const record: RecordV2 = { v: FORMAT_VERSION, id: entryId ?? newId(), kind: kindOf, name: entryName, savedAt: new Date().toISOString(), payload };
    // Checked as it will be read, so that nothing is written that the list would then report as corrupt.
    const checked = recordV2.safeParse(record);
    if (!checked.success) throw new Error(zodProblemText(checked.error, 'en', '(entry)'));
    await this.db.put(STORE, record);
    this.found.delete(record.id);
    this.notify();
    return info(record);
  }

  async list(kindOf: EntryKind): Promise<readonly EntryInfo[]> {
    const all = (await this.db.getAll(STORE)) as unknown[];
    const out: EntryInfo[] = [];
    for (const raw of all) {
      const r = this.read(raw);
      if (r && r.kind === kindOf) out.push(info(r));
    }
    return out.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  }

  async load(entryId: string): Promise<Entry | null> {
    const raw = (await this.db.get(STORE, entryId)) as unknown;
    if (raw === undefined) return null;
    const r = this.read(raw);
    return r ? { ...info(r), payload: r.payload } : null;
  }

  async remove(entryId: string): Promise<void> {
    await this.db.delete(STORE, entryId);
    this.found.delete(entryId);
    this.notify();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The records that could not be read, as found by the last lists and loads. */
  problems(): readonly StorageProblem[] {
    return [...this.found.values()];
  }

  close(): void {
    this.db.close();
  }

  private read(raw: unknown): RecordV2 | null {
    const r = readRecord(raw);
    if ('record' in r) {
      this.found.delete(r.record.id);
      return r.record;
    }
    this.found.set(r.problem.id ?? r.problem.en, r.problem);
    return null;
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}

/** Opens the storage, or says why it cannot be opened (no IndexedDB, private mode, quota, a newer or blocking tab). */
export async function openIdbStorage(dbName = DB_NAME): Promise<{ readonly storage: IdbStorage } | { readonly problem: StorageProblem }> {
  const fail = (de: string, en: string) => ({
    problem: {
      de: `Speichern im Browser ist nicht möglich (${de}). Die App funktioniert, aber ohne gespeicherte Einträge.`,
      en: `Saving in the browser is not possible (${en}). The app works, but without saved entries.`,
    },
  });
  if (typeof indexedDB === 'undefined') return fail('dieser Browser bietet kein IndexedDB', 'this browser offers no IndexedDB');
  try {
    const db = await new Promise<IDBPDatabase>((resolve, reject) => {
      openDB(dbName, DB_VERSION, {
        upgrade(upgrading, oldVersion) {
          // Version 1: one store of entries by id. Later versions add their stores and indexes below this one.
          if (oldVersion < 1) upgrading.createObjectStore(STORE, { keyPath: 'id' });
        },
        // Another tab holding an older version open blocks the upgrade: the app does not wait for it.
        blocked: () => reject(new Error('blocked by another tab of this app')),
        // A newer version of the app in another tab wants to upgrade: this tab lets go.
        blocking: (_current, _next, event) => (event.target as IDBDatabase).close(),
      }).then(resolve, reject);
    });
    return { storage: new IdbStorage(db) };
  } catch (e) {
    const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return fail(why, why);
  }
}
