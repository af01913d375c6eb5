/**
 * Compares a run with published figures: one extractor per quantity kind reads the RunResult series, and the
 * error measure is the averaged relative difference, mean |simulated − published| / published over the figures.
 */
import { toEpochDay } from '../engine/dates.ts';
import type { RunResult, SeriesKey } from '../engine/metrics/result.ts';
import { ACCOMMODATION_TYPES, type Scenario, type Unterkunftsart } from '../engine/scenario/schema.ts';
import type { Per, PublishedFigure, Quantity } from './published.ts';

export interface CompareOptions {
  /**
   * Persons in Erstaufnahme at the start (`accommodation.initialErstaufnahme`). The engine counts them as arrivals
   * of the first day; flows over a range that starts on the first day are corrected by this number.
   */
  readonly initialErstaufnahme?: number;
  /** Persons per 1,000 inhabitants housed by the Kommunen at the start (`accommodation.initialPerThousand`), likewise. */
  readonly initialPerThousand?: number;
}

/** The options that make flows starting on a scenario's first day exact. */
export function compareOptionsOf(scenario: Pick<Scenario, 'accommodation'>): CompareOptions {
  return {
    initialErstaufnahme: scenario.accommodation.initialErstaufnahme,
    initialPerThousand: scenario.accommodation.initialPerThousand,
  };
}

export interface ComparisonRow {
  readonly figure: PublishedFigure;
  /** Where the figure comes from: "FACTS.md §…". */
  readonly source: string;
  readonly published: number;
  readonly simulated: number;
  /** (simulated − published) / published; signed. */
  readonly relDiff: number;
}

export type SkipReason = 'region' | 'zeitraum' | 'kreis' | 'undefiniert';

export interface SkippedFigure {
  readonly figure: PublishedFigure;
  readonly reason: SkipReason;
}

export interface Comparison {
  readonly rows: readonly ComparisonRow[];
  readonly skipped: readonly SkippedFigure[];
  /** Mean |relDiff| over all rows; null without rows. */
  readonly averagedRelativeDifference: number | null;
  /** Mean |relDiff| over the rows whose figure is not a scenario input (rolle ≠ eingabe); null without such rows. */
  readonly averagedRelativeDifferenceOhneEingaben: number | null;
}

/** Mean of |relDiff| (the averaged relative difference); null for an empty list. */
export function averagedRelativeDifference(rows: readonly Pick<ComparisonRow, 'relDiff'>[]): number | null {
  if (rows.length === 0) return null;
  return rows.reduce((a, r) => a + Math.abs(r.relDiff), 0) / rows.length;
}

/** (simulated − published) / published. */
export function relativeDifference(simulated: number, published: number): number {
  return (simulated - published) / published;
}

/**
 * Compares a run with the figures that apply to it: the figure's region is the run's region, its dates lie in the
 * run's period, its Kreis exists. The others are returned as skipped, with the reason.
 */
export function compare(result: RunResult, figures: readonly PublishedFigure[], options: CompareOptions = {}): Comparison {
  const view = new ResultView(result, options);
  const rows: ComparisonRow[] = [];
  const skipped: SkippedFigure[] = [];
  for (const figure of figures) {
    const reason = view.skipReason(figure);
    if (reason) {
      skipped.push({ figure, reason });
      continue;
    }
    const simulated = view.extract(figure.quantity);
    if (!Number.isFinite(simulated)) {
      skipped.push({ figure, reason: 'undefiniert' });
      continue;
    }
    rows.push({ figure, source: `FACTS.md ${figure.facts}`, published: figure.value, simulated, relDiff: relativeDifference(simulated, figure.value) });
  }
  return {
    rows,
    skipped,
    averagedRelativeDifference: averagedRelativeDifference(rows),
    averagedRelativeDifferenceOhneEingaben: averagedRelativeDifference(rows.filter((r) => r.figure.rolle !== 'eingabe')),
  };
}

/** The value of one quantity in a run (NaN where it is undefined, e.g. a share of zero Zuweisungen). */
export function extract(result: RunResult, quantity: Quantity, options: CompareOptions = {}): number {
  return new ResultView(result, options).extract(quantity);
}

const T = ACCOMMODATION_TYPES.length;
const DAYS_PER_MONTH = 365.25 / 12;
const PER_DAYS: Readonly<Record<Per, number>> = { tag: 1, woche: 7, monat: DAYS_PER_MONTH };

/** Index lookups over a RunResult and the extractors. */
class ResultView {
  private readonly D: number;
  private readonly start: number;
  private readonly sites: number[] = [];
  private readonly kreise: number[] = [];
  private readonly kreisById = new Map<string, number>();
  /** Position of a unit in byType.units. */
  private readonly aggPos = new Map<number, number>();

  constructor(
    private readonly r: RunResult,
    private readonly options: CompareOptions,
  ) {
    this.D = r.days.length;
    this.start = toEpochDay(r.days[0] ?? '');
    r.units.forEach((u, i) => {
      if (u.level === 'erstaufnahme') this.sites.push(i);
      if (u.level === 'kreis') {
        this.kreise.push(i);
        this.kreisById.set(u.id, i);
      }
    });
    r.byType.units.forEach((u, a) => this.aggPos.set(u, a));
  }

  /** Day index of an ISO date; may lie outside 0 … D−1. */
  private day(date: string): number {
    return toEpochDay(date) - this.start;
  }

  private inPeriod(date: string): boolean {
    const d = this.day(date);
    return Number.isInteger(d) && d >= 0 && d < this.D;
  }

  skipReason(figure: PublishedFigure): SkipReason | null {
    if (this.r.units[0]?.id !== figure.region) return 'region';
    const q = figure.quantity;
    const dates = 'date' in q ? [q.date] : [q.from, q.to];
    if (!dates.every((d) => this.inPeriod(d))) return 'zeitraum';
    if ('kreis' in q && q.kreis !== undefined && !this.kreisById.has(q.kreis)) return 'kreis';
    return null;
  }

  /** Sum of a series over units and days a … b (inclusive). */
  private sum(units: readonly number[], key: SeriesKey, a: number, b: number): number {
    const s = this.r.series[key];
    let t = 0;
    for (const u of units) for (let d = a; d <= b; d++) t += s[d * this.r.units.length + u] as number;
    return t;
  }

  /**
   * Persons housed by the Kommunen at the start, per Kreis unit, as the engine computes them: per 1,000 inhabitants
   * of the whole region, spread by the Kreis's Aufnahmequote at the start (population share if none is recorded).
   */
  private initialKommunal(kreis: number): number {
    const perK = this.options.initialPerThousand ?? 0;
    const land = this.r.units[0]?.population ?? 0;
    const unit = this.r.units[kreis];
    const quota = unit?.quota ?? (land > 0 ? (unit?.population ?? 0) / land : 0);
    return Math.round((perK * land * quota) / 1000);
  }

  /**
   * Persons who entered Erstaufnahme over days a … b: arrivals at the sites minus moves between sites (a site that
   * closes sends its residents to another; they count as passed on there and arrived here, but not as Zuweisungen),
   * minus the initial stock on day 0.
   */
  private erstaufnahmeIn(a: number, b: number): number {
    const transfers = this.sum(this.sites, 'passedOn', a, b) - this.sum(this.kreise, 'zuweisungen', a, b);
    return this.sum(this.sites, 'arrived', a, b) - transfers - (a === 0 ? (this.options.initialErstaufnahme ?? 0) : 0);
  }

  private rate(total: number, a: number, b: number, per: Per | undefined): number {
    return per ? (total / (b - a + 1)) * PER_DAYS[per] : total;
  }

  /** Places (`byType.capacity`) or persons (`byType.occupancy`) of an aggregate unit on day d, summed over types. */
  private byType(which: 'capacity' | 'occupancy', unit: number, d: number, types?: readonly Unterkunftsart[]): number {
    const a = this.aggPos.get(unit);
    if (a === undefined) return Number.NaN;
    const arr = this.r.byType[which];
    const ts = (types ?? ACCOMMODATION_TYPES).map((t) => ACCOMMODATION_TYPES.indexOf(t));
    const AT = this.r.byType.units.length * T;
    return ts.reduce((s, t) => s + (arr[d * AT + a * T + t] as number), 0);
  }

  private kreisUnit(ags: string): number {
    const k = this.kreisById.get(ags);
    if (k === undefined) throw new Error(`no Kreis ${ags} in the run`);
    return k;
  }

  extract(q: Quantity): number {
    switch (q.kind) {
      case 'erstaufnahmeZugaenge': {
        const [a, b] = [this.day(q.from), this.day(q.to)];
        return this.rate(this.erstaufnahmeIn(a, b), a, b, q.per);
      }
      case 'verblieben': {
        // Registered in Erstaufnahme minus left Hessen from Erstaufnahme (forwarded by EASY, departed) in the range.
        const [a, b] = [this.day(q.from), this.day(q.to)];
        return this.erstaufnahmeIn(a, b) - this.sum(this.sites, 'exits', a, b);
      }
      case 'direktZugaenge': {
        // A Kreis's arrivals are its Zuweisungen from the Land plus persons taken in outside the LAG procedure.
        const [a, b] = [this.day(q.from), this.day(q.to)];
        const units = q.kreis === undefined ? this.kreise : [this.kreisUnit(q.kreis)];
        let total = this.sum(units, 'arrived', a, b) - this.sum(units, 'zuweisungen', a, b);
        if (a === 0) total -= units.reduce((s, k) => s + this.initialKommunal(k), 0);
        return this.rate(total, a, b, q.per);
      }
      case 'zuweisungenLand': {
        const [a, b] = [this.day(q.from), this.day(q.to)];
        return this.rate(this.sum(this.kreise, 'zuweisungen', a, b), a, b, q.per);
      }
      case 'zuweisungenKreis': {
        const [a, b] = [this.day(q.from), this.day(q.to)];
        return this.rate(this.sum([this.kreisUnit(q.kreis)], 'zuweisungen', a, b), a, b, q.per);
      }
      case 'aufnahmenKreis': {
        const [a, b] = [this.day(q.from), this.day(q.to)];
        const k = this.kreisUnit(q.kreis);
        const total = this.sum([k], 'arrived', a, b) - (a === 0 ? this.initialKommunal(k) : 0);
        return this.rate(total, a, b, q.per);
      }
      case 'zuweisungsanteil': {
        const [a, b] = [this.day(q.from), this.day(q.to)];
        const all = this.sum(this.kreise, 'zuweisungen', a, b);
        return all > 0 ? this.sum([this.kreisUnit(q.kreis)], 'zuweisungen', a, b) / all : Number.NaN;
      }
      case 'erstaufnahmePlaetze': {
        const d = this.day(q.date);
        return this.sites.reduce((s, u) => s + this.byType('capacity', u, d), 0);
      }
      case 'verweildauer':
        return this.meanStay(this.day(q.from), this.day(q.to));
      case 'untergebracht':
        return this.byType('occupancy', this.kreisUnit(q.kreis), this.day(q.date), q.types);
      case 'plaetze':
        return this.byType('capacity', this.kreisUnit(q.kreis), this.day(q.date), q.types);
      case 'auslastung': {
        const k = this.kreisUnit(q.kreis);
        const d = this.day(q.date);
        const places = this.byType('capacity', k, d, q.types);
        return places > 0 ? this.byType('occupancy', k, d, q.types) / places : Number.NaN;
      }
      case 'pauschale': {
        // The Land row holds the Pauschale of all Kreise and Gemeinden, EUR per day.
        const [a, b] = [this.day(q.from), this.day(q.to)];
        return this.sum([0], 'pauschale', a, b);
      }
    }
  }

  /**
   * Mean days in Erstaufnahme of the persons assigned on days a … b, first in, first out: the persons assigned on
   * day d fill the levels (P(d−1), P(d)] of the cumulative Zuweisungen P; each is matched with the first day e on
   * which the cumulative arrivals net of those who left Hessen from Erstaufnahme, A(e), reach that level (the
   * midpoint stands for the day's group). A counts a forwarded person until the day they leave, which lengthens
   * the estimate by about forwarding share × forwarding delay; the initial stock counts as arriving on day 0.
   * Moves between sites are neither arrivals nor Zuweisungen.
   */
  private meanStay(a: number, b: number): number {
    const D = this.D;
    const U = this.r.units.length;
    const { arrived, exits, passedOn, zuweisungen } = this.r.series;
    const A = new Float64Array(D);
    const P = new Float64Array(D);
    let ca = 0;
    let cp = 0;
    for (let d = 0; d < D; d++) {
      let zuw = 0;
      for (const k of this.kreise) zuw += zuweisungen[d * U + k] as number;
      for (const u of this.sites) {
        // arrivals − moves in from other sites (= passed on − Zuweisungen, summed below) − exits
        ca += (arrived[d * U + u] as number) - (passedOn[d * U + u] as number) - (exits[d * U + u] as number);
      }
      ca += zuw;
      cp += zuw;
      A[d] = ca;
      P[d] = cp;
    }
    let persons = 0;
    let personDays = 0;
    let e = 0;
    for (let d = a; d <= b; d++) {
      const p = (P[d] as number) - (d > 0 ? (P[d - 1] as number) : 0);
      if (p <= 0) continue;
      const level = (d > 0 ? (P[d - 1] as number) : 0) + p / 2;
      // Levels rise with d, and every day before e had A below an earlier level: scanning on from e finds the first day.
      while (e < d && (A[e] as number) < level) e++;
      persons += p;
      personDays += p * (d - e);
    }
    return persons > 0 ? personDays / persons : Number.NaN;
  }
}
