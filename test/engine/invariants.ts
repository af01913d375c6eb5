/**
 * Invariants of a run result, as functions returning the first violation (a readable string) or null.
 * Used by the property tests; free of vitest so that they can be reused anywhere.
 */
import { FLOW_KINDS, SERIES_KEYS, SERIES_KIND, type RunResult } from '../../src/engine/metrics/result.ts';
import { ACCOMMODATION_TYPES } from '../../src/engine/scenario/schema.ts';

/** Series of whole persons or state codes (the others are EUR or Soll/Ist accounts). */
const COUNT_KEYS: readonly string[] = SERIES_KEYS.filter((k) => SERIES_KIND[k] !== 'amount');

/** Returns the first violation of unit/day conservation and ledger agreement, or null. */
export function conservationViolation(r: RunResult): string | null {
  const D = r.days.length;
  const U = r.units.length;
  const { arrived, present, passedOn, exits } = r.series;
  for (let u = 0; u < U; u++) {
    const id = r.units[u]!.id;
    let cA = 0;
    let cP = 0;
    let cE = 0;
    for (let d = 0; d < D; d++) {
      const o = d * U + u;
      cA += arrived[o]!;
      cP += passedOn[o]!;
      cE += exits[o]!;
      if (cA !== present[o]! + cP + cE) {
        return `unit ${id} day ${d}: cumulative arrived ${cA} ≠ present ${present[o]} + passedOn ${cP} + exits ${cE}`;
      }
      if (u === 0 && passedOn[o] !== 0) return `Land passes on ${passedOn[o]} on day ${d}`;
    }
    const l = r.ledger[u]!;
    const last = present[(D - 1) * U + u]!;
    if (l.arrived !== cA || l.present !== last || l.passedOn !== cP || l.exited !== cE) {
      return `unit ${id}: ledger ${JSON.stringify(l)} ≠ series {arrived:${cA},present:${last},passedOn:${cP},exited:${cE}}`;
    }
    if (l.arrived !== l.present + l.passedOn + l.exited) return `unit ${id}: ledger does not balance ${JSON.stringify(l)}`;
  }
  // The Land holds everyone present in its units, every day.
  for (let d = 0; d < D; d++) {
    let sum = 0;
    for (let u = 1; u < U; u++) sum += present[d * U + u]!;
    if (sum !== present[d * U]) return `day ${d}: Σ present of units ${sum} ≠ Land present ${present[d * U]}`;
  }
  return null;
}

/**
 * Returns the first value that is negative, NaN, non-finite or (for persons) fractional, or a bad KPI.
 * Money (EUR/day, exported in cents) may carry float noise below a thousandth of a cent: see the separate,
 * exact test of the Land's Pauschale in engine-behaviour.test.ts.
 */
export function valueViolation(r: RunResult, moneyTolerance = 1e-5): string | null {
  for (const key of SERIES_KEYS) {
    const a = r.series[key];
    const counts = COUNT_KEYS.includes(key);
    for (let i = 0; i < a.length; i++) {
      const v = a[i]!;
      if (!Number.isFinite(v) || v < (counts ? 0 : -moneyTolerance)) return `series ${key}[${i}] = ${v}`;
      if (counts && !Number.isInteger(v)) return `series ${key}[${i}] = ${v} is not a whole number of persons`;
    }
  }
  for (const l of r.ledger) {
    for (const v of Object.values(l)) if (!Number.isInteger(v) || v < 0) return `ledger value ${v}`;
  }
  for (const k of r.kpis) if (!Number.isFinite(k.value)) return `KPI ${k.id} = ${k.value}`;
  return null;
}

/** Flows between levels agree: what sites pass on the Kreise receive, what a Kreis passes on its Gemeinden receive. */
export function flowViolation(r: RunResult): string | null {
  const D = r.days.length;
  const U = r.units.length;
  const { arrived, zuweisungen, passedOn, present, notunterkunft, statuswechsler } = r.series;
  const idx = (level: string) => r.units.flatMap((u, i) => (u.level === level ? [i] : []));
  const sites = idx('erstaufnahme');
  const kreise = idx('kreis');
  const gemeinden = idx('gemeinde');
  const byId = new Map(r.units.map((u, i) => [u.id, i]));
  // Moves within a Kreis out of Notunterkunft: persons in and out per unit and day.
  const KI = FLOW_KINDS.indexOf('kreisintern');
  const kiIn = new Float64Array(D * U);
  const kiOut = new Float64Array(D * U);
  for (let i = 0; i < r.flows.count; i++) {
    if (r.flows.kind[i] !== KI) continue;
    const d = r.flows.day[i] as number;
    const from = r.flows.from[i] as number;
    const to = r.flows.to[i] as number;
    const kreisOf = (u: number) => (r.units[u]?.level === 'kreis' ? r.units[u]!.id : r.units[u]?.level === 'gemeinde' ? r.units[u]!.parent : undefined);
    if (kreisOf(from) === undefined || kreisOf(from) !== kreisOf(to)) {
      return `day ${d}: a move within a Kreis from ${r.units[from]?.id} to ${r.units[to]?.id} leaves its Kreis`;
    }
    kiIn[d * U + to] += r.flows.persons[i] as number;
    kiOut[d * U + from] += r.flows.persons[i] as number;
  }
  for (let d = 0; d < D; d++) {
    let sitePassed = 0;
    let siteArrived = 0;
    for (const s of sites) {
      sitePassed += passedOn[d * U + s]!;
      siteArrived += arrived[d * U + s]!;
      if (zuweisungen[d * U + s] !== 0) return `site ${r.units[s]!.id} receives Zuweisungen on day ${d}`;
    }
    // Every arrival in Hessen enters a site, or a Kreis directly (initial stock, arrivals outside the LAG procedure);
    // residents of a closing site may move to another site: such transfers count at both sites and cancel out.
    let kreisDirect = 0;
    for (const k of kreise) kreisDirect += arrived[d * U + k]! - zuweisungen[d * U + k]! - kiIn[d * U + k]!;
    const transfersIn = siteArrived + kreisDirect - arrived[d * U]!;
    if (transfersIn < 0) {
      return `day ${d}: Σ site arrivals ${siteArrived} + direct to Kreise ${kreisDirect} < Land arrivals ${arrived[d * U]}`;
    }
    let kreisZuw = 0;
    for (const k of kreise) {
      kreisZuw += zuweisungen[d * U + k]!;
      const info = r.units[k]!;
      if (info.kind === 'kreisfreie-stadt' && passedOn[d * U + k] !== 0) return `kreisfreie Stadt ${info.id} passes on on day ${d}`;
      let toGemeinden = 0;
      for (const g of gemeinden) if (r.units[g]!.parent === info.id) toGemeinden += zuweisungen[d * U + g]!;
      if (toGemeinden + kiOut[d * U + k]! !== passedOn[d * U + k]) return `Kreis ${info.id} day ${d}: passed on ${passedOn[d * U + k]} ≠ received by its Gemeinden ${toGemeinden}`;
    }
    if (kreisZuw + transfersIn !== sitePassed) {
      return `day ${d}: Kreise received ${kreisZuw} + transfers between sites ${transfersIn} ≠ sites passed on ${sitePassed}`;
    }
    // The Land row is the sum of its units (persons exactly; money up to float32 rounding).
    for (const key of ['capacity', 'notunterkunft', 'statuswechsler', 'exits'] as const) {
      let sum = 0;
      for (let u = 1; u < r.units.length; u++) sum += r.series[key][d * U + u]!;
      if (sum !== r.series[key][d * U]) return `day ${d}: Σ ${key} of units ${sum} ≠ Land ${r.series[key][d * U]}`;
    }
    for (const key of ['cost', 'pauschale'] as const) {
      let sum = 0;
      for (let u = 1; u < r.units.length; u++) sum += r.series[key][d * U + u]!;
      const land = r.series[key][d * U]!;
      if (Math.abs(sum - land) > 0.01 + 1e-5 * Math.abs(sum)) return `day ${d}: Σ ${key} of units ${sum} ≠ Land ${land}`;
    }
    for (let u = 1; u < r.units.length; u++) {
      const o = d * U + u;
      if (zuweisungen[o]! > arrived[o]!) return `unit ${r.units[u]!.id} day ${d}: zuweisungen > arrived`;
      if (notunterkunft[o]! > present[o]!) return `unit ${r.units[u]!.id} day ${d}: notunterkunft > present`;
      if (statuswechsler[o]! > present[o]!) return `unit ${r.units[u]!.id} day ${d}: statuswechsler > present`;
    }
    for (const g of gemeinden) {
      if (passedOn[d * U + g] !== kiOut[d * U + g]) return `Gemeinde ${r.units[g]!.id} passes on on day ${d}`;
      const parent = byId.get(r.units[g]!.parent ?? '');
      if (parent === undefined || r.units[parent]!.level !== 'kreis') return `Gemeinde ${r.units[g]!.id} has no Kreis parent`;
    }
  }
  return null;
}


/**
 * Places and persons by accommodation type (`byType`, for the Land, the sites and the Kreise with their Gemeinden)
 * agree with the series, and regular places of a type are never occupied beyond their number.
 */
export function byTypeViolation(r: RunResult): string | null {
  const D = r.days.length;
  const U = r.units.length;
  const T = ACCOMMODATION_TYPES.length;
  const NU = ACCOMMODATION_TYPES.indexOf('notunterkunft');
  const { units, capacity, occupancy } = r.byType;
  const A = units.length;
  const members = (u: number): number[] => {
    if (u === 0) return r.units.flatMap((_, i) => (i > 0 ? [i] : []));
    const id = r.units[u]!.id;
    return [u, ...r.units.flatMap((x, i) => (x.level === 'gemeinde' && x.parent === id ? [i] : []))];
  };
  for (let a = 0; a < units.length; a++) {
    const u = units[a]!;
    const ms = members(u);
    for (let d = 0; d < D; d++) {
      const sum = (key: 'present' | 'notunterkunft' | 'capacity') => ms.reduce((acc, m) => acc + r.series[key][d * U + m]!, 0);
      let occ = 0;
      let regular = 0;
      for (let t = 0; t < T; t++) {
        const o = occupancy[(d * A + a) * T + t]!;
        const c = capacity[(d * A + a) * T + t]!;
        if (o < 0 || c < 0) return `byType ${r.units[u]!.id} type ${ACCOMMODATION_TYPES[t]} day ${d}: negative`;
        if (t !== NU && o > c) return `byType ${r.units[u]!.id} ${ACCOMMODATION_TYPES[t]} day ${d}: ${o} persons in ${c} places`;
        occ += o;
        if (t !== NU) regular += c;
      }
      if (occ !== sum('present')) return `byType ${r.units[u]!.id} day ${d}: Σ occupancy ${occ} ≠ present ${sum('present')}`;
      const nu = occupancy[(d * A + a) * T + NU]!;
      if (nu !== sum('notunterkunft')) return `byType ${r.units[u]!.id} day ${d}: Notunterkunft ${nu} ≠ series ${sum('notunterkunft')}`;
      if (regular !== sum('capacity')) return `byType ${r.units[u]!.id} day ${d}: Σ regular places ${regular} ≠ capacity ${sum('capacity')}`;
    }
  }
  return null;
}

/**
 * The exact flow records agree with the series: Zuweisungen a Kreis receives are the 'zuweisung' records into it,
 * and what a site passes on is its 'zuweisung' and 'verlegung' records out of it.
 */
export function flowRecordViolation(r: RunResult): string | null {
  const D = r.days.length;
  const U = r.units.length;
  const f = r.flows;
  const into = new Map<number, number>();
  const out = new Map<number, number>();
  const ZUW = FLOW_KINDS.indexOf('zuweisung');
  const VERL = FLOW_KINDS.indexOf('verlegung');
  for (let i = 0; i < f.count; i++) {
    const k = f.kind[i] as number;
    if (i > 0 && (f.day[i] as number) < (f.day[i - 1] as number)) return `flow record ${i} is out of day order`;
    if (k === ZUW) into.set((f.day[i] as number) * U + (f.to[i] as number), (into.get((f.day[i] as number) * U + (f.to[i] as number)) ?? 0) + (f.persons[i] as number));
    if (k === ZUW || k === VERL) out.set((f.day[i] as number) * U + (f.from[i] as number), (out.get((f.day[i] as number) * U + (f.from[i] as number)) ?? 0) + (f.persons[i] as number));
  }
  for (let u = 0; u < r.units.length; u++) {
    const level = r.units[u]!.level;
    if (level !== 'kreis' && level !== 'erstaufnahme') continue;
    for (let d = 0; d < D; d++) {
      if (level === 'kreis' && (into.get(d * U + u) ?? 0) !== r.series.zuweisungen[d * U + u]) {
        return `${r.units[u]!.id} day ${d}: zuweisung records ${into.get(d * U + u) ?? 0} ≠ zuweisungen ${r.series.zuweisungen[d * U + u]}`;
      }
      if (level === 'erstaufnahme' && (out.get(d * U + u) ?? 0) !== r.series.passedOn[d * U + u]) {
        return `${r.units[u]!.id} day ${d}: records out ${out.get(d * U + u) ?? 0} ≠ passedOn ${r.series.passedOn[d * U + u]}`;
      }
    }
  }
  return null;
}

/** The Kreise's Soll adds up to their Ist (the quota sums to 1), every day. */
export function sollIstViolation(r: RunResult): string | null {
  const D = r.days.length;
  const U = r.units.length;
  const kreise = r.units.flatMap((u, i) => (u.level === 'kreis' ? [i] : []));
  for (let d = 0; d < D; d++) {
    let soll = 0;
    let ist = 0;
    for (const k of kreise) {
      soll += r.series.soll[d * U + k] as number;
      ist += r.series.ist[d * U + k] as number;
    }
    if (Math.abs(soll - ist) > 1e-3 * Math.max(1, ist)) return `day ${d}: Σ Soll ${soll} ≠ Σ Ist ${ist}`;
  }
  return null;
}

