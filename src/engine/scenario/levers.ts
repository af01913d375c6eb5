/**
 * The cost-limiting levers (`accommodation.levers`) as what they change: each lever maps the live parameters to one
 * defined input — the cost per place, the type and size of orders — read where that input is used.
 */
import type { ProcurementInput } from '../policies/types.ts';
import { ACCOMMODATION_TYPES, type Parameters, type Unterkunftsart } from './schema.ts';

/** Types a lever on buildings (large units, space standard) applies to: collective housing. */
const BUILDING_TYPES: readonly Unterkunftsart[] = ['gu', 'eigene'];

/** Cost per contracted place and day by type (ACCOMMODATION_TYPES order) in the Kommunen, with the levers applied. */
export function perPlaceCosts(p: Parameters): number[] {
  const l = p.accommodation.levers;
  const large = l.largeUnitMinPlaces > 0 ? l.largeUnitCostFactor : 1;
  const area = l.areaPerPersonM2 === undefined ? 1 : l.areaPerPersonM2 / l.areaStandardM2;
  return ACCOMMODATION_TYPES.map((t) => p.accommodation.costs[t].perPlaceDay * (BUILDING_TYPES.includes(t) ? large * area : 1));
}

/** The procurement settings a policy sees, with the levers applied (own properties first; large units). */
export function procurementSettings(p: Parameters): ProcurementInput['settings'] {
  const pr = p.procurement;
  const l = p.accommodation.levers;
  if (!l.ownFirst && l.largeUnitMinPlaces === 0) return pr;
  const order = pr.typeOrder ?? [pr.type];
  return {
    ...pr,
    ...(l.ownFirst
      ? { type: 'eigene' as const, typeOrder: ['eigene' as const, ...order.filter((t) => t !== 'eigene')], openDays: Math.max(pr.openDays, l.ownOpenDays) }
      : {}),
    minPlaces: Math.max(pr.minPlaces, l.largeUnitMinPlaces),
  };
}
