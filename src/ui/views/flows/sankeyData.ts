/**
 * Flows of a period as a Sankey graph (pure, no DOM): Erstaufnahme sites → Kreise → Gemeinden / Kreis-Unterkünfte → Abgänge.
 *
 * The flows into the Kreise are exact: they are the engine's flow records (RunData.flows), not estimates from the series.
 * Columns and what each link sums over the period's days [from, to] (inclusive):
 *  0  site → Kreis          records `zuweisung` from the site to the Kreis;
 *     initial → Kreis       records `bestand` (day 0) to the Kreis or one of its Gemeinden: persons housed when the run starts;
 *     direct → Kreis        records `direkt` to the Kreis or one of its Gemeinden: admissions outside the LAG procedure;
 *     stock → Kreis         only if the Kreis passed on or kept fewer persons than it received: the persons it drew from its earlier stock;
 *  1  Kreis → Gemeinden     zuweisungen of the Kreis's Gemeinden (all from their Kreis), plus the records above that go to a Gemeinde;
 *     Kreis → Kreis-Unterk. the persons the Kreis kept in its own accommodation (its inflow minus what it passed on);
 *  2  Gemeinden → Abgänge   exits of the Gemeinden; Kreis-Unterkünfte → Abgänge: exits of the Kreise themselves.
 * Moves within a Kreis out of Notunterkunft (records `kreisintern`, summed by the engine's kreisinternMoves) are drawn
 * as their own links: from the node of the Notunterkünfte (column 0) to the Kreis that moved them, and on from the
 * Kreis to where they went (its Gemeinden or its own places), so they keep the Kreis balanced and reach the Gemeinden
 * whose exits they explain.
 * Every Kreis node is balanced (inflow = outflow). The nodes of column 2 are not: persons who stay are not drawn onwards,
 * and persons leaving in the period may have arrived before it. Transfers between sites (records `verlegung`) stay within
 * column 0, so they are listed apart (`verlegungen`) rather than drawn.
 */
import { kreisinternMoves } from '../../../engine/metrics/flows.ts';
import { FLOW_KINDS, kreisOfUnits, type SeriesKey } from '../../../engine/metrics/result.ts';
import type { RunData } from '../../data/runData.ts';

export type FlowNodeKind = 'site' | 'initial' | 'direct' | 'stock' | 'notunterkunft' | 'kreis' | 'gemeinden' | 'kreisUnterkunft' | 'abgaenge';
/** `kreisintern`: a move within a Kreis out of Notunterkunft (both its links: into the Kreis and on from it). */
export type FlowLinkKind = 'zuweisung' | 'initial' | 'direct' | 'stock' | 'kreisintern' | 'gemeinde' | 'kreisUnterkunft' | 'abgang';

export interface FlowNode {
  /** Stable id: the unit id for sites and Kreise, else the kind. */
  readonly id: string;
  readonly kind: FlowNodeKind;
  /** Column, left to right (0–3). */
  readonly column: number;
  /** Unit index for sites and Kreise. */
  readonly unit?: number;
  /** Persons flowing in / out during the period. */
  readonly inflow: number;
  readonly outflow: number;
}

export interface FlowLink {
  readonly source: string;
  readonly target: string;
  readonly kind: FlowLinkKind;
  /** Persons. */
  readonly value: number;
}

/** The balance of one Kreis over the period, persons. */
export interface KreisFlow {
  readonly unit: number;
  readonly fromSites: number;
  /** Persons already housed at the start of the run (day 0 only). */
  readonly initial: number;
  readonly direct: number;
  readonly fromStock: number;
  readonly toGemeinden: number;
  readonly kept: number;
  /** Moved within the Kreis out of Notunterkunft: into its Gemeinden, into its own places. */
  readonly withinToGemeinden: number;
  readonly withinToKreis: number;
  readonly exits: number;
  readonly gemeindeExits: number;
}

/** Persons moved from one Erstaufnahme site to another in the period (unit indices). */
export interface Verlegung {
  readonly from: number;
  readonly to: number;
  readonly persons: number;
}

export interface FlowData {
  /** The period actually used, clamped to the days that hold data. */
  readonly from: number;
  readonly to: number;
  readonly nodes: readonly FlowNode[];
  readonly links: readonly FlowLink[];
  readonly kreise: readonly KreisFlow[];
  /** Site → site transfers, largest first. */
  readonly verlegungen: readonly Verlegung[];
  /** Period totals, persons. */
  readonly totals: {
    /** Site → Kreis Zuweisungen. */
    readonly zuweisungen: number;
    readonly initial: number;
    readonly direct: number;
    readonly toGemeinden: number;
    readonly kept: number;
    /** Moves within the Kreise out of Notunterkunft. */
    readonly withinKreis: number;
    readonly exits: number;
    /** Exits straight from the Erstaufnahme (forwarded by EASY, departed); not drawn. */
    readonly siteExits: number;
    /** Persons moved between sites; not drawn. */
    readonly verlegungen: number;
  };
}

/** Clamps a period to the days that hold data; swaps nothing (callers validate from ≤ to). */
export function clampPeriod(data: RunData, from: number, to: number): { from: number; to: number } {
  const last = Math.max(0, Math.min(data.available, data.D) - 1);
  const f = Math.max(0, Math.min(Math.round(from), last));
  const t = Math.max(f, Math.min(Math.round(to), last));
  return { from: f, to: t };
}

/** Running total of one flow over the days on which it moved anyone (sparse: one entry per such day). */
class RunningTotal {
  private readonly days: number[] = [];
  private readonly sums: number[] = [];

  /** Adds persons on a day; days come in order. */
  add(day: number, persons: number): void {
    const n = this.days.length;
    if (n > 0 && this.days[n - 1] === day) this.sums[n - 1] = (this.sums[n - 1] as number) + persons;
    else {
      this.days.push(day);
      this.sums.push((n > 0 ? (this.sums[n - 1] as number) : 0) + persons);
    }
  }

  /** Persons over the days ≤ day. */
  upTo(day: number): number {
    let lo = 0;
    let hi = this.days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.days[mid] as number) <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : (this.sums[lo - 1] as number);
  }

  /** Persons over the days [a, b]. */
  between(a: number, b: number): number {
    return b < a ? 0 : this.upTo(b) - this.upTo(a - 1);
  }
}

const K_ZUWEISUNG = FLOW_KINDS.indexOf('zuweisung');
const K_DIREKT = FLOW_KINDS.indexOf('direkt');
const K_BESTAND = FLOW_KINDS.indexOf('bestand');
const K_VERLEGUNG = FLOW_KINDS.indexOf('verlegung');

/** The flow records read so far, as running totals by (site, Kreis), by Kreis and by pair of sites. Extended as slices arrive. */
interface RecordTotals {
  seen: number;
  /** Key site unit index × U + Kreis unit index. */
  readonly zuweisung: Map<number, RunningTotal>;
  /** By Kreis unit index; `toGemeinde`: the part that went to one of its Gemeinden. */
  readonly direct: Map<number, RunningTotal>;
  readonly directToGemeinde: Map<number, RunningTotal>;
  readonly initial: Map<number, RunningTotal>;
  readonly initialToGemeinde: Map<number, RunningTotal>;
  /** Key from site × U + to site. */
  readonly verlegung: Map<number, RunningTotal>;
}

/**
 * Running sums (index d + 1 holds the sum over days 0…d) of the series a period needs, so that any period costs
 * O(Kreise) however long it is. Built once per RunData and number of available days.
 */
interface SeriesTotals {
  readonly available: number;
  readonly siteExits: readonly Float64Array[];
  readonly kreisExits: readonly Float64Array[];
  readonly gemZuw: readonly Float64Array[];
  readonly gemExits: readonly Float64Array[];
}

const recordCache = new WeakMap<RunData, RecordTotals>();
const seriesCache = new WeakMap<RunData, SeriesTotals>();

function readRecords(data: RunData): RecordTotals {
  let r = recordCache.get(data);
  if (!r) {
    r = { seen: 0, zuweisung: new Map(), direct: new Map(), directToGemeinde: new Map(), initial: new Map(), initialToGemeinde: new Map(), verlegung: new Map() };
    recordCache.set(data, r);
  }
  const f = data.flows;
  const U = data.U;
  const kreisOf = kreisOfUnits(data.units);
  const add = (m: Map<number, RunningTotal>, key: number, day: number, persons: number) => {
    let t = m.get(key);
    if (!t) m.set(key, (t = new RunningTotal()));
    t.add(day, persons);
  };
  for (let i = r.seen; i < f.count; i++) {
    const day = f.day[i] as number;
    const kind = f.kind[i] as number;
    const from = f.from[i] as number;
    const to = f.to[i] as number;
    const persons = f.persons[i] as number;
    const level = data.units[to]?.level;
    // Records into a Gemeinde count at its Kreis, which passes them on.
    const kreis = kreisOf[to] ?? -1;
    if (kind === K_ZUWEISUNG && kreis >= 0) add(r.zuweisung, from * U + kreis, day, persons);
    else if (kind === K_DIREKT && kreis >= 0) {
      add(r.direct, kreis, day, persons);
      if (level === 'gemeinde') add(r.directToGemeinde, kreis, day, persons);
    } else if (kind === K_BESTAND && kreis >= 0) {
      add(r.initial, kreis, day, persons);
      if (level === 'gemeinde') add(r.initialToGemeinde, kreis, day, persons);
    } else if (kind === K_VERLEGUNG) add(r.verlegung, from * U + to, day, persons);
  }
  r.seen = f.count;
  return r;
}

function readSeries(data: RunData): SeriesTotals {
  const cached = seriesCache.get(data);
  const n = Math.max(0, Math.min(data.available, data.D));
  if (cached && cached.available === n) return cached;
  const running = (key: SeriesKey, units: readonly number[]): Float64Array => {
    const arrays = units.map((u) => data.unitSeries(key, u));
    const out = new Float64Array(n + 1);
    for (let d = 0; d < n; d++) {
      let v = 0;
      for (const s of arrays) v += s[d] as number;
      out[d + 1] = (out[d] as number) + v;
    }
    return out;
  };
  const gemeindenOf = (k: number) => (data.children[k] ?? []).filter((c) => data.units[c]?.level === 'gemeinde');
  const result: SeriesTotals = {
    available: n,
    siteExits: data.sites.map((s) => running('exits', [s])),
    kreisExits: data.kreise.map((k) => running('exits', [k])),
    gemZuw: data.kreise.map((k) => running('zuweisungen', gemeindenOf(k))),
    gemExits: data.kreise.map((k) => running('exits', gemeindenOf(k))),
  };
  seriesCache.set(data, result);
  return result;
}

export function sankeyData(data: RunData, fromDay: number, toDay: number): FlowData {
  const { from, to } = clampPeriod(data, fromDay, toDay);
  const { sites, kreise, U } = data;
  const p = readSeries(data);
  const r = readRecords(data);
  const empty = p.available === 0;
  /** Sum over [a, b] of a running sum (0 for an empty range or no data). */
  const range = (s: Float64Array, a: number, b: number) => (empty || b < a ? 0 : (s[b + 1] as number) - (s[a] as number));
  const records = (m: Map<number, RunningTotal>, key: number) => (empty ? 0 : (m.get(key)?.between(from, to) ?? 0));
  const within = kreisinternMoves(data.flows, data.units, from, to);

  const nodes: FlowNode[] = [];
  const links: FlowLink[] = [];
  const kreisFlows: KreisFlow[] = [];
  const idOf = (u: number) => data.units[u]!.id;

  let siteExits = 0;
  let totZuw = 0;
  sites.forEach((s, i) => {
    siteExits += range(p.siteExits[i]!, from, to);
    let out = 0;
    for (const k of kreise) {
      const v = records(r.zuweisung, s * U + k);
      if (v <= 0) continue;
      out += v;
      links.push({ source: idOf(s), target: idOf(k), kind: 'zuweisung', value: v });
    }
    totZuw += out;
    nodes.push({ id: idOf(s), kind: 'site', column: 0, unit: s, inflow: 0, outflow: out });
  });

  let totInitial = 0;
  let totDirect = 0;
  let totStock = 0;
  let totGem = 0;
  let totKept = 0;
  let totExits = 0;
  let totGemExits = 0;
  let totWithinGem = 0;
  let totWithinKreis = 0;
  kreise.forEach((k, j) => {
    const id = idOf(k);
    let fromSites = 0;
    for (const s of sites) fromSites += records(r.zuweisung, s * U + k);
    const initial = records(r.initial, k);
    const direct = records(r.direct, k);
    const toGem = range(p.gemZuw[j]!, from, to) + records(r.initialToGemeinde, k) + records(r.directToGemeinde, k);
    const exits = range(p.kreisExits[j]!, from, to);
    const gemExits = range(p.gemExits[j]!, from, to);
    const inflow = fromSites + initial + direct;
    const rest = inflow - toGem;
    const kept = Math.max(0, rest);
    const fromStock = Math.max(0, -rest);
    const moved = within.get(k);
    const withinToGemeinden = moved?.toGemeinden ?? 0;
    const withinToKreis = moved?.toKreis ?? 0;
    const withinAll = withinToGemeinden + withinToKreis;
    kreisFlows.push({ unit: k, fromSites, initial, direct, fromStock, toGemeinden: toGem, kept, withinToGemeinden, withinToKreis, exits, gemeindeExits: gemExits });
    nodes.push({ id, kind: 'kreis', column: 1, unit: k, inflow: inflow + fromStock + withinAll, outflow: toGem + kept + withinAll });
    if (initial > 0) links.push({ source: 'initial', target: id, kind: 'initial', value: initial });
    if (direct > 0) links.push({ source: 'direct', target: id, kind: 'direct', value: direct });
    if (fromStock > 0) links.push({ source: 'stock', target: id, kind: 'stock', value: fromStock });
    if (withinAll > 0) links.push({ source: 'notunterkunft', target: id, kind: 'kreisintern', value: withinAll });
    if (toGem > 0) links.push({ source: id, target: 'gemeinden', kind: 'gemeinde', value: toGem });
    if (withinToGemeinden > 0) links.push({ source: id, target: 'gemeinden', kind: 'kreisintern', value: withinToGemeinden });
    if (kept > 0) links.push({ source: id, target: 'kreisUnterkunft', kind: 'kreisUnterkunft', value: kept });
    if (withinToKreis > 0) links.push({ source: id, target: 'kreisUnterkunft', kind: 'kreisintern', value: withinToKreis });
    totInitial += initial;
    totDirect += direct;
    totStock += fromStock;
    totGem += toGem;
    totKept += kept;
    totExits += exits;
    totGemExits += gemExits;
    totWithinGem += withinToGemeinden;
    totWithinKreis += withinToKreis;
  });
  if (totGemExits > 0) links.push({ source: 'gemeinden', target: 'abgaenge', kind: 'abgang', value: totGemExits });
  if (totExits > 0) links.push({ source: 'kreisUnterkunft', target: 'abgaenge', kind: 'abgang', value: totExits });

  nodes.push({ id: 'initial', kind: 'initial', column: 0, inflow: 0, outflow: totInitial });
  nodes.push({ id: 'direct', kind: 'direct', column: 0, inflow: 0, outflow: totDirect });
  nodes.push({ id: 'stock', kind: 'stock', column: 0, inflow: 0, outflow: totStock });
  nodes.push({ id: 'notunterkunft', kind: 'notunterkunft', column: 0, inflow: 0, outflow: totWithinGem + totWithinKreis });
  nodes.push({ id: 'gemeinden', kind: 'gemeinden', column: 2, inflow: totGem + totWithinGem, outflow: totGemExits });
  nodes.push({ id: 'kreisUnterkunft', kind: 'kreisUnterkunft', column: 2, inflow: totKept + totWithinKreis, outflow: totExits });
  nodes.push({ id: 'abgaenge', kind: 'abgaenge', column: 3, inflow: totGemExits + totExits, outflow: 0 });

  const verlegungen: Verlegung[] = [];
  let totVerlegt = 0;
  for (const [key] of r.verlegung) {
    const persons = records(r.verlegung, key);
    if (persons <= 0) continue;
    verlegungen.push({ from: Math.floor(key / U), to: key % U, persons });
    totVerlegt += persons;
  }
  verlegungen.sort((a, b) => b.persons - a.persons || a.from - b.from || a.to - b.to);

  return {
    from,
    to,
    nodes,
    links,
    kreise: kreisFlows,
    verlegungen,
    totals: {
      zuweisungen: totZuw,
      initial: totInitial,
      direct: totDirect,
      toGemeinden: totGem,
      kept: totKept,
      withinKreis: totWithinGem + totWithinKreis,
      exits: totGemExits + totExits,
      siteExits,
      verlegungen: totVerlegt,
    },
  };
}

/** Nodes that carry a flow in the period (the ones worth drawing). */
export function visibleNodes(f: FlowData): FlowNode[] {
  const used = new Set<string>();
  for (const l of f.links) {
    used.add(l.source);
    used.add(l.target);
  }
  return f.nodes.filter((n) => used.has(n.id));
}
