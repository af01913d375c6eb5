/**
 * Procurement contracts: each follows the Beschaffung statechart (request → contract → open → notice → release) through
 * steps asked of the chart once (machines/compile.ts), on the simulated calendar; no actor per contract.
 */
import { DAY_MS } from '../calendar.ts';
import { BESCHAFFUNG_FRISTEN, beschaffungMachine, type BeschaffungContext, type BeschaffungEvent, type BeschaffungInput } from '../machines/beschaffung.ts';
import { compileTimed, type TimedChart, type TimedStep } from '../machines/compile.ts';

/** One kind of contract in the split of an order: its type, opening time, term, and whether early notice is allowed. */
export interface ContractKind {
  readonly type: number;
  readonly share: number;
  readonly openDays: number;
  readonly termDays: number;
  readonly earlyNotice: boolean;
  /** Extended by another term when it ends while its places are still needed. */
  readonly extend: boolean;
}

/**
 * Splits the places of an order over kinds of contract by their shares (largest remainder, so the parts add up to
 * the order); kinds that get no place are left out.
 */
export function splitOrder(places: number, kinds: readonly ContractKind[]): { kind: ContractKind; places: number }[] {
  const sum = kinds.reduce((a, k) => a + Math.max(0, k.share), 0);
  if (!(sum > 0)) return [];
  const exact = kinds.map((k) => (places * Math.max(0, k.share)) / sum);
  const parts = exact.map(Math.floor);
  let left = places - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    parts[i] = (parts[i] as number) + 1;
    left--;
  }
  return kinds.flatMap((kind, i) => ((parts[i] as number) > 0 ? [{ kind, places: parts[i] as number }] : []));
}

/** A contract is the chart's context plus where it stands. */
export interface Contract extends BeschaffungContext {
  /** May be given notice before its term ends (a long lease may not). */
  readonly earlyNotice: boolean;
  /** Is extended when its term ends while its places are still needed. */
  readonly extend: boolean;
  /** Set when notice is given. */
  noticeDays: number;
  /** State of the Beschaffung statechart, as a dotted path. */
  state: string;
  /** Day the places opened (−1 before). */
  openedDay: number;
  /** Notice has been given. */
  notice: boolean;
  /**
   * Delayed events by id, with the number of the scheduling that is still valid (0: none pending). Set to 0 rather
   * than deleted: a Map that shrinks to nothing allocates a new table, on every timer of every contract.
   */
  readonly pending: Map<string, number>;
}

/** What the contracts need from the run. */
export interface ContractHooks {
  /** Runs `fn` on a later simulated day (in the institutions phase). */
  at(day: number, fn: (day: number) => void): void;
  /** The contract's places become usable. */
  open(c: Contract): void;
  /** The contract's places are given back. */
  release(c: Contract): void;
  /** The kinds of contract an order of regular places of this type is split into; none: one contract as ordered. */
  kinds?(type: number): readonly ContractKind[] | undefined;
  /** Whether the contract's places are still needed when its term ends (then a contract that may be extended is). */
  needed?(c: Contract): boolean;
}

const SAMPLE: BeschaffungInput = { id: 0, unit: 0, type: 0, places: 1, contractDays: 1, openDays: 1, termDays: 1 };

function isFrist(name: string): name is keyof typeof BESCHAFFUNG_FRISTEN {
  return Object.hasOwn(BESCHAFFUNG_FRISTEN, name);
}

/** The chart's steps, asked of xstate once per process: its answers depend on state and event type only. */
let compiled: TimedChart | undefined;

export class Beschaffungen {
  private readonly chart = (compiled ??= compileTimed(beschaffungMachine, SAMPLE));
  private seq = 0;
  private timerSeq = 0;
  /** Open contracts per unit that may be given notice before their term ends, oldest first. */
  readonly open: Contract[][];

  constructor(units: number, private readonly hooks: ContractHooks) {
    this.open = Array.from({ length: units }, () => []);
  }

  /**
   * Requests places; each contract then runs through its states on the calendar. Where the run splits orders into
   * kinds of contract, one contract per kind (its type, opening time and term replace those of the order).
   */
  order(unit: number, type: number, places: number, contractDays: number, openDays: number, termDays: number, day: number): Contract[] {
    const kinds = this.hooks.kinds?.(type);
    if (!kinds) return [this.contract(unit, type, places, contractDays, openDays, termDays, true, false, day)];
    return splitOrder(places, kinds).map((p) =>
      this.contract(unit, p.kind.type, p.places, contractDays, p.kind.openDays, p.kind.termDays, p.kind.earlyNotice, p.kind.extend, day),
    );
  }

  private contract(
    unit: number,
    type: number,
    places: number,
    contractDays: number,
    openDays: number,
    termDays: number,
    earlyNotice: boolean,
    extend: boolean,
    day: number,
  ): Contract {
    const c: Contract = {
      earlyNotice,
      extend,
      id: this.seq++,
      unit,
      type,
      places,
      contractDays,
      openDays,
      termDays,
      noticeDays: 0,
      state: '',
      openedDay: -1,
      notice: false,
      pending: new Map(),
    };
    this.apply(c, this.chart.initial, day);
    return c;
  }

  /** Gives notice on an open contract: its places go after `noticeDays`, unless its term ends first. */
  giveNotice(c: Contract, day: number, noticeDays: number): void {
    c.notice = true;
    // The chart keeps the notice period in its context, and the contract record is that context.
    c.noticeDays = noticeDays;
    const event: BeschaffungEvent = { type: 'vertrag.kuendigen', noticeDays };
    this.apply(c, this.chart.step(c.state, event), day);
  }

  /** Takes a step of the chart: cancels and starts its timers, carries out its actions. */
  private apply(c: Contract, step: TimedStep, day: number): void {
    c.state = step.next;
    for (const id of step.cancel) c.pending.set(id, 0);
    this.run(step.actions, c, day);
    for (const timer of step.start) {
      if (!isFrist(timer.delay)) throw new Error(`Beschaffung: no length declared for the delay "${timer.delay}"`);
      const days = Math.max(1, Math.ceil(BESCHAFFUNG_FRISTEN[timer.delay](c) / DAY_MS));
      const n = ++this.timerSeq;
      c.pending.set(timer.id, n);
      this.hooks.at(day + days, (d) => {
        if (c.pending.get(timer.id) !== n) return; // cancelled: the contract left that state meanwhile
        c.pending.set(timer.id, 0);
        // The term ends: a contract whose places are still needed is extended instead, where it may be. The notice
        // period ends: a notice on places that are occupied again is withdrawn.
        const needed = (timer.delay === 'laufzeit' ? c.extend && !c.notice : timer.delay === 'kuendigungsfrist') && (this.hooks.needed?.(c) ?? false);
        const event: { readonly type: string } = !needed ? { type: timer.event } : timer.delay === 'laufzeit' ? { type: 'vertrag.verlaengern' } : { type: 'vertrag.fortsetzen' };
        if (event.type === 'vertrag.fortsetzen') c.notice = false;
        this.apply(c, this.chart.step(c.state, event), d);
      });
    }
  }

  /** Carries out the chart's actions for a contract. */
  private run(actions: readonly string[], c: Contract, day: number): void {
    for (const a of actions) {
      if (a === 'kapazitaetOeffnen') {
        c.openedDay = day;
        this.hooks.open(c);
        if (c.earlyNotice) this.open[c.unit]!.push(c);
      } else if (a === 'kapazitaetFreigeben') {
        this.hooks.release(c);
        const list = this.open[c.unit]!;
        const i = list.indexOf(c);
        if (i >= 0) list.splice(i, 1);
      }
    }
  }
}
