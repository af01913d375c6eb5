/**
 * The limits of a scenario, each with its reason: the bounds of the fields (from the domain, declared on the schema)
 * and what one run can hold (from the engine's memory and number types, checked by the loader).
 */

// ---- time --------------------------------------------------------------------------------------------

/** Longest period of a run and longest duration of anything in it: 30 years (of 365.25 days, rounded up). */
export const MAX_YEARS = 30;
export const MAX_DAYS = Math.ceil(MAX_YEARS * 365.25);
/** Months in 30 years: how long the Pauschale may still be paid after a rejection. */
export const MAX_MONTHS = MAX_YEARS * 12;
/**
 * Months a monthly arrival series may name: a century. Months outside the period are allowed (one series serves
 * several scenarios), but the loader sums them per event, so their number is bounded.
 */
export const MAX_SERIES_MONTHS = 1_200;
/** Shortest mean of a duration distribution, days: the engine counts whole days, a smaller mean is zero to it. */
export const MIN_MEAN_DAYS = 0.01;
/** Coefficient of variation of a duration (sd ÷ mean): below 0.01 it is a fixed duration, above 10 no real waiting time. */
export const MIN_CV = 0.01;
export const MAX_CV = 10;

// ---- persons and places ------------------------------------------------------------------------------

/**
 * Persons arriving per day: five times Germany's busiest days. In November 2015, the peak, about 206,000 were
 * registered in Germany in the month, about 7,000 a day, on single days 10,000–15,000 (nd-easy-2015).
 */
export const MAX_PERSONS_PER_DAY = 50_000;
/** Persons arriving per month: a month of the busiest days. */
export const MAX_PERSONS_PER_MONTH = MAX_PERSONS_PER_DAY * 31;
/**
 * Inhabitants of one Kreis or Gemeinde: above every German Land but Nordrhein-Westfalen; Hessen's largest Kreis,
 * Frankfurt, has about 760,000 (destatis-gvisys-2019).
 */
export const MAX_POPULATION = 20_000_000;
/**
 * Places of one unit and type: 25 times Hessen's whole Erstaufnahme at its 2015 peak of 40,000 places
 * (hessenschau-schliessungen).
 */
export const MAX_PLACES = 1_000_000;
/** The smallest order of places (`procurement.minPlaces`): a very large Gemeinschaftsunterkunft or emergency camp (modellannahme). */
export const MAX_MIN_ORDER = 10_000;
/** Places or persons per 1,000 inhabitants: at most one for each inhabitant. */
export const MAX_PER_THOUSAND = 1_000;
/** Largest household: sizes are stored in 8 bits, the model needs a dozen (modellannahme). */
export const MAX_HOUSEHOLD_SIZE = 12;
/**
 * Weights that are normalised (quotas, shares of direct admissions, household sizes) may be written as shares,
 * percentages or counts such as inhabitants, so the largest is the largest population.
 */
export const MAX_WEIGHT = MAX_POPULATION;

// ---- ratios --------------------------------------------------------------------------------------------

/**
 * Occupancy thresholds (persons ÷ regular places) of the Lage and of procurement: from 10 % — a unit is not strained
 * when nine places in ten are free, and ordering then would order ten times its persons — to five persons per place,
 * beyond any Notbetrieb (modellannahme). The Lage counts a unit with persons but no places as 9.99.
 */
export const MIN_OCCUPANCY = 0.1;
export const MAX_OCCUPANCY = 5;
/** Factors on durations (per Kreis, for safe countries): a hundredth to ten times the duration (modellannahme). */
export const MIN_FACTOR = 0.01;
export const MAX_FACTOR = 10;
/** Size of an order as a share of the open places: at most as many again (modellannahme). */
export const MAX_STEP_SHARE = 1;

// ---- money ---------------------------------------------------------------------------------------------

/**
 * Costs and reimbursements per place or person and day, EUR: over a hundred times the full cost of a place, about
 * 75 € a day (finanznachrichten-spitzenverbaende-2022).
 */
export const MAX_EUR_PER_DAY = 10_000;
/** The Pauschale per person and month, EUR: about 600–1,300 € in Hessen (hlt-drs-19-3266). */
export const MAX_EUR_PER_MONTH = 100_000;
/** Free parameters of policies: no count of persons, days or euros of a run needs more (modellannahme). */
export const MAX_POLICY_PARAM = 1_000_000_000;

// ---- geography -----------------------------------------------------------------------------------------

/** Kreise of a region: Germany has about 400. */
export const MAX_KREISE = 1_000;
/** Erstaufnahme sites: Hessen had a few dozen at the 2015 peak (lokalo24-nordhessen-2016: 19 in mid-2016). */
export const MAX_SITES = 1_000;

// ---- texts and lists -----------------------------------------------------------------------------------

/** Identifiers (AGS, site, policy and region ids): an AGS has 8 digits. */
export const MAX_ID_LENGTH = 64;
/** Names and labels, also each language of a `{ de, en }` name. */
export const MAX_NAME_LENGTH = 200;
/** Citation texts and descriptions. */
export const MAX_TEXT_LENGTH = 2_000;
/** Dotted paths into the scenario (`set`, `sources`). */
export const MAX_PATH_LENGTH = 200;
/** Entries of a list that is not bounded by the region or the days: capacity changes of one event, periods. */
export const MAX_LIST_ENTRIES = 10_000;
/** Keys a scenario may not use anywhere: through them a lookup or assignment reaches what every object inherits. */
export const PROTOTYPE_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** Largest seed: the random generator takes the seed as an unsigned 32-bit integer, so a larger one would repeat a smaller one. */
export const MAX_SEED = 4_294_967_295;

// ---- a run ---------------------------------------------------------------------------------------------

/**
 * What one run can hold, checked by the loader before it starts (beyond them a run would exhaust the memory of the
 * page or the process, or overflow the engine's integer arrays, instead of failing with a message).
 */
export const RUN_LIMITS = {
  /**
   * Persons entering a run: arrivals over the whole period plus the initial stock. Households are stored one by one
   * and numbered in 24 bits (the household agenda), so there may be fewer than 16,777,216; counts are 32-bit.
   */
  persons: 10_000_000,
  /** Days × units: every daily series holds one value per unit and day (Hessen for 30 years is about 4.9 million). */
  unitDays: 5_000_000,
  /** Units of the run (Land, sites, Kreise, Gemeinden): a household's unit is stored in 16 bits. */
  units: 32_767,
  /** Inhabitants of one Kreis or Gemeinde (the bound of the field). */
  population: MAX_POPULATION,
  /**
   * Places a scenario opens: at the start, by the Erstaufnahme timelines and by the events' capacity changes, all
   * units together. Places are counted in 32 bits (at most 2,147,483,647 for the Land); procurement may add, at most,
   * twice the persons ÷ the lowest threshold in regular and in emergency places plus an order of `minPlaces` per unit
   * of each, about a billion more.
   */
  places: 100_000_000,
  /** Events: each holds its own copy of the parameters in force after it (the built-in scenarios have at most 23). */
  events: 1_000,
} as const;

/** The largest number a 32-bit count holds. */
export const INT32_MAX = 2_147_483_647;
