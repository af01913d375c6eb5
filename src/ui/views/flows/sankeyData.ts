/**
 * Flows of a period as a Sankey graph (pure, no DOM): Erstaufnahme sites → Kreise → Gemeinden / Kreis-Unterkünfte → Abgänge.
 *
 * Columns and what each link sums over the period's days [from, to] (inclusive):
 *  0  site → Kreis          zuweisungen of the Kreis, split over the sites by each site's share of that day's passedOn
 *                           (the series do not say which site sent whom, so this split is an estimate);
 *     unassigned → Kreis  Zuweisungen in a period in which no site passed anyone on (not produced by the engine);
 *     initial → Kreis       on day 0: arrived − zuweisungen of the Kreis (persons already housed at the start of the run);
 *     direct → Kreis        from day 1: arrived − zuweisungen of the Kreis (arrivals outside the LAG procedure);
 *     stock → Kreis         only if the Kreis passed on or kept fewer persons than it received: the persons it drew from its earlier stock;
 *  1  Kreis → Gemeinden     zuweisungen of the Kreis's Gemeinden;
 *     Kreis → Kreis-Unterk. the persons the Kreis kept in its own accommodation (its inflow minus what it passed on);
 *  2  Gemeinden → Abgänge   exits of the Gemeinden; Kreis-Unterkünfte → Abgänge: exits of the Kreise themselves.
 * Every Kreis node is balanced (inflow = outflow). The nodes of column 2 are not: persons who stay are not drawn onwards,
 * and persons leaving in the period may have arrived before it.
 */
import type { SeriesKey } from '../../../engine/metrics/result.ts';
import type { RunData } from '../../data/runData.ts';

export type FlowNodeKind = 'site' | 'unassigned' | 'initial' | 'direct' | 'stock' | 'kreis' | 'gemeinden' | 'kreisUnterkunft' | 'abgaenge';
export type FlowLinkKind = 'zuweisung' | 'initial' | 'direct' | 'stock' | 'gemeinde' | 'kreisUnterkunft' | 'abgang';

export interface FlowNode {
  /** Stable id: the unit id for sites and Kreise, else the kind. */
  readonly id: string;
  readonly kind: FlowNodeKind;
  /** Column, left to right (0–3). */
  readonly column: number;
  /** Unit index for sites and Kreise. */
  readonly unit?: number;
  /** Persons flowing in / out during the period (fractional where a split is estimated). */
  readonly inflow: number;
  readonly outflow: number;
}

export interface FlowLink {
  readonly source: string;
  readonly target: string;
  readonly kind: FlowLinkKind;
  /** Persons (fractional where the site split is estimated). */
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
  readonly exits: number;
  readonly gemeindeExits: number;
}

export interface FlowData {
  /** The period actually used, clamped to the days that hold data. */
  readonly from: number;
  readonly to: number;
  readonly nodes: readonly FlowNode[];
  readonly links: readonly FlowLink[];
  readonly kreise: readonly KreisFlow[];
  /** Period totals, persons. */
  readonly totals: {
    readonly passedOn: number;
    readonly zuweisungen: number;
    readonly initial: number;
    readonly direct: number;
    readonly toGemeinden: number;
    readonly kept: number;
    readonly exits: number;
    /** Exits straight from the Erstaufnahme (forwarded by EASY, departed); not drawn. */
    readonly siteExits: number;
  };
}

/** Clamps a period to the days that hold data; swaps nothing (callers validate from ≤ to). */
export function clampPeriod(data: RunData, from: number, to: number): { from: number; to: number } {
  const last = Math.max(0, Math.min(data.available, data.D) - 1);
  const f = Math.max(0, Math.min(Math.round(from), last));
  const t = Math.max(f, Math.min(Math.round(to), last));
  return { from: f, to: t };
}

/**
 * Running sums (index d + 1 holds the sum over days 0…d) of everything a period needs, so that any period costs
 * O(sites × Kreise) however long it is. Built once per RunData and number of available days.
 */
interface Prepared {
  readonly available: number;
  readonly sitePassed: readonly Float64Array[];
  readonly siteExits: readonly Float64Array[];
  readonly kreisZuw: readonly Float64Array[];
  /** max(0, arrived − zuweisungen) of the Kreis: the initial stock on day 0, direct admissions afterwards. */
  readonly kreisExtra: readonly Float64Array[];
  readonly kreisExits: readonly Float64Array[];
  readonly gemZuw: readonly Float64Array[];
  readonly gemExits: readonly Float64Array[];
  /** Site i → Kreis j, split by the day's shares: [(i * K + j) * (n + 1) + d]. */
  readonly split: Float64Array;
  /** Zuweisungen of the Kreis on days on which no site passed anyone on. */
  readonly unattributed: readonly Float64Array[];
}

const prepared = new WeakMap<RunData, Prepared>();

function prepare(data: RunData): Prepared {
  const cached = prepared.get(data);
  const n = Math.max(0, Math.min(data.available, data.D));
  if (cached && cached.available === n) return cached;
  const running = (daily: (d: number) => number): Float64Array => {
    const out = new Float64Array(n + 1);
    for (let d = 0; d < n; d++) out[d + 1] = (out[d] as number) + daily(d);
    return out;
  };
  const series = (key: SeriesKey, units: readonly number[]) => {
    const arrays = units.map((u) => data.unitSeries(key, u));
    return (d: number) => arrays.reduce((a, s) => a + (s[d] as number), 0);
  };
  const gemeindenOf = (k: number) => (data.children[k] ?? []).filter((c) => data.units[c]?.level === 'gemeinde');
  const { sites, kreise } = data;
  const S = sites.length;
  const K = kreise.length;
  const passed = sites.map((s) => data.unitSeries('passedOn', s));
  const zuw = kreise.map((k) => data.unitSeries('zuweisungen', k));
  const arrived = kreise.map((k) => data.unitSeries('arrived', k));
  const split = new Float64Array(S * K * (n + 1));
  const unattributed = kreise.map(() => new Float64Array(n + 1));
  for (let d = 0; d < n; d++) {
    let P = 0;
    for (let i = 0; i < S; i++) P += passed[i]![d] as number;
    for (let j = 0; j < K; j++) {
      const z = zuw[j]![d] as number;
      const un = unattributed[j]!;
      un[d + 1] = (un[d] as number) + (P > 0 ? 0 : z);
      for (let i = 0; i < S; i++) {
        const o = (i * K + j) * (n + 1) + d;
        split[o + 1] = (split[o] as number) + (P > 0 && z > 0 ? (z * (passed[i]![d] as number)) / P : 0);
      }
    }
  }
  const result: Prepared = {
    available: n,
    sitePassed: sites.map((s) => running(series('passedOn', [s]))),
    siteExits: sites.map((s) => running(series('exits', [s]))),
    kreisZuw: kreise.map((k) => running(series('zuweisungen', [k]))),
    kreisExtra: kreise.map((_, j) => running((d) => Math.max(0, (arrived[j]![d] as number) - (zuw[j]![d] as number)))),
    kreisExits: kreise.map((k) => running(series('exits', [k]))),
    gemZuw: kreise.map((k) => running(series('zuweisungen', gemeindenOf(k)))),
    gemExits: kreise.map((k) => running(series('exits', gemeindenOf(k)))),
    split,
    unattributed,
  };
  prepared.set(data, result);
  return result;
}

/** Values this small are rounding noise of the running sums. */
const EPS = 1e-9;
const clean = (v: number) => (Math.abs(v) < EPS ? 0 : v);

export function sankeyData(data: RunData, fromDay: number, toDay: number): FlowData {
  const { from, to } = clampPeriod(data, fromDay, toDay);
  const sites = data.sites;
  const kreise = data.kreise;
  const S = sites.length;
  const K = kreise.length;
  const p = prepare(data);
  const n = p.available;
  const empty = n === 0;
  /** Sum over [a, b] of a running sum (0 for an empty range or no data). */
  const range = (r: Float64Array, a: number, b: number) => (empty || b < a ? 0 : clean((r[b + 1] as number) - (r[a] as number)));

  const split = new Float64Array(S * K);
  for (let i = 0; i < S; i++) {
    for (let j = 0; j < K; j++) {
      const o = (i * K + j) * (n + 1);
      split[i * K + j] = empty ? 0 : clean((p.split[o + to + 1] as number) - (p.split[o + from] as number));
    }
  }
  const sitePassed = sites.map((_, i) => range(p.sitePassed[i]!, from, to));
  const kreisZuw = kreise.map((_, j) => range(p.kreisZuw[j]!, from, to));
  // Zuweisungen on days without any passedOn (not produced by the engine): split by the sites' shares over the period.
  const totalPassed = sitePassed.reduce((a, b) => a + b, 0);
  const unassigned = new Float64Array(K);
  for (let j = 0; j < K; j++) {
    const un = range(p.unattributed[j]!, from, to);
    if (un === 0) continue;
    if (totalPassed === 0) unassigned[j] = un;
    else for (let i = 0; i < S; i++) split[i * K + j] += (un * (sitePassed[i] as number)) / totalPassed;
  }

  const nodes: FlowNode[] = [];
  const links: FlowLink[] = [];
  const kreisFlows: KreisFlow[] = [];
  const idOf = (u: number) => data.units[u]!.id;

  let siteExits = 0;
  sites.forEach((s, i) => {
    siteExits += range(p.siteExits[i]!, from, to);
    let out = 0;
    for (let j = 0; j < K; j++) out += split[i * K + j] as number;
    nodes.push({ id: idOf(s), kind: 'site', column: 0, unit: s, inflow: 0, outflow: out });
    for (let j = 0; j < K; j++) {
      const v = split[i * K + j] as number;
      if (v > 0) links.push({ source: idOf(s), target: idOf(kreise[j]!), kind: 'zuweisung', value: v });
    }
  });

  let totUnassigned = 0;
  let totInitial = 0;
  let totDirect = 0;
  let totStock = 0;
  let totGem = 0;
  let totKept = 0;
  let totExits = 0;
  let totGemExits = 0;
  kreise.forEach((k, j) => {
    const id = idOf(k);
    const zuw = kreisZuw[j] as number;
    const initial = from === 0 ? range(p.kreisExtra[j]!, 0, 0) : 0;
    const direct = range(p.kreisExtra[j]!, Math.max(1, from), to);
    const toGem = range(p.gemZuw[j]!, from, to);
    const exits = range(p.kreisExits[j]!, from, to);
    const gemExits = range(p.gemExits[j]!, from, to);
    const inflow = zuw + initial + direct;
    const rest = inflow - toGem;
    const kept = Math.max(0, rest);
    const fromStock = Math.max(0, -rest);
    kreisFlows.push({ unit: k, fromSites: zuw, initial, direct, fromStock, toGemeinden: toGem, kept, exits, gemeindeExits: gemExits });
    nodes.push({ id, kind: 'kreis', column: 1, unit: k, inflow: inflow + fromStock, outflow: toGem + kept });
    const un = unassigned[j] as number;
    if (un > 0) links.push({ source: 'unassigned', target: id, kind: 'zuweisung', value: un });
    totUnassigned += un;
    if (initial > 0) links.push({ source: 'initial', target: id, kind: 'initial', value: initial });
    if (direct > 0) links.push({ source: 'direct', target: id, kind: 'direct', value: direct });
    if (fromStock > 0) links.push({ source: 'stock', target: id, kind: 'stock', value: fromStock });
    if (toGem > 0) links.push({ source: id, target: 'gemeinden', kind: 'gemeinde', value: toGem });
    if (kept > 0) links.push({ source: id, target: 'kreisUnterkunft', kind: 'kreisUnterkunft', value: kept });
    totInitial += initial;
    totDirect += direct;
    totStock += fromStock;
    totGem += toGem;
    totKept += kept;
    totExits += exits;
    totGemExits += gemExits;
  });
  if (totGemExits > 0) links.push({ source: 'gemeinden', target: 'abgaenge', kind: 'abgang', value: totGemExits });
  if (totExits > 0) links.push({ source: 'kreisUnterkunft', target: 'abgaenge', kind: 'abgang', value: totExits });

  nodes.push({ id: 'unassigned', kind: 'unassigned', column: 0, inflow: 0, outflow: totUnassigned });
  nodes.push({ id: 'initial', kind: 'initial', column: 0, inflow: 0, outflow: totInitial });
  nodes.push({ id: 'direct', kind: 'direct', column: 0, inflow: 0, outflow: totDirect });
  nodes.push({ id: 'stock', kind: 'stock', column: 0, inflow: 0, outflow: totStock });
  nodes.push({ id: 'gemeinden', kind: 'gemeinden', column: 2, inflow: totGem, outflow: totGemExits });
  nodes.push({ id: 'kreisUnterkunft', kind: 'kreisUnterkunft', column: 2, inflow: totKept, outflow: totExits });
  nodes.push({ id: 'abgaenge', kind: 'abgaenge', column: 3, inflow: totGemExits + totExits, outflow: 0 });

  return {
    from,
    to,
    nodes,
    links,
    kreise: kreisFlows,
    totals: {
      passedOn: totalPassed,
      zuweisungen: kreisZuw.reduce((a, b) => a + b, 0),
      initial: totInitial,
      direct: totDirect,
      toGemeinden: totGem,
      kept: totKept,
      exits: totGemExits + totExits,
      siteExits,
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
