/** Saved scenario entries: the payload shared by the editor and the saved list (`{ value, base? }`), read back as an own scenario. */
import { z } from 'zod';
import { getBuiltinScenario } from '../../engine/scenario/builtin/index.ts';
import { MAX_NAME_LENGTH } from '../../engine/scenario/limits.ts';
import { loadScenario } from '../../engine/scenario/load.ts';
import { issueText, zodProblemText } from '../i18n/problems.ts';
import type { OwnScenario } from '../app/choice.tsx';
import type { Entry } from './api.ts';

/** The payload of a scenario entry: the scenario JSON and the built-in it was made from. */
export interface ScenarioPayload {
  readonly value: unknown;
  readonly base?: string;
}

const payloadSchema = z.object({
  // A bare string would be taken for the id of a built-in scenario.
  value: z.unknown().refine((v) => v !== undefined && typeof v !== 'string', {
    message: 'must be the scenario (JSON object)',
    params: { text: { de: 'muss das Szenario sein (ein JSON-Objekt)', en: 'must be the scenario (JSON object)' } },
  }),
  base: z.string().optional(),
});

/**
 * A user's scenario under a new name: the name of a saved entry is the scenario's name too (`name: { de, en }`, the
 * same in both languages), because runs, exports and the Szenario view carry the scenario's name and should agree with
 * the list. Only an entry's rename does this; a value that is no scenario object is returned as it is, and a name
 * longer than a scenario's may be is cut to fit, so that the renamed scenario still loads.
 */
export function scenarioNamed(value: unknown, entryName: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const name = entryName.slice(0, MAX_NAME_LENGTH);
  return { ...value, name: { de: name, en: name } };
}

/** A scenario entry's payload with its scenario renamed as the entry (see `scenarioNamed`). */
export function payloadNamed(payload: unknown, entryName: string): unknown {
  const p = payloadSchema.safeParse(payload);
  return p.success ? { ...(payload as object), value: scenarioNamed(p.data.value, entryName) } : payload;
}

/** The payload of an own scenario, as saved. */
export const payloadOf = (own: OwnScenario): ScenarioPayload => (own.base === undefined ? { value: own.value } : { value: own.value, base: own.base });

/**
 * A saved scenario entry as an own scenario (carrying its id), or why it cannot be one; with `check` the scenario is
 * also validated by the engine's loader (for entries opened from the URL, before anything runs).
 */
export function ownFromEntry(entry: Entry, check = false): { readonly own: OwnScenario } | { readonly problem: { readonly de: string; readonly en: string } } {
  const p = payloadSchema.safeParse(entry.payload, { reportInput: true });
  if (!p.success) {
    return {
      problem: {
        de: `„${entry.name}“ ist kein gespeichertes Szenario (${zodProblemText(p.error, 'de', '(Inhalt)')}).`,
        en: `“${entry.name}” is not a saved scenario (${zodProblemText(p.error, 'en', '(payload)')}).`,
      },
    };
  }
  if (check) {
    const loaded = loadScenario(p.data.value);
    if (!loaded.ok) {
      return { problem: { de: `„${entry.name}“ ist fehlerhaft – ${issueText(loaded.issues, 'de')}`, en: `“${entry.name}” is faulty – ${issueText(loaded.issues, 'en')}` } };
    }
  }
  // A base the app no longer has is dropped: the scenario is then shared whole.
  const base = p.data.base !== undefined && getBuiltinScenario(p.data.base) ? p.data.base : undefined;
  return { own: { name: entry.name, value: p.data.value, savedId: entry.id, ...(base === undefined ? {} : { base }) } };
}
