/**
 * The user's choice of what to compute — scenario (built-in or their own), policies, seed — and the one place a run
 * is started from. The header form, the editor, file import and saved entries all start runs through `useChoice()`.
 */
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useSession, useSessionObject } from './context.tsx';
import { seedOf, seedProblem, type UrlState } from './urlParams.ts';
import { useI18n } from '../i18n/index.ts';
import { scenarioNamed } from '../storage/scenarioEntry.ts';

/** The menu entry of the user's own scenario. */
export const OWN = 'custom';
export const DEFAULT_SCENARIO = 'musterkreis';

/** A scenario the user made or brought: from a file, the editor, a saved entry or a share link. */
export interface OwnScenario {
  /** Shown in the scenario menu. */
  readonly name: string;
  /** The scenario as JSON (validated by the engine when the run starts). */
  readonly value: unknown;
  /** The built-in scenario it was made from, if any. */
  readonly base?: string;
  /** The id of the saved entry it was opened from or saved as, if any (the URL then names it: `eigen=<id>`). */
  readonly savedId?: string;
  /** Its saved entry was deleted while it was on screen: the menu marks it as not saved until it is saved again. */
  readonly unsaved?: boolean;
}

/** What the last run was started with: the choice as run (the seed parsed), for the URL. */
export interface Started {
  readonly scenario: string;
  readonly land: string;
  readonly kreis: string;
  readonly seed: number | undefined;
}

export interface Choice {
  /** A built-in scenario id, or OWN. */
  readonly scenario: string;
  /** The own scenario in the menu (there is at most one). */
  readonly own: OwnScenario | null;
  /** Policy ids; '' means "as in the scenario". */
  readonly land: string;
  readonly kreis: string;
  /** The seed as typed; '' means the scenario's seed. */
  readonly seedText: string;
}

export interface ChoiceApi {
  readonly choice: Choice;
  /** Why the seed typed was not used, in the UI language; null if it was. */
  readonly seedError: string | null;
  /** Changes the choice without running (e.g. while typing the seed or browsing the menu by keyboard). */
  readonly update: (next: Partial<Choice>) => void;
  /** Changes the choice as given and starts its run; a seed that is not one is reported and nothing starts. */
  readonly start: (next?: Partial<Choice>) => void;
  /** Makes `own` the menu's own scenario and runs it (policies and seed as chosen). */
  readonly openOwn: (own: OwnScenario) => void;
  /** The choice the run on screen (or being computed) was started with; null before the first start. */
  readonly started: Started | null;
  /**
   * The saved entry `id` was renamed (`{ name }`) or deleted (null): the own scenario opened from it follows, without
   * a new run — renamed, its scenario is renamed too (see `scenarioNamed`); deleted, it stays on screen as not saved.
   */
  readonly followEntry: (id: string, entry: { readonly name: string } | null) => void;
}

const ChoiceContext = createContext<ChoiceApi | null>(null);

export function useChoice(): ChoiceApi {
  const c = useContext(ChoiceContext);
  if (!c) throw new Error('useChoice() outside <ChoiceProvider>');
  return c;
}

/**
 * Holds the choice, starts the first run on mount, and puts the menu back to the run on screen when a request is
 * rejected (so that "Berechnen" computes that run and not the rejected file).
 */
export function ChoiceProvider({
  initial,
  restore,
  onStart,
  children,
}: {
  initial: UrlState;
  /**
   * An own scenario to start with instead of the URL's built-in (a share link, a saved entry); while a promise, the
   * first run waits for it, and without one (null) starts as the URL says.
   */
  restore?: OwnScenario | Promise<OwnScenario | null> | null;
  /** Called before each run starts (e.g. to clear a file notice). */
  onStart?: () => void;
  children: ReactNode;
}) {
  const { lang } = useI18n();
  const session = useSessionObject();
  const status = useSession((s) => s.status);
  const onScreen = useSession((s) => s.request);
  const issues = useSession((s) => s.issues);
  const [choice, setChoice] = useState<Choice>(() => ({
    scenario: initial.scenario ?? DEFAULT_SCENARIO,
    own: null,
    land: initial.land ?? '',
    kreis: initial.kreis ?? '',
    seedText: initial.seed === undefined ? '' : String(initial.seed),
  }));
  const [seedError, setSeedError] = useState<string | null>(null);
  const [started, setStarted] = useState<Started | null>(null);
  // The latest choice, for starts from callbacks created before the last render.
  const current = useRef(choice);
  current.current = choice;
  // The last own scenario whose run completed.
  const accepted = useRef<OwnScenario | null>(null);

  const update = (next: Partial<Choice>) => {
    current.current = { ...current.current, ...next };
    setChoice(current.current);
  };

  const start = (next: Partial<Choice> = {}) => {
    const c = { ...current.current, ...next };
    current.current = c;
    setChoice(c);
    const seedStr = c.seedText.trim();
    const seed = seedStr === '' ? undefined : seedOf(seedStr);
    if (seedStr !== '' && seed === undefined) {
      setSeedError(`Seed: ${seedProblem(seedStr)[lang]}`);
      return;
    }
    setSeedError(null);
    onStart?.();
    const options = { seed, landPolicy: c.land || undefined, kreisPolicy: c.kreis || undefined };
    // The own scenario of this choice, not an earlier one: a file holding `null` is still that file.
    const body = c.scenario === OWN ? c.own?.value : c.scenario;
    session.run({ scenario: body, options });
    setStarted({ scenario: c.scenario, land: c.land, kreis: c.kreis, seed });
  };

  const openOwn = (own: OwnScenario) => start({ scenario: OWN, own });

  const followEntry = (id: string, entry: { readonly name: string } | null) => {
    const own = current.current.own;
    if (!own || own.savedId !== id || own.name === entry?.name) return;
    let next: OwnScenario;
    if (entry === null) {
      const { savedId: _dropped, ...kept } = own;
      next = { ...kept, unsaved: true };
    } else {
      const value = scenarioNamed(own.value, entry.name);
      next = { ...own, name: entry.name, value };
      // The run on screen (or being computed) is of this scenario: it takes the name, so the views need no new run.
      if (typeof value === 'object' && value !== null && 'name' in value) session.rename(own.value, value, value.name as { de: string; en: string });
    }
    if (accepted.current === own) accepted.current = next;
    update({ own: next });
  };

  // The first run starts on load.
  const mounted = useRef(false);
  useEffect(() => {
    if (mounted.current) return;
    mounted.current = true;
    if (restore instanceof Promise) void restore.then((own) => (own ? openOwn(own) : start()));
    else if (restore) openOwn(restore);
    else start();
  }, []);

  useEffect(() => {
    const c = current.current;
    if (status === 'ready' && c.own && onScreen?.scenario === c.own.value) accepted.current = c.own;
    if (status !== 'invalid' && status !== 'error') return;
    const shown = onScreen?.scenario;
    const own = accepted.current;
    const scenario = typeof shown === 'string' ? shown : own && shown === own.value ? OWN : (initial.scenario ?? DEFAULT_SCENARIO);
    update({ own, scenario });
    setStarted((s) => (s ? { ...s, scenario } : s));
  }, [status, onScreen, issues]);

  const api: ChoiceApi = { choice, seedError, update, start, openOwn, started, followEntry };
  return <ChoiceContext.Provider value={api}>{children}</ChoiceContext.Provider>;
}
