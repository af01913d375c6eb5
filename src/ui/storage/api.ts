/**
 * What the app saves in the browser, as the views see it: named entries of a kind (a scenario, a comparison) with
 * their date. The implementation (IndexedDB, versioned, with migrations) is given through <StorageProvider>.
 */
import { createContext, useContext } from 'react';

export type EntryKind = 'scenario' | 'comparison';

/** A saved entry as listed: without its payload. */
export interface EntryInfo {
  readonly id: string;
  readonly kind: EntryKind;
  readonly name: string;
  /** ISO date and time of the last save. */
  readonly savedAt: string;
}

export interface Entry extends EntryInfo {
  /** What the view saved (plain, structured-cloneable data); the view that reads it checks it. */
  readonly payload: unknown;
}

export interface Storage {
  /** Saves a new entry, or replaces the entry with `id`; resolves to its info. */
  save(kind: EntryKind, name: string, payload: unknown, id?: string): Promise<EntryInfo>;
  /** The entries of a kind, newest first. */
  list(kind: EntryKind): Promise<readonly EntryInfo[]>;
  /** An entry with its payload, or null if there is none with this id. */
  load(id: string): Promise<Entry | null>;
  remove(id: string): Promise<void>;
  /** Calls back after any save or removal (to refresh lists); returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** The stored records that could not be read (corrupt, of an unknown format), as found by the last lists and loads. */
  problems?(): readonly StorageProblem[];
}

/** A problem of the storage, in both UI languages: a record that cannot be read, or a database that cannot be opened. */
export interface StorageProblem {
  /** The record's id, if the record has a readable one. */
  readonly id?: string;
  readonly de: string;
  readonly en: string;
}

export const StorageContext = createContext<Storage | null>(null);

/** The browser's storage, or null where there is none (the views then offer no saving). */
export function useStorage(): Storage | null {
  return useContext(StorageContext);
}
