/**
 * The saved comparison on screen, handed from the "Gespeichert" panel (or the URL's `vergleich=<id>`) to the
 * Vergleich view: the view loads the entry with `useStorage().load(id)` and shows it; while the id is set the URL
 * names it, so that a reload opens it again. The view calls `clear()` when it shows something else (a new comparison).
 */
import { createContext, useContext } from 'react';

export interface ComparisonToOpen {
  /** The id of the saved comparison entry to show; null when there is none. */
  readonly id: string | null;
  /** The view no longer shows that entry (the URL then drops `vergleich`). */
  readonly clear: () => void;
}

export const ComparisonToOpenContext = createContext<ComparisonToOpen>({ id: null, clear: () => undefined });

export function useComparisonToOpen(): ComparisonToOpen {
  return useContext(ComparisonToOpenContext);
}
