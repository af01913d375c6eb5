/**
 * The scenario being edited, for the views: a draft that starts from the run on screen and survives switching views
 * because its store lives above them (in the app shell).
 */
import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { OWN, useChoice } from '../../app/choice.tsx';
import { useSession } from '../../app/context.tsx';
import { DraftStore, type DraftSnapshot } from './store.ts';

export { DraftStore, type DraftSnapshot } from './store.ts';

const DraftContext = createContext<DraftStore | null>(null);

/** The built-in scenario a choice was made from: the menu's id, or the base of the own scenario. */
export function baseOf(choice: { readonly scenario: string; readonly own: { readonly base?: string } | null }): string | undefined {
  return choice.scenario === OWN ? choice.own?.base : choice.scenario;
}

/** Keeps the draft for the views below it; mounted inside the session and choice providers. */
export function DraftProvider({ children }: { children: ReactNode }) {
  const store = useMemo(() => new DraftStore(), []);
  const scenario = useSession((s) => s.data?.scenario ?? null);
  const { choice } = useChoice();
  const base = baseOf(choice);
  useEffect(() => {
    if (scenario) store.follow(scenario, base);
    // The base is read when a new run arrives, not when the menu is browsed.
  }, [store, scenario]);
  return <DraftContext.Provider value={store}>{children}</DraftContext.Provider>;
}

/** The draft store of the app. */
export function useDraftStore(): DraftStore {
  const store = useContext(DraftContext);
  if (!store) throw new Error('useDraftStore() outside <DraftProvider>');
  return store;
}

/** The draft as it stands, re-rendering on every change. */
export function useDraft(): DraftSnapshot {
  const store = useDraftStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
