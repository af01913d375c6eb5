/** The built-in scenarios by id. */
import type { ScenarioInput } from '../schema.ts';
import { herbst2015 } from './herbst-2015.ts';
import { musterkreis } from './musterkreis.ts';
import { zeitraum20222024 } from './zeitraum-2022-2024.ts';
import { zyklus20142019 } from './zyklus-2014-2019.ts';

export const BUILTIN_SCENARIOS: Readonly<Record<string, ScenarioInput>> = {
  [musterkreis.id]: musterkreis,
  [herbst2015.id]: herbst2015,
  [zyklus20142019.id]: zyklus20142019,
  [zeitraum20222024.id]: zeitraum20222024,
};

export function getBuiltinScenario(id: string): ScenarioInput | undefined {
  return Object.hasOwn(BUILTIN_SCENARIOS, id) ? BUILTIN_SCENARIOS[id] : undefined;
}
