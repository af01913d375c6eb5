/**
 * Procurement contracts: each follows the Beschaffung statechart (request → contract → open → release) through
 * rows asked of the chart once (machines/compile.ts), on the simulated calendar; no actor per contract.
 */
import { DAY_MS } from '../calendar.ts';
import { beschaffungMachine, type BeschaffungInput } from '../machines/beschaffung.ts';
import { compileTimed, delayOf, eventRow } from '../machines/compile.ts';

export interface Contract extends BeschaffungInput {
  /** State of the Beschaffung statechart. */
  state: string;
  /** Day the places opened (−1 before). */
  openedDay: number;
  /** Notice has been given. */
  notice: boolean;
}

/** What the contracts need from the run. */
export interface ContractHooks {
  /** Runs `fn` on a later simulated day (in the institutions phase). */
  at(day: number, fn: (day: number) => void): void;
  /** The contract's places become usable. */
  open(c: Contract): void;
  /** The contract's places are given back. */
  release(c: Contract): void;
}

const SAMPLE: BeschaffungInput = { id: 0, unit: 0, type: 0, places: 1, contractDays: 1, openDays: 1, termDays: 1 };

export class Contracts {
  private readonly rows = compileTimed(beschaffungMachine, SAMPLE);
  private readonly cancelRow = eventRow(beschaffungMachine, SAMPLE, 'offen', 'vertrag.kuendigen');
  private seq = 0;
  /** Open contracts per unit, oldest first. */
  readonly open: Contract[][];

  constructor(units: number, private readonly hooks: ContractHooks) {
    this.open = Array.from({ length: units }, () => []);
  }

  /** Requests places; the contract then runs through its states on the calendar. */
  order(unit: number, type: number, places: number, contractDays: number, openDays: number, termDays: number, day: number): Contract {
    const c: Contract = { id: this.seq++, unit, type, places, contractDays, openDays, termDays, state: 'beantragt', openedDay: -1, notice: false };
    this.advance(c, day);
    return c;
  }

  /** Gives notice on an open contract: its places go after `noticeDays`, unless it has ended by then. */
  giveNotice(c: Contract, day: number, noticeDays: number): void {
    c.notice = true;
    this.hooks.at(day + Math.max(1, Math.round(noticeDays)), () => {
      if (c.state !== 'offen') return;
      c.state = this.cancelRow.next;
      this.run(this.cancelRow.actions, c);
    });
  }

  /** Schedules the contract's next step after the delay its current state names. */
  private advance(c: Contract, day: number): void {
    const row = this.rows.get(c.state);
    if (!row || row.delay === null) return;
    const days = Math.max(1, Math.ceil(delayOf(beschaffungMachine, row.delay, c) / DAY_MS));
    const from = c.state;
    if (row.next === 'offen') c.openedDay = day + days;
    this.hooks.at(day + days, (d) => {
      if (c.state !== from) return; // left that state meanwhile (notice given)
      c.state = row.next;
      this.run(row.actions, c);
      this.advance(c, d);
    });
  }

  /** Carries out the chart's actions for a contract. */
  private run(actions: readonly string[], c: Contract): void {
    for (const a of actions) {
      if (a === 'kapazitaetOeffnen') {
        this.hooks.open(c);
        this.open[c.unit]!.push(c);
      } else if (a === 'kapazitaetFreigeben') {
        this.hooks.release(c);
        const list = this.open[c.unit]!;
        const i = list.indexOf(c);
        if (i >= 0) list.splice(i, 1);
      }
    }
  }
}
