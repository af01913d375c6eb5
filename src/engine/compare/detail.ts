/**
 * What one run of a comparison returns beyond its KPIs, so that maps, bands and a single Kreis can be drawn: a few
 * figures per Kreis and Gemeinde, Hessen-wide daily series and weekly series per Kreis — plain typed arrays that a Web
 * Worker hands over without copying.
 */
import { netBurdenByKommune, type KpiExtras } from '../metrics/kpis.ts';
import type { RunResult, UnitInfo } from '../metrics/result.ts';

/** Figures per Kreis (with its Gemeinden, except the budget) and per Gemeinde over the whole run. */
export const UNIT_FIGURES = [
  'occupancy', // persons (incl. Notunterkunft) ÷ regular places, person-days ÷ place-days, % (NaN without places)
  'nuPersonDays', // person-days in Notunterkunft
  'zuweisungen', // persons received by Zuweisung (a Kreis from the Land, a Gemeinde from its Kreis)
  'netBurden', // net burden of the Kommune's budget (as netBurdenByKommune), EUR
  'netPerInhabitant', // netBurden ÷ inhabitants, EUR per inhabitant
] as const;
export type UnitFigure = (typeof UNIT_FIGURES)[number];

/** Hessen-wide daily series: persons in Erstaufnahme, housed by the Kommunen (Kreise and Gemeinden), in Notunterkunft. */
export const LAND_SERIES = ['erstaufnahme', 'kommunen', 'notunterkunft'] as const;
export type LandSeries = (typeof LAND_SERIES)[number];

/** Weekly series per Kreis with its Gemeinden (mean of the week's days): persons housed, in Notunterkunft, regular places. */
export const KREIS_SERIES = ['kommunen', 'notunterkunft', 'capacity'] as const;
export type KreisSeries = (typeof KREIS_SERIES)[number];

/** Days per step of the Kreis series. */
export const WEEK_DAYS = 7;

/** A Kreis or Gemeinde as a comparison lists it: what a map and a table need. */
export interface ComparisonUnit {
  readonly id: string;
  readonly name: string;
  readonly level: 'kreis' | 'gemeinde';
  /** For a Gemeinde: the id of its Kreis. */
  readonly parent: string | null;
  readonly population: number;
  readonly lon?: number;
  readonly lat?: number;
  /** For Kreise: landkreis or kreisfreie-stadt. */
  readonly kind?: string;
}

/** Where the figures and series of a run are: the same for every run of a scenario. */
export interface DetailLayout {
  /** First day of the run (ISO date) and number of days. */
  readonly start: string;
  readonly days: number;
  /** Number of weeks of the Kreis series: ⌈days ÷ 7⌉, the last one possibly shorter. */
  readonly weeks: number;
  /** Kreise and Gemeinden in the order of the run's units; figures are indexed by position here. */
  readonly units: readonly ComparisonUnit[];
  /** Positions of the Kreise in `units`; the Kreis series are in this order. */
  readonly kreise: readonly number[];
}

export interface RunDetail {
  readonly layout: DetailLayout;
  /** Per figure: one value per unit of the layout. */
  readonly figures: { readonly [K in UnitFigure]: Float64Array };
  /** Per series: one value per day. */
  readonly land: { readonly [K in LandSeries]: Float32Array };
  /** Per series: Kreis-major, value of Kreis k (position in `layout.kreise`) in week w at [k * weeks + w]. */
  readonly kreise: { readonly [K in KreisSeries]: Float32Array };
}

const isKommunal = (u: UnitInfo): u is UnitInfo & { level: 'kreis' | 'gemeinde' } => u.level === 'kreis' || u.level === 'gemeinde';

/** The layout of a run's result. */
export function detailLayout(r: Pick<RunResult, 'units' | 'days'>): DetailLayout {
  const units: ComparisonUnit[] = [];
  const kreise: number[] = [];
  for (const u of r.units) {
    if (!isKommunal(u)) continue;
    if (u.level === 'kreis') kreise.push(units.length);
    units.push({
      id: u.id,
      name: u.name,
      level: u.level,
      parent: u.level === 'gemeinde' ? u.parent : null,
      population: u.population ?? 0,
      ...(u.lon !== undefined ? { lon: u.lon } : {}),
      ...(u.lat !== undefined ? { lat: u.lat } : {}),
      ...(u.kind !== undefined ? { kind: u.kind } : {}),
    });
  }
  return { start: r.days[0] ?? '', days: r.days.length, weeks: Math.ceil(r.days.length / WEEK_DAYS), units, kreise };
}

/** The detail of a run: figures per unit, Hessen series by day, Kreis series by week. */
export function runDetail(r: Omit<RunResult, 'kpis'>, extras: Pick<KpiExtras, 'reimbursedTo'>, layout: DetailLayout = detailLayout(r)): RunDetail {
  const U = r.units.length;
  const D = r.days.length;
  const W = layout.weeks;
  const K = layout.kreise.length;
  const s = r.series;
  // Result index of each layout position, and the Kreis (layout position in `kreise`) each result unit counts towards.
  const resultIndex: number[] = [];
  const kreisSlot = new Int32Array(U).fill(-1);
  const slotOfKreisId = new Map<string, number>();
  r.units.forEach((u, i) => {
    if (!isKommunal(u)) return;
    if (u.level === 'kreis') {
      slotOfKreisId.set(u.id, slotOfKreisId.size);
      kreisSlot[i] = slotOfKreisId.size - 1;
    }
    resultIndex.push(i);
  });
  r.units.forEach((u, i) => {
    if (u.level === 'gemeinde') kreisSlot[i] = slotOfKreisId.get(u.parent ?? '') ?? -1;
  });
  const sites = r.units.flatMap((u, i) => (u.level === 'erstaufnahme' ? [i] : []));

  // Sums over days per result unit.
  const present = new Float64Array(U);
  const capacity = new Float64Array(U);
  const nu = new Float64Array(U);
  const zuw = new Float64Array(U);
  const land = { erstaufnahme: new Float32Array(D), kommunen: new Float32Array(D), notunterkunft: new Float32Array(D) };
  const kreise = { kommunen: new Float32Array(K * W), notunterkunft: new Float32Array(K * W), capacity: new Float32Array(K * W) };
  for (let d = 0; d < D; d++) {
    const row = d * U;
    const w = Math.floor(d / WEEK_DAYS);
    let kommunen = 0;
    for (let u = 0; u < U; u++) {
      const p = s.present[row + u] as number;
      const c = s.capacity[row + u] as number;
      const n = s.notunterkunft[row + u] as number;
      present[u] += p;
      capacity[u] += c;
      nu[u] += n;
      zuw[u] += s.zuweisungen[row + u] as number;
      const k = kreisSlot[u] as number;
      if (k < 0) continue;
      kommunen += p;
      const at = k * W + w;
      kreise.kommunen[at] += p;
      kreise.notunterkunft[at] += n;
      kreise.capacity[at] += c;
    }
    let eae = 0;
    for (const u of sites) eae += s.present[row + u] as number;
    land.erstaufnahme[d] = eae;
    land.kommunen[d] = kommunen;
    land.notunterkunft[d] = s.notunterkunft[row] as number;
  }
  for (let w = 0; w < W; w++) {
    const len = Math.min(WEEK_DAYS, D - w * WEEK_DAYS);
    for (let k = 0; k < K; k++) {
      const at = k * W + w;
      kreise.kommunen[at] = (kreise.kommunen[at] as number) / len;
      kreise.notunterkunft[at] = (kreise.notunterkunft[at] as number) / len;
      kreise.capacity[at] = (kreise.capacity[at] as number) / len;
    }
  }

  // A Kreis's occupancy and Notunterkunft count its Gemeinden; its Zuweisungen are those from the Land.
  const n = layout.units.length;
  const figures = {
    occupancy: new Float64Array(n),
    nuPersonDays: new Float64Array(n),
    zuweisungen: new Float64Array(n),
    netBurden: new Float64Array(n),
    netPerInhabitant: new Float64Array(n),
  };
  const kreisPresent = new Float64Array(K);
  const kreisCapacity = new Float64Array(K);
  const kreisNu = new Float64Array(K);
  for (let u = 0; u < U; u++) {
    const k = kreisSlot[u] as number;
    if (k < 0) continue;
    kreisPresent[k] += present[u] as number;
    kreisCapacity[k] += capacity[u] as number;
    kreisNu[k] += nu[u] as number;
  }
  const burden = new Map(netBurdenByKommune(r, extras).map((b) => [b.id, b.net]));
  const share = (p: number, c: number) => (c > 0 ? (p / c) * 100 : Number.NaN);
  resultIndex.forEach((i, pos) => {
    const info = r.units[i]!;
    const k = kreisSlot[i] as number;
    const own = info.level === 'kreis';
    figures.occupancy[pos] = own ? share(kreisPresent[k] as number, kreisCapacity[k] as number) : share(present[i] as number, capacity[i] as number);
    figures.nuPersonDays[pos] = own ? (kreisNu[k] as number) : (nu[i] as number);
    figures.zuweisungen[pos] = zuw[i] as number;
    const net = burden.get(info.id) ?? 0;
    figures.netBurden[pos] = net;
    const population = info.population ?? 0;
    figures.netPerInhabitant[pos] = population > 0 ? net / population : Number.NaN;
  });
  return { layout, figures, land, kreise };
}

/** The buffers of a detail, to hand over (transfer) to another thread. */
export function detailTransferables(d: RunDetail): ArrayBuffer[] {
  return [...Object.values(d.figures), ...Object.values(d.land), ...Object.values(d.kreise)].map((a) => a.buffer as ArrayBuffer);
}
