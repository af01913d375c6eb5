/**
 * "Selbst zuweisen": the trainee plays the office that assigns (RP Darmstadt to the Kreise, a Landkreis to its
 * Gemeinden) week by week; the same arrivals are assigned by the engine's own policy (called, not re-implemented),
 * and both are kept on their own Soll/Ist account and places, so the trainee sees the deviations side by side.
 */
import type { LageState } from '../machines/lage.ts';
import { einwohner } from '../policies/kreis/einwohner.ts';
import { quote } from '../policies/land/quote.ts';
import type { GemeindeView, KreisPolicy, KreisView, LandPolicy, Offer, RegularType } from '../policies/types.ts';
import { REGULAR_TYPES } from '../scenario/schema.ts';

/** A Kreis (for the Land) or a Gemeinde (for a Landkreis) at the start of the exercise. Counts are persons. */
export interface Recipient {
  readonly id: string;
  readonly name: string;
  readonly population: number;
  /** Share of all Zuweisungen of the assigning office (Aufnahmequote, or population share within the Kreis). */
  readonly quota: number;
  /** Persons assigned so far (Ist of the Soll/Ist account). */
  readonly ist: number;
  /** Regular places and persons housed. */
  readonly capacity: number;
  readonly present: number;
}

/** Who assigns: RP Darmstadt to the Kreise, or a Landkreis to its Gemeinden. */
export type Assigner = 'land' | 'kreis';

export interface Exercise {
  readonly assigner: Assigner;
  readonly recipients: readonly Recipient[];
  /** Persons assigned by the office so far (the base of every Soll). */
  readonly totalAssigned: number;
  /** Persons arriving for Zuweisung in each week of the exercise. */
  readonly weeks: readonly number[];
  /** First day of the first week (ISO date). */
  readonly start: string;
}

/** The account of one side (trainee or policy) after some weeks. */
export interface Standing {
  readonly ist: readonly number[];
  readonly present: readonly number[];
  readonly totalAssigned: number;
}

/** What an allocation leads to, per recipient and in total. */
export interface Evaluation {
  readonly soll: readonly number[];
  /** Ist − Soll (persons); positive: more than the quota. */
  readonly deviation: readonly number[];
  readonly free: readonly number[];
  /** Persons housed per regular place (1 = full); Infinity where persons are housed without places. */
  readonly pressure: readonly number[];
  /** Sum of |Ist − Soll| over the recipients. */
  readonly totalDeviation: number;
  /** Recipients with more persons than places. */
  readonly overfull: number;
  /** Persons beyond the places, summed over overfull recipients. */
  readonly beyondPlaces: number;
}

export function initialStanding(ex: Exercise): Standing {
  return { ist: ex.recipients.map((r) => r.ist), present: ex.recipients.map((r) => r.present), totalAssigned: ex.totalAssigned };
}

/** The week's arrivals as households of one person each: the exercise counts persons, as the trainee assigns them. */
function offerOf(persons: number): Offer {
  return {
    count: persons,
    size: new Int32Array(persons).fill(1),
    mustAssign: new Uint8Array(persons),
    waitingDays: new Int32Array(persons),
    recognised: new Uint8Array(persons),
  };
}

const NORMAL: LageState = 'normal';

/** What a Kreis and a Gemeinde look like alike to a policy: the recipient, its standing and its free places. */
function recipientView(r: Recipient, i: number, s: Standing) {
  const present = s.present[i] ?? 0;
  return {
    index: i,
    id: r.id,
    name: r.name,
    population: r.population,
    quota: r.quota,
    ist: s.ist[i] ?? 0,
    soll: r.quota * s.totalAssigned,
    present,
    capacity: r.capacity,
    free: Math.max(0, r.capacity - present),
    notunterkunft: 0,
    lage: NORMAL,
  };
}

function kreisView(r: Recipient, i: number, s: Standing): KreisView {
  return { ...recipientView(r, i, s), kind: 'landkreis', zuweisungsstopp: false, erstaufnahmePlaces: 0 };
}

/** The exercise knows places, not their types: all its free places count as places in a Gemeinschaftsunterkunft. */
function freeAsGu(free: number): { readonly [T in RegularType]: number } {
  return Object.fromEntries(REGULAR_TYPES.map((t) => [t, t === 'gu' ? free : 0])) as { readonly [T in RegularType]: number };
}

function gemeindeView(r: Recipient, i: number, s: Standing): GemeindeView {
  const common = recipientView(r, i, s);
  return { ...common, freeByType: freeAsGu(common.free) };
}

/**
 * Persons per recipient as the engine's policy assigns `persons` arrivals given the standing (the `quote` policy
 * for the Land, `einwohner` for a Landkreis unless others are given). Persons the policy keeps back (HOLD, the
 * Kreis housing them itself, DEFER) are not counted for any recipient.
 */
export function policyAllocation(
  ex: Exercise,
  standing: Standing,
  persons: number,
  policies: { readonly land?: LandPolicy; readonly kreis?: KreisPolicy } = {},
): number[] {
  const offer = offerOf(persons);
  const date = ex.start;
  let answer: ArrayLike<number>;
  if (ex.assigner === 'land') {
    const kreise = ex.recipients.map((r, i) => kreisView(r, i, standing));
    answer = (policies.land ?? quote).assign({
      day: 0,
      date,
      kreise,
      totalAssigned: standing.totalAssigned,
      offer,
      erstaufnahme: { present: persons, capacity: persons },
      params: {},
      // The exercise keeps no dated account: every person counted so far counts in any window.
      countedSince: () => ({ ist: Float64Array.from(ex.recipients, (_, i) => standing.ist[i] ?? 0), total: standing.totalAssigned }),
    });
  } else {
    const gemeinden = ex.recipients.map((r, i) => gemeindeView(r, i, standing));
    const total = ex.recipients.reduce((s, r) => s + r.population, 0);
    const kreis: KreisView = kreisView(
      { id: 'kreis', name: 'Kreis', population: total, quota: 1, ist: standing.totalAssigned, capacity: 0, present: 0 },
      0,
      standing,
    );
    answer = (policies.kreis ?? einwohner).assign({ day: 0, date, kreis, gemeinden, totalAssigned: standing.totalAssigned, offer, params: {} });
  }
  const out = ex.recipients.map(() => 0);
  for (let h = 0; h < persons; h++) {
    const k = answer[h] ?? -1;
    if (k >= 0 && k < out.length) out[k]! += 1;
  }
  return out;
}

/** Why an allocation of the trainee cannot be taken: counts must be whole, not negative, and add up to the week's persons. */
export type AllocationProblem = { readonly kind: 'invalid'; readonly index: number } | { readonly kind: 'sum'; readonly assigned: number; readonly persons: number };

export function checkAllocation(allocation: readonly number[], persons: number): AllocationProblem | null {
  const bad = allocation.findIndex((n) => !Number.isInteger(n) || n < 0);
  if (bad >= 0) return { kind: 'invalid', index: bad };
  const assigned = allocation.reduce((s, n) => s + n, 0);
  return assigned === persons ? null : { kind: 'sum', assigned, persons };
}

/** The standing after an allocation: the assigned persons join Ist and the persons housed. */
export function applyAllocation(standing: Standing, allocation: readonly number[]): Standing {
  const added = allocation.reduce((s, n) => s + n, 0);
  return {
    ist: standing.ist.map((v, i) => v + (allocation[i] ?? 0)),
    present: standing.present.map((v, i) => v + (allocation[i] ?? 0)),
    totalAssigned: standing.totalAssigned + added,
  };
}

export function evaluate(ex: Exercise, standing: Standing): Evaluation {
  const soll = ex.recipients.map((r) => r.quota * standing.totalAssigned);
  const deviation = standing.ist.map((v, i) => v - (soll[i] ?? 0));
  const free = ex.recipients.map((r, i) => r.capacity - (standing.present[i] ?? 0));
  const pressure = ex.recipients.map((r, i) => {
    const p = standing.present[i] ?? 0;
    return r.capacity > 0 ? p / r.capacity : p > 0 ? Infinity : 0;
  });
  return {
    soll,
    deviation,
    free,
    pressure,
    totalDeviation: deviation.reduce((s, d) => s + Math.abs(d), 0),
    overfull: free.filter((f) => f < 0).length,
    beyondPlaces: free.reduce((s, f) => s + (f < 0 ? -f : 0), 0),
  };
}

/** One week played: the trainee's and the policy's allocation of the same arrivals, and where each leads. */
export interface WeekResult {
  readonly week: number;
  readonly persons: number;
  readonly trainee: { readonly allocation: readonly number[]; readonly standing: Standing; readonly evaluation: Evaluation };
  readonly policy: { readonly allocation: readonly number[]; readonly standing: Standing; readonly evaluation: Evaluation };
}

/**
 * Plays the week `results.length` of the exercise with the trainee's allocation (checked first), each side from its
 * own standing after the earlier weeks.
 */
export function playWeek(ex: Exercise, results: readonly WeekResult[], allocation: readonly number[]): WeekResult | AllocationProblem {
  const week = results.length;
  const persons = ex.weeks[week] ?? 0;
  const problem = checkAllocation(allocation, persons);
  if (problem) return problem;
  const last = results[results.length - 1];
  const start = initialStanding(ex);
  const mine = applyAllocation(last?.trainee.standing ?? start, allocation);
  const policyBefore = last?.policy.standing ?? start;
  const theirs = policyAllocation(ex, policyBefore, persons);
  const after = applyAllocation(policyBefore, theirs);
  return {
    week,
    persons,
    trainee: { allocation, standing: mine, evaluation: evaluate(ex, mine) },
    policy: { allocation: theirs, standing: after, evaluation: evaluate(ex, after) },
  };
}
