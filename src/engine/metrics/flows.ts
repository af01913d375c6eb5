/**
 * The exact flows between units that the per-unit series cannot tell apart: which chart events record them, the
 * recorder (one record per day, kind, from, to), and the figures read from the records.
 */
import { haushaltMachine, type HaushaltEventType } from '../machines/haushalt.ts';
import { transitionMeta, type StateMeta } from '../machines/meta.ts';
import { FLOW_KINDS, kreisOfUnits, type FlowKind, type Flows, type UnitInfo } from './result.ts';

/**
 * Events that bring persons into a unit along a flow the per-unit series cannot tell apart. A Map: one lookup site
 * that sees every event name is a slow property lookup on a plain object.
 */
export const FLOW_OF_EVENT: ReadonlyMap<HaushaltEventType, FlowKind> = new Map<HaushaltEventType, FlowKind>([
  ['zuweisung.kreis', 'zuweisung'],
  ['aufnahme.direkt', 'direkt'],
  ['bestand.uebernommen', 'bestand'],
  ['erstaufnahme.verlegt', 'verlegung'],
  ['verlegung.kreis', 'kreisintern'],
  ['verlegung.gemeinde', 'kreisintern'],
]);

/**
 * Who answers for a kind of flow and on which legal basis, as the household chart annotates the transitions of the
 * events that record it: offices and texts as they differ, legal bases in chart order without repeats; undefined
 * where the chart annotates none of them.
 */
export function flowMeta(kind: FlowKind): StateMeta | undefined {
  const metas: StateMeta[] = [];
  for (const [event, k] of FLOW_OF_EVENT) if (k === kind) metas.push(...transitionMeta(haushaltMachine, event));
  if (metas.length === 0) return undefined;
  const distinct = (xs: readonly string[]) => [...new Set(xs)];
  const joined = (pick: (m: StateMeta) => { de: string; en: string }, sep: string) => ({
    de: distinct(metas.map((m) => pick(m).de)).join(sep),
    en: distinct(metas.map((m) => pick(m).en)).join(sep),
  });
  return { office: joined((m) => m.office, '; '), legalBasis: distinct(metas.flatMap((m) => m.legalBasis)), text: joined((m) => m.text, ' ') };
}

/** Persons a Kreis moved within itself out of Notunterkunft (records `kreisintern`), by where they went. */
export interface KreisinternMoves {
  /** Into the Kreis's own places (out of a Gemeinde's Notunterkunft). */
  readonly toKreis: number;
  /** Into places of its Gemeinden (out of the Kreis's or another Gemeinde's Notunterkunft). */
  readonly toGemeinden: number;
}

const K_KREISINTERN = FLOW_KINDS.indexOf('kreisintern');

/**
 * Moves within each Kreis over the days [from, to] (inclusive), by Kreis (unit index); Kreise without any are left
 * out. Reads only the records of those days (records are in order of days).
 */
export function kreisinternMoves(flows: Flows, units: readonly UnitInfo[], from: number, to: number): Map<number, KreisinternMoves> {
  const out = new Map<number, { toKreis: number; toGemeinden: number }>();
  if (to < from) return out;
  const kreisOf = kreisOfUnits(units);
  let lo = 0;
  let hi = flows.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((flows.day[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < flows.count && (flows.day[i] as number) <= to; i++) {
    if (flows.kind[i] !== K_KREISINTERN) continue;
    const target = flows.to[i] as number;
    const k = kreisOf[target] ?? -1;
    if (k < 0) continue;
    let m = out.get(k);
    if (!m) out.set(k, (m = { toKreis: 0, toGemeinden: 0 }));
    if (target === k) m.toKreis += flows.persons[i] as number;
    else m.toGemeinden += flows.persons[i] as number;
  }
  return out;
}

export class FlowRecorder {
  private day = -1;
  /** The first record of the current day: records merge only within a day, and a day has few. */
  private first = 0;
  count = 0;
  private days = new Int32Array(256);
  private kinds = new Uint8Array(256);
  private froms = new Int32Array(256);
  private tos = new Int32Array(256);
  private persons = new Int32Array(256);

  /** Adds persons moving on a day from unit `from` (−1: from outside) to unit `to`. Days must not decrease. */
  add(day: number, kind: FlowKind, from: number, to: number, n: number): void {
    if (day !== this.day) {
      this.day = day;
      this.first = this.count;
    }
    const k = FLOW_KINDS.indexOf(kind);
    // A scan of the day's records; a Map keyed by (kind, from, to) needed keys beyond 2³¹, one heap number per add.
    for (let j = this.first; j < this.count; j++) {
      if (this.tos[j] === to && this.froms[j] === from && this.kinds[j] === k) {
        this.persons[j] += n;
        return;
      }
    }
    if (this.count === this.days.length) this.grow();
    const i = this.count++;
    this.days[i] = day;
    this.kinds[i] = k;
    this.froms[i] = from;
    this.tos[i] = to;
    this.persons[i] = n;
  }

  /** The records so far (views on the recorder's arrays; valid until the next `add`). */
  view(): Flows {
    const n = this.count;
    return {
      count: n,
      day: this.days.subarray(0, n),
      kind: this.kinds.subarray(0, n),
      from: this.froms.subarray(0, n),
      to: this.tos.subarray(0, n),
      persons: this.persons.subarray(0, n),
    };
  }

  /**
   * Lets go of the records, which the run's result now owns (its views share their memory), and starts afresh with
   * small arrays of the same kinds: the recorder may then outlive its run (see keepShapes in world.ts).
   */
  handOver(): void {
    this.day = -1;
    this.first = 0;
    this.count = 0;
    this.days = new Int32Array(0);
    this.kinds = new Uint8Array(0);
    this.froms = new Int32Array(0);
    this.tos = new Int32Array(0);
    this.persons = new Int32Array(0);
  }

  private grow(): void {
    const m = Math.max(256, this.days.length * 2);
    const g = <A extends Int32Array | Uint8Array>(a: A, make: (n: number) => A): A => {
      const b = make(m);
      b.set(a);
      return b;
    };
    this.days = g(this.days, (n) => new Int32Array(n));
    this.kinds = g(this.kinds, (n) => new Uint8Array(n));
    this.froms = g(this.froms, (n) => new Int32Array(n));
    this.tos = g(this.tos, (n) => new Int32Array(n));
    this.persons = g(this.persons, (n) => new Int32Array(n));
  }
}
