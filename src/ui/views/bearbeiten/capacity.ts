/**
 * The places of the Kreise and Gemeinden at the start, as the capacity tables show and edit them: a unit's places are
 * its entry in `accommodation.units`, else its inhabitants × the places per 1,000 of its level (as the run opens them).
 * Pure, no React.
 */
import { ascending, descending } from 'd3';
import type { Draft } from 'immer';
import { regionOf } from '../../../engine/scenario/resolve.ts';
import { ACCOMMODATION_TYPES, type CapacityByType, type Scenario, type Unterkunftsart } from '../../../engine/scenario/schema.ts';
import type { CapacityImport } from './csv.ts';

export type Level = 'kreis' | 'gemeinde';

export interface CapacityRow {
  readonly ags: string;
  readonly name: string;
  /** The Kreis of a Gemeinde (its name); a Kreis's own kind for a Kreis. */
  readonly kreis: string;
  readonly population: number;
  /** The unit has its own entry in `accommodation.units` (else its places follow the per-1,000 rule). */
  readonly explicit: boolean;
  readonly places: Readonly<Record<Unterkunftsart, number>>;
  readonly total: number;
}

/** Places of a unit by type, as the run opens them. */
function placesOf(s: Scenario, ags: string, level: Level, population: number): Record<Unterkunftsart, number> {
  const units = s.accommodation.units;
  const explicit = Object.hasOwn(units, ags) ? units[ags] : undefined;
  const perThousand = level === 'kreis' ? s.accommodation.kreisPerThousand : s.accommodation.gemeindePerThousand;
  const out = {} as Record<Unterkunftsart, number>;
  for (const t of ACCOMMODATION_TYPES) out[t] = explicit ? (explicit[t] ?? 0) : Math.round(((perThousand[t] ?? 0) * population) / 1000);
  return out;
}

/** The rows of one level: all Kreise, or the Gemeinden that are units of a run (not those of a kreisfreie Stadt). */
export function capacityRows(s: Scenario, level: Level): CapacityRow[] {
  const region = regionOf(s);
  if (!region) return [];
  const kreisName = new Map(region.kreise.map((k) => [k.ags, k.name]));
  const kreisfrei = new Set(region.kreise.filter((k) => k.kind === 'kreisfreie-stadt').map((k) => k.ags));
  const units =
    level === 'kreis'
      ? region.kreise.map((k) => ({ ags: k.ags, name: k.name, kreis: k.name, population: k.population }))
      : region.gemeinden.filter((g) => !kreisfrei.has(g.kreisAgs)).map((g) => ({ ags: g.ags, name: g.name, kreis: kreisName.get(g.kreisAgs) ?? g.kreisAgs, population: g.population }));
  return units.map((u) => {
    const places = placesOf(s, u.ags, level, u.population);
    return { ...u, explicit: Object.hasOwn(s.accommodation.units, u.ags), places, total: ACCOMMODATION_TYPES.reduce((a, t) => a + places[t], 0) };
  });
}

export type SortKey = 'name' | 'ags' | 'kreis' | 'population' | 'total' | Unterkunftsart;
export interface Sort {
  readonly key: SortKey;
  readonly dir: 'asc' | 'desc';
}

const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

function keyOf(row: CapacityRow, key: SortKey): string | number {
  if (key === 'name' || key === 'ags' || key === 'kreis' || key === 'population' || key === 'total') return row[key];
  return row.places[key];
}

/** Rows sorted by one column (names by the German collation, numbers by value); ties keep the AGS order. */
export function sortRows(rows: readonly CapacityRow[], sort: Sort): CapacityRow[] {
  const order = sort.dir === 'asc' ? ascending : descending;
  return [...rows].sort((a, b) => {
    const ka = keyOf(a, sort.key);
    const kb = keyOf(b, sort.key);
    const c = typeof ka === 'string' ? collator.compare(ka, kb as string) * (sort.dir === 'asc' ? 1 : -1) : order(ka, kb as number);
    return c !== 0 ? c : collator.compare(a.ags, b.ags);
  });
}

/** Rows whose name or Kreis contains the text (any case), or whose AGS starts with it. */
export function filterRows(rows: readonly CapacityRow[], text: string): CapacityRow[] {
  const q = text.trim().toLocaleLowerCase('de');
  if (q === '') return [...rows];
  return rows.filter((r) => r.ags.startsWith(q) || r.name.toLocaleLowerCase('de').includes(q) || r.kreis.toLocaleLowerCase('de').includes(q));
}

/** Gives a unit its own entry, starting from the places it has now, so that changing one type keeps the others. */
function ownEntry(draft: Draft<Scenario>, row: CapacityRow): Draft<CapacityByType> {
  const units = draft.accommodation.units;
  if (!Object.hasOwn(units, row.ags)) {
    const entry: CapacityByType = {};
    for (const t of ACCOMMODATION_TYPES) if (row.places[t] > 0) entry[t] = row.places[t];
    units[row.ags] = entry;
  }
  return units[row.ags]!;
}

/** The recipe that sets the places of one type of one unit. */
export function setPlaces(row: CapacityRow, type: Unterkunftsart, value: number): (draft: Draft<Scenario>) => void {
  return (draft) => {
    ownEntry(draft, row)[type] = value;
  };
}

/** The recipe that sets the places read from a CSV file (types not given keep their values). */
export function importPlaces(rows: readonly CapacityRow[], places: CapacityImport): (draft: Draft<Scenario>) => void {
  const byAgs = new Map(rows.map((r) => [r.ags, r]));
  return (draft) => {
    for (const [ags, byType] of Object.entries(places)) {
      const row = byAgs.get(ags);
      if (!row) continue;
      const entry = ownEntry(draft, row);
      for (const t of ACCOMMODATION_TYPES) if (byType[t] !== undefined) entry[t] = byType[t];
    }
  };
}
