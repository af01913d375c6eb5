/** Saved scenario entries: the payload shared by the editor and the saved list (`{ value, base? }`), read back as an own scenario. */
import { z } from 'zod';
import { getBuiltinScenario } from '../../engine/scenario/builtin/index.ts';
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
