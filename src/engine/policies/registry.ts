/** The built-in policies by id; a run may add its own (`runScenario(…, { policies })`). */
import { dezentral } from './kreis/dezentral.ts';
import { einwohner } from './kreis/einwohner.ts';
import { kapazitaet as kreisKapazitaet } from './kreis/kapazitaet.ts';
import { selbst } from './kreis/selbst.ts';
import { halten } from './land/halten.ts';
import { kapazitaet as landKapazitaet } from './land/kapazitaet.ts';
import { quote } from './land/quote.ts';
import { quoteEae } from './land/quoteEae.ts';
import { keine } from './procurement/keine.ts';
import { reaktiv } from './procurement/reaktiv.ts';
import { vorausschauend } from './procurement/vorausschauend.ts';
import type { KreisPolicy, LandPolicy, ProcurementPolicy } from './types.ts';

/**
 * A table of policies by id without a prototype: an id such as "toString" or "__proto__" finds nothing instead of
 * a member every object inherits.
 */
function table<T extends { id: string }>(...policies: readonly T[]): Readonly<Record<string, T>> {
  const out = Object.create(null) as Record<string, T>;
  for (const p of policies) out[p.id] = p;
  return Object.freeze(out);
}

export const LAND_POLICIES: Readonly<Record<string, LandPolicy>> = table(quote, quoteEae, landKapazitaet, halten);
export const KREIS_POLICIES: Readonly<Record<string, KreisPolicy>> = table(selbst, einwohner, kreisKapazitaet, dezentral);
export const PROCUREMENT_POLICIES: Readonly<Record<string, ProcurementPolicy>> = table(reaktiv, keine, vorausschauend);

/** Extra policies supplied by the caller, merged over the built-ins. */
export interface PolicySet {
  readonly land?: readonly LandPolicy[];
  readonly kreis?: readonly KreisPolicy[];
  readonly procurement?: readonly ProcurementPolicy[];
}

/** The policies a run may name, by id. Maps, so that an id is found only if a policy has it. */
export interface PolicyCatalogue {
  readonly land: ReadonlyMap<string, LandPolicy>;
  readonly kreis: ReadonlyMap<string, KreisPolicy>;
  readonly procurement: ReadonlyMap<string, ProcurementPolicy>;
}

export function policyCatalogue(extra?: PolicySet): PolicyCatalogue {
  const byId = <T extends { id: string }>(base: Readonly<Record<string, T>>, more?: readonly T[]): ReadonlyMap<string, T> =>
    new Map([...Object.values(base), ...(more ?? [])].map((p) => [p.id, p]));
  return {
    land: byId(LAND_POLICIES, extra?.land),
    kreis: byId(KREIS_POLICIES, extra?.kreis),
    procurement: byId(PROCUREMENT_POLICIES, extra?.procurement),
  };
}
