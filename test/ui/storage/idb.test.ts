/** The IndexedDB storage: save, list, load, remove; migration of older records; corrupt records reported and skipped; a database that does not open. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, FORMAT_VERSION, openIdbStorage, readRecord, STORE, type IdbStorage } from '../../../src/ui/storage/idb.ts';

beforeEach(() => {
  // A fresh, empty IndexedDB for each test.
  globalThis.indexedDB = new IDBFactory();
});

async function open(): Promise<IdbStorage> {
  const r = await openIdbStorage();
  if (!('storage' in r)) throw new Error(r.problem.en);
  return r.storage;
}

/** Writes a record as it is, past the storage's checks (as an older app version or a damaged disk would leave it). */
async function putRaw(record: unknown): Promise<void> {
  const db = await openDB(DB_NAME, DB_VERSION);
  await db.put(STORE, record);
  db.close();
}

describe('IndexedDB storage', () => {
  it('saves, lists newest first by kind, loads, renames by saving again, and removes', async () => {
    const s = await open();
    let calls = 0;
    const off = s.subscribe(() => calls++);
    const a = await s.save('scenario', 'Erster Entwurf', { value: { id: 'a' }, base: 'musterkreis' });
    await new Promise((r) => setTimeout(r, 5));
    const b = await s.save('scenario', 'Zweiter', { value: { id: 'b' } });
    const c = await s.save('comparison', 'Vergleich', { runs: 5 });
    expect((await s.list('scenario')).map((e) => e.name)).toEqual(['Zweiter', 'Erster Entwurf']);
    expect((await s.list('comparison')).map((e) => e.id)).toEqual([c.id]);
    expect(await s.load(a.id)).toEqual({ ...a, payload: { value: { id: 'a' }, base: 'musterkreis' } });
    await s.save('scenario', 'Umbenannt', { value: { id: 'a' } }, a.id);
    expect((await s.list('scenario')).find((e) => e.id === a.id)?.name).toBe('Umbenannt');
    await s.remove(b.id);
    expect(await s.load(b.id)).toBeNull();
    expect((await s.list('scenario')).map((e) => e.id)).toEqual([a.id]);
    expect(calls).toBe(5);
    off();
    await s.save('scenario', 'still', {});
    expect(calls).toBe(5);
    expect(s.problems()).toEqual([]);
    s.close();
  });

  it('keeps what was saved when the database is opened again (a reload)', async () => {
    const s = await open();
    const a = await s.save('scenario', 'Bleibt', { value: { id: 'x' } });
    s.close();
    const again = await open();
    expect(await again.list('scenario')).toEqual([a]);
    again.close();
  });

  it('migrates a record of format 1 (title, saved in ms) to the current format when read', async () => {
    const s = await open();
    await putRaw({ v: 1, id: 'alt', kind: 'scenario', title: 'Aus Version 1', saved: Date.UTC(2025, 2, 1, 12), payload: { value: 1 } });
    expect(await s.list('scenario')).toEqual([{ id: 'alt', kind: 'scenario', name: 'Aus Version 1', savedAt: '2025-03-01T12:00:00.000Z' }]);
    expect((await s.load('alt'))?.payload).toEqual({ value: 1 });
    expect(FORMAT_VERSION).toBe(2);
    s.close();
  });

  it('reports a corrupt record by id and field, skips it, and still lists the others', async () => {
    const s = await open();
    const good = await s.save('scenario', 'Gut', {});
    await putRaw({ v: 2, id: 'kaputt', kind: 'scenario', name: 42, savedAt: '2025-01-01T00:00:00.000Z', payload: {} });
    await putRaw({ v: 1, id: 'alt-kaputt', kind: 'scenario', title: 'x', saved: -5, payload: {} });
    await putRaw({ id: 'ohne-version', kind: 'scenario' });
    await putRaw({ v: 9, id: 'zukunft', kind: 'scenario' });
    expect(await s.list('scenario')).toEqual([good]);
    const problems = s.problems();
    expect(problems.map((p) => p.id).sort()).toEqual(['alt-kaputt', 'kaputt', 'ohne-version', 'zukunft']);
    expect(problems.find((p) => p.id === 'kaputt')!.de).toMatch(/kaputt ist beschädigt: name:/);
    // The field's problem in the message's language: zod's German, naming the type received.
    expect(problems.find((p) => p.id === 'kaputt')!.de).toMatch(/name: Ungültige Eingabe: erwartet Text, erhalten Zahl/);
    expect(problems.find((p) => p.id === 'kaputt')!.en).toMatch(/name: Invalid input: expected string, received number/);
    expect(problems.find((p) => p.id === 'alt-kaputt')!.en).toMatch(/format 1\) is corrupt: saved:/);
    expect(problems.find((p) => p.id === 'zukunft')!.en).toMatch(/format version 9 is newer/);
    expect(await s.load('kaputt')).toBeNull();
    // Overwriting the corrupt record repairs it, and its problem is gone.
    await s.save('scenario', 'Repariert', {}, 'kaputt');
    await s.list('scenario');
    expect(s.problems().map((p) => p.id)).not.toContain('kaputt');
    s.close();
  });

  it('reads a record without an id or a version as a problem, not a throw', () => {
    for (const raw of [null, 7, 'x', [], {}, { v: '2' }, { v: 2 }, { v: 1.5, id: 'a' }, { v: 2, id: 'a', kind: 'other', name: 'n', savedAt: 'gestern', payload: 1 }]) {
      const r = readRecord(raw);
      expect('problem' in r, JSON.stringify(raw)).toBe(true);
    }
  });

  it('refuses to write a record it could not read back', async () => {
    const s = await open();
    await expect(s.save('scenario', '', {})).rejects.toThrow(/name/);
    expect(await s.list('scenario')).toEqual([]);
    s.close();
  });

  it('names why a database cannot be opened, and does not throw', async () => {
    // A database left by a newer version of the app cannot be opened by this one.
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    newer.close();
    const r = await openIdbStorage();
    expect('problem' in r && r.problem.de).toMatch(/^Speichern im Browser ist nicht möglich \(VersionError/);
    // No IndexedDB at all (some private modes).
    const saved = globalThis.indexedDB;
    // @ts-expect-error: the browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const none = await openIdbStorage();
      expect('problem' in none && none.problem.en).toMatch(/offers no IndexedDB/);
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
