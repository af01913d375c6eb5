/** Builds the unit tree of a run: Land, Erstaufnahme sites, Kreise, kreisangehörige Gemeinden. */
import { gemeindenOfKreis } from '../data/regions.ts';
import type { KreisRecord, RegionData } from '../data/types.ts';
import type { UnitInfo } from '../metrics/result.ts';
import type { Scenario } from '../scenario/schema.ts';

export const LEVEL_LAND = 0;
export const LEVEL_EAE = 1;
export const LEVEL_KREIS = 2;
export const LEVEL_GEMEINDE = 3;

export interface UnitTree {
  readonly infos: UnitInfo[];
  readonly level: Uint8Array;
  readonly parent: Int16Array;
  readonly population: Float64Array;
  /** Unit indices of the Erstaufnahme sites, in scenario order. */
  readonly sites: number[];
  /** Unit indices of the Kreise, in region order. */
  readonly kreise: number[];
  readonly kreisRecords: KreisRecord[];
  /** For each Kreis (by position in `kreise`): unit indices of its kreisangehörige Gemeinden. */
  readonly gemeindenOfKreis: number[][];
  /** For each unit: position of its Kreis in `kreise` (−1 for Land and sites). */
  readonly kreisOf: Int16Array;
  readonly indexById: ReadonlyMap<string, number>;
}

/** Population-weighted centre of a set of Gemeinden. */
function centre(gs: readonly { population: number; lon: number; lat: number }[]): { lon: number; lat: number } | undefined {
  const w = gs.reduce((a, g) => a + g.population, 0);
  if (!(w > 0)) return undefined;
  return {
    lon: Math.round((gs.reduce((a, g) => a + g.population * g.lon, 0) / w) * 1e5) / 1e5,
    lat: Math.round((gs.reduce((a, g) => a + g.population * g.lat, 0) / w) * 1e5) / 1e5,
  };
}

export function buildUnits(scenario: Scenario, region: RegionData): UnitTree {
  const infos: UnitInfo[] = [];
  const level: number[] = [];
  const parent: number[] = [];
  const population: number[] = [];
  const kreisOf: number[] = [];
  const indexById = new Map<string, number>();
  const push = (info: UnitInfo, lvl: number, par: number, pop: number, kreisPos: number): number => {
    const idx = infos.length;
    infos.push(info);
    level.push(lvl);
    parent.push(par);
    population.push(pop);
    kreisOf.push(kreisPos);
    indexById.set(info.id, idx);
    return idx;
  };
  const totalPop = region.kreise.reduce((a, k) => a + k.population, 0);
  push({ id: region.id, name: region.name, level: 'land', parent: null, population: totalPop }, LEVEL_LAND, -1, totalPop, -1);

  const gemeindeByAgs = new Map(region.gemeinden.map((g) => [g.ags, g]));
  const kreisCentre = new Map(
    region.kreise.map((k) => [k.ags, centre(region.gemeinden.filter((g) => g.kreisAgs === k.ags))]),
  );
  const sites: number[] = [];
  for (const s of scenario.erstaufnahme.sites) {
    const g = gemeindeByAgs.get(s.host);
    const hostKreis = g ? g.kreisAgs : s.host;
    const at = g ? { lon: g.lon, lat: g.lat } : kreisCentre.get(s.host);
    sites.push(push({ id: s.id, name: s.name, level: 'erstaufnahme', parent: region.id, hostKreis, ...(at ?? {}) }, LEVEL_EAE, 0, 0, -1));
  }
  const kreise: number[] = [];
  const gemeinden: number[][] = [];
  region.kreise.forEach((k, pos) => {
    const at = kreisCentre.get(k.ags);
    const idx = push(
      { id: k.ags, name: k.name, level: 'kreis', parent: region.id, population: k.population, kind: k.kind, ...(at ?? {}) },
      LEVEL_KREIS,
      0,
      k.population,
      pos,
    );
    kreise.push(idx);
    gemeinden.push([]);
  });
  region.kreise.forEach((k, pos) => {
    for (const g of gemeindenOfKreis(region, k.ags)) {
      const idx = push(
        { id: g.ags, name: g.name, level: 'gemeinde', parent: k.ags, population: g.population, lon: g.lon, lat: g.lat },
        LEVEL_GEMEINDE,
        kreise[pos] as number,
        g.population,
        pos,
      );
      (gemeinden[pos] as number[]).push(idx);
    }
  });
  return {
    infos,
    level: Uint8Array.from(level),
    parent: Int16Array.from(parent),
    population: Float64Array.from(population),
    sites,
    kreise,
    kreisRecords: [...region.kreise],
    gemeindenOfKreis: gemeinden,
    kreisOf: Int16Array.from(kreisOf),
    indexById,
  };
}
