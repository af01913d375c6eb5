/**
 * The situation of every accommodating unit (normal → angespannt → überlastet → Notbetrieb), following the Lage
 * statechart through rows asked of it once per (state, occupancy band): a unit reports its occupancy, and only
 * when it crosses a boundary does the chart's answer (next state, actions) apply. The boundaries come from the
 * same declaration as the chart's guards (`lageBoundaries`).
 */
import { bandedTransitions, type BandRow } from '../machines/compile.ts';
import {
  gemeldeteAuslastung,
  LAGE_STATES,
  lageBand,
  lageBoundaries,
  lageMachine,
  type LageEvent,
  type LageSchwellen,
  type LageState,
} from '../machines/lage.ts';

export class Lagen {
  /** State per unit, as an index into LAGE_STATES. */
  readonly state: Uint8Array;
  private readonly lastBand: Int8Array;
  /** Per unit: the persons, regular places and persons in Notunterkunft of its last report [3u … 3u + 2]; −1: none. */
  private readonly lastTotals: Int32Array;
  private thresholds: LageSchwellen;
  private boundaries: number[] = [];
  private row: (state: string, band: number) => BandRow = () => ({ next: 'normal', actions: [] });

  constructor(units: number, thresholds: LageSchwellen) {
    this.state = new Uint8Array(units);
    this.lastBand = new Int8Array(units);
    this.lastTotals = new Int32Array(3 * units).fill(-1);
    this.thresholds = thresholds;
    this.compile(thresholds);
  }

  /** New thresholds (a dated event): the chart is asked again, and every unit reports afresh. */
  setThresholds(thresholds: LageSchwellen): void {
    this.thresholds = thresholds;
    this.compile(thresholds);
    this.lastBand.fill(-1);
    this.lastTotals.fill(-1);
  }

  /**
   * A unit reports its persons (Notunterkunft included), regular places and persons in Notunterkunft, as occupancy
   * (`gemeldeteAuslastung`). Returns the actions the chart runs. Most units report the same totals as the day before
   * (the same occupancy, in the same band): their report ends here.
   */
  reportTotals(u: number, persons: number, places: number, notunterkunft: number): readonly string[] {
    const t = this.lastTotals;
    const o = 3 * u;
    if (t[o] === persons && t[o + 1] === places && t[o + 2] === notunterkunft) return NONE;
    t[o] = persons;
    t[o + 1] = places;
    t[o + 2] = notunterkunft;
    return this.reportBand(u, gemeldeteAuslastung(persons, places, notunterkunft, this.thresholds));
  }

  /** The state of a unit by name. */
  of(u: number): LageState {
    return LAGE_STATES[this.state[u] as number] as LageState;
  }

  /**
   * A unit reports its occupancy (persons ÷ regular places). Returns the actions the chart runs — empty when the
   * occupancy stays in its band.
   */
  report(u: number, auslastung: number): readonly string[] {
    // The next report by totals is not to take them for unchanged.
    this.lastTotals[3 * u] = -1;
    return this.reportBand(u, auslastung);
  }

  private reportBand(u: number, auslastung: number): readonly string[] {
    const band = lageBand(this.boundaries, auslastung);
    if (band === this.lastBand[u]) return NONE;
    this.lastBand[u] = band;
    const row = this.row(this.of(u), band);
    this.state[u] = LAGE_STATES.indexOf(row.next as LageState);
    return row.actions;
  }

  private compile(thresholds: LageSchwellen): void {
    this.boundaries = lageBoundaries(thresholds);
    this.row = bandedTransitions(lageMachine, { unit: -1, schwellen: { ...thresholds }, auslastung: 0 }, this.boundaries, reported);
  }
}

/** One function for every run, so that the rows asked of the chart are kept across runs (`bandedTransitions`). */
const reported = (a: number): LageEvent => ({ type: 'auslastung.gemeldet', auslastung: a });

const NONE: readonly string[] = [];
