/**
 * The policy interface: a policy is a pure function of the state it is given. The engine calls it and
 * carries out its answer; it never branches on a policy's name. Write your own against these types and
 * pass it to `runScenario(scenario, { policies })`. The views are valid during the call only (the engine
 * refreshes the same objects for the next call), so copy what a policy wants to keep.
 */
import type { LageState } from '../machines/lage.ts';
import type { I18nText } from '../machines/meta.ts';
import type { REGULAR_TYPES, Unterkunftsart } from '../scenario/schema.ts';

/** A type of regular places (every type but Notunterkunft). */
export type RegularType = (typeof REGULAR_TYPES)[number];

/** Households offered for Zuweisung today, in order of waiting time (longest first). */
export interface Offer {
  readonly count: number;
  /** Persons per household. */
  readonly size: Int32Array;
  /**
   * 1 if the household must be assigned today: it reached the legal maximum stay (for the Land's offer also: it
   * would pass it before the next Zuweisung day).
   */
  readonly mustAssign: Uint8Array;
  /** Days since arrival in Hessen. */
  readonly waitingDays: Int32Array;
  /** 1 if the household has already been granted protection. */
  readonly recognised: Uint8Array;
}

/** What the Land sees of a Landkreis or kreisfreie Stadt. Counts are persons. */
export interface KreisView {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly population: number;
  /** Aufnahmequote, share of all Zuweisungen (sums to 1 over the Kreise). */
  readonly quota: number;
  /** Soll/Ist account: persons assigned so far (incl. credits) and the target by quota. */
  readonly ist: number;
  readonly soll: number;
  /** Persons accommodated by the Kreis and its Gemeinden, their regular places, free places, persons in Notunterkunft. */
  readonly present: number;
  readonly capacity: number;
  readonly free: number;
  readonly notunterkunft: number;
  readonly lage: LageState;
  /** The Kreis has asked for a halt to Zuweisungen (überlastet or Notbetrieb). */
  readonly zuweisungsstopp: boolean;
  /** Places of Erstaufnahme sites located in the Kreis (basis for a quota credit). */
  readonly erstaufnahmePlaces: number;
}

export interface LandPolicyInput {
  readonly day: number;
  readonly date: string;
  readonly kreise: readonly KreisView[];
  /** Persons assigned to all Kreise so far (the base of the Soll). */
  readonly totalAssigned: number;
  readonly offer: Offer;
  readonly erstaufnahme: { readonly present: number; readonly capacity: number };
  /** Free numeric parameters from the scenario (`policies.params`). */
  readonly params: Readonly<Record<string, number>>;
  /**
   * Persons counted in each Kreis's Soll/Ist account over the last `days` days up to today (index as `kreise`),
   * and their sum: the base of a Soll over a rolling window that a policy chooses itself.
   */
  countedSince(days: number): { readonly ist: Float64Array; readonly total: number };
}

/**
 * A numeric parameter a policy reads from the scenario's `policies.params` under `name`, with what it means and
 * where its default comes from (a citation text, ids of src/engine/sources.ts). The value is clamped to [min, max].
 */
export interface PolicyParameter {
  readonly name: string;
  readonly label: I18nText;
  /** Unit of the value, in words (e.g. "share", "days", "persons per place"). */
  readonly unit: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly source: string;
}

/** The value of a policy parameter: the scenario's if given, else the default; clamped to its bounds. */
export function paramValue(params: Readonly<Record<string, number>>, p: PolicyParameter): number {
  const v = Object.hasOwn(params, p.name) ? (params[p.name] as number) : p.default;
  return Math.min(p.max, Math.max(p.min, v));
}

/** Answer for each offered household: a Kreis index (into `kreise`), or HOLD to keep it in Erstaufnahme for now. */
export const HOLD = -1;

export interface LandPolicy {
  readonly id: string;
  readonly label: I18nText;
  readonly description: I18nText;
  /** The parameters it reads from `policies.params`. */
  readonly parameters?: readonly PolicyParameter[];
  assign(input: LandPolicyInput): ArrayLike<number>;
}

/** What a Landkreis sees of one of its Gemeinden. */
export interface GemeindeView {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly population: number;
  /** Share of the Kreis population (the yardstick upheld by VG Gießen 2014). */
  readonly quota: number;
  readonly ist: number;
  readonly soll: number;
  readonly present: number;
  readonly capacity: number;
  readonly free: number;
  /** Free places by type of regular place (a household is never split over types). */
  readonly freeByType: { readonly [T in RegularType]: number };
  readonly notunterkunft: number;
  readonly lage: LageState;
}

export interface KreisPolicyInput {
  readonly day: number;
  readonly date: string;
  readonly kreis: KreisView;
  /** The kreisangehörige Gemeinden (empty for a kreisfreie Stadt, which the engine never asks). */
  readonly gemeinden: readonly GemeindeView[];
  /** Persons passed on to Gemeinden of this Kreis so far. */
  readonly totalAssigned: number;
  readonly offer: Offer;
  readonly params: Readonly<Record<string, number>>;
}

/** Answers of a Kreis policy besides a Gemeinde index. */
export const KREIS_HOUSES = -1; // the Kreis houses the household itself, for good
export const DEFER = -2; // ask again on the next Zuweisung day

export interface KreisPolicy {
  readonly id: string;
  readonly label: I18nText;
  readonly description: I18nText;
  /**
   * Types of place a household this policy passes on to a Gemeinde takes first there (e.g. flats); the scenario's
   * `accommodation.order` follows. Without it, the scenario's order alone.
   */
  readonly placeFirst?: readonly RegularType[];
  assign(input: KreisPolicyInput): ArrayLike<number>;
}

export interface ProcurementInput {
  readonly day: number;
  readonly date: string;
  readonly unit: {
    readonly id: string;
    readonly level: 'erstaufnahme' | 'kreis' | 'gemeinde';
    readonly population: number;
    /** Persons housed in the unit's own places. */
    readonly present: number;
    /** Regular places open now. */
    readonly capacity: number;
    /** Regular places ordered but not yet open. */
    readonly pipeline: number;
    readonly notunterkunft: number;
    readonly lage: LageState;
    /**
     * Persons assigned to the unit per day over the last weeks, oldest first, today last (Zuweisungen from the Land
     * for a Kreis, from its Kreis for a Gemeinde): what a forecast of the coming weeks can start from.
     */
    readonly recentZuweisungen: ArrayLike<number>;
    /** Persons who left the unit's own places per day over the same days (passed on to a Gemeinde, moved out, left). */
    readonly recentAbgaenge: ArrayLike<number>;
    /** Open places of the unit by type. */
    readonly placesByType: Readonly<Record<Unterkunftsart, number>>;
  };
  readonly settings: {
    readonly threshold: number;
    readonly type: Exclude<Unterkunftsart, 'notunterkunft'>;
    readonly stepShare: number;
    readonly minPlaces: number;
    readonly contractDays: number;
    readonly openDays: number;
    readonly termDays: number;
    /** Types to order in this order of preference (absent: `type` alone). */
    readonly typeOrder?: readonly Exclude<Unterkunftsart, 'notunterkunft'>[];
    /** Largest share of the unit's places a type may reach through orders (types not named: no limit). */
    readonly typeMaxShare: Readonly<Partial<Record<Unterkunftsart, number>>>;
  };
  readonly params: Readonly<Record<string, number>>;
}

export interface ProcurementOrder {
  readonly type: Unterkunftsart;
  readonly places: number;
  readonly contractDays: number;
  readonly openDays: number;
  readonly termDays: number;
}

export interface ProcurementPolicy {
  readonly id: string;
  readonly label: I18nText;
  readonly description: I18nText;
  /** The parameters it reads from `policies.params`. */
  readonly parameters?: readonly PolicyParameter[];
  decide(input: ProcurementInput): readonly ProcurementOrder[];
}
