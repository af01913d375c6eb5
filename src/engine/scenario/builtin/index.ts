/** The built-in scenarios by id. */
import type { ScenarioInput } from '../schema.ts';
import { herbst2015 } from './herbst-2015.ts';
import { musterkreis } from './musterkreis.ts';

export const BUILTIN_SCENARIOS: Readonly<Record<string, ScenarioInput>> = {
  [musterkreis.id]: musterkreis,
  [herbst2015.id]: herbst2015,
};

export function getBuiltinScenario(id: string): ScenarioInput | undefined {
  return BUILTIN_SCENARIOS[id];
}
