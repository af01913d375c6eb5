/** The built-in policies by id; a run may add its own (`runScenario(…, { policies })`). */
import { einwohner } from './kreis/einwohner.ts';
import { selbst } from './kreis/selbst.ts';
import { quote } from './land/quote.ts';
import { keine } from './procurement/keine.ts';
import { reaktiv } from './procurement/reaktiv.ts';
import type { KreisPolicy, LandPolicy, ProcurementPolicy } from './types.ts';

export const LAND_POLICIES: Readonly<Record<string, LandPolicy>> = { [quote.id]: quote };
export const KREIS_POLICIES: Readonly<Record<string, KreisPolicy>> = { [selbst.id]: selbst, [einwohner.id]: einwohner };
export const PROCUREMENT_POLICIES: Readonly<Record<string, ProcurementPolicy>> = { [reaktiv.id]: reaktiv, [keine.id]: keine };

/** Extra policies supplied by the caller, merged over the built-ins. */
export interface PolicySet {
  readonly land?: readonly LandPolicy[];
  readonly kreis?: readonly KreisPolicy[];
  readonly procurement?: readonly ProcurementPolicy[];
}

export interface PolicyCatalogue {
  readonly land: Readonly<Record<string, LandPolicy>>;
  readonly kreis: Readonly<Record<string, KreisPolicy>>;
  readonly procurement: Readonly<Record<string, ProcurementPolicy>>;
}

export function policyCatalogue(extra?: PolicySet): PolicyCatalogue {
  const byId = <T extends { id: string }>(base: Readonly<Record<string, T>>, more?: readonly T[]) => ({
    ...base,
    ...Object.fromEntries((more ?? []).map((p) => [p.id, p])),
  });
  return {
    land: byId(LAND_POLICIES, extra?.land),
    kreis: byId(KREIS_POLICIES, extra?.kreis),
    procurement: byId(PROCUREMENT_POLICIES, extra?.procurement),
  };
}
