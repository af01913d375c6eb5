/** The scenario format: one zod schema, from which the TypeScript types are inferred. Units: days, persons, EUR. */
import { z } from 'zod';
import { isIsoDate } from '../dates.ts';

export const ACCOMMODATION_TYPES = ['eigene', 'gu', 'wohnung', 'hotel', 'notunterkunft'] as const;
export type Unterkunftsart = (typeof ACCOMMODATION_TYPES)[number];
/** Types with regular places, in the default order of use; Notunterkunft is always the overflow. */
export const REGULAR_TYPES = ['eigene', 'gu', 'wohnung', 'hotel'] as const;

const isoDate = z.string().refine(isIsoDate, { message: 'must be a date YYYY-MM-DD' });
const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM');
const nonNeg = z.number().finite().nonnegative();
const positive = z.number().finite().positive();
const share = z.number().finite().min(0).max(1);
const places = z.number().int().nonnegative();
const text = z.object({ de: z.string().min(1), en: z.string().min(1) });

/** A duration distribution in days. */
export const distributionSchema = z.discriminatedUnion('dist', [
  z.object({ dist: z.literal('fixed'), days: nonNeg }).strict(),
  z
    .object({ dist: z.literal('uniform'), min: nonNeg, max: nonNeg })
    .strict()
    .refine((d) => d.min <= d.max, { message: 'min must not exceed max', path: ['min'] }),
  z.object({ dist: z.literal('exponential'), mean: positive }).strict(),
  z.object({ dist: z.literal('gamma'), mean: positive, cv: positive }).strict(),
  z.object({ dist: z.literal('lognormal'), mean: positive, cv: positive }).strict(),
]);
export type Distribution = z.infer<typeof distributionSchema>;

/** A list of values that each hold from their `from` date until the next one; must be sorted. */
function periods<T extends z.ZodRawShape>(shape: T) {
  return z
    .array(z.object({ from: isoDate, ...shape }).strict())
    .min(1, 'needs at least one period')
    .superRefine((list, ctx) => {
      const froms = (list as readonly { from: string }[]).map((p) => p.from);
      for (let i = 1; i < froms.length; i++) {
        const prev = froms[i - 1] as string;
        const cur = froms[i] as string;
        if (cur <= prev) {
          ctx.addIssue({ code: 'custom', path: [i, 'from'], message: `must be later than the previous period (${prev})` });
        }
      }
    });
}

const capacityByType = z
  .object({
    eigene: places.optional(),
    gu: places.optional(),
    wohnung: places.optional(),
    hotel: places.optional(),
    notunterkunft: places.optional(),
  })
  .strict();
export type CapacityByType = z.infer<typeof capacityByType>;

const perThousandByType = z
  .object({
    eigene: nonNeg.optional(),
    gu: nonNeg.optional(),
    wohnung: nonNeg.optional(),
    hotel: nonNeg.optional(),
    notunterkunft: nonNeg.optional(),
  })
  .strict();

const inlineRegion = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    kreise: z
      .array(
        z
          .object({
            ags: z.string().min(1),
            name: z.string().min(1),
            kind: z.enum(['landkreis', 'kreisfreie-stadt']),
            regierungsbezirk: z.string().default(''),
            population: z.number().int().positive(),
            pauschaleStufe: z.enum(['I', 'II', 'III']).default('III'),
          })
          .strict(),
      )
      .min(1),
    gemeinden: z
      .array(
        z
          .object({
            ags: z.string().min(1),
            name: z.string().min(1),
            kreisAgs: z.string().min(1),
            population: z.number().int().positive(),
            lon: z.number().finite(),
            lat: z.number().finite(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict()
  .superRefine((r, ctx) => {
    const kreise = new Set<string>();
    r.kreise.forEach((k, i) => {
      if (kreise.has(k.ags)) ctx.addIssue({ code: 'custom', path: ['kreise', i, 'ags'], message: `duplicate id ${k.ags}` });
      kreise.add(k.ags);
    });
    const seen = new Set<string>();
    r.gemeinden.forEach((g, i) => {
      if (!kreise.has(g.kreisAgs)) {
        ctx.addIssue({ code: 'custom', path: ['gemeinden', i, 'kreisAgs'], message: `no Kreis with id ${g.kreisAgs}` });
      }
      if (seen.has(g.ags) || kreise.has(g.ags)) ctx.addIssue({ code: 'custom', path: ['gemeinden', i, 'ags'], message: `duplicate id ${g.ags}` });
      seen.add(g.ags);
    });
  });
export type InlineRegion = z.infer<typeof inlineRegion>;

/** Persons per day: monthly totals (spread evenly over the month's days), a daily list from the start, or a constant rate. */
const arrivalSeries = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('monthly'), values: z.record(isoMonth, nonNeg) }).strict(),
  z.object({ kind: z.literal('daily'), values: z.array(nonNeg).min(1) }).strict(),
  z.object({ kind: z.literal('rate'), perDay: nonNeg }).strict(),
]);
export type ArrivalSeries = z.infer<typeof arrivalSeries>;

/**
 * Persons taken in by the Kommunen outside the LAG procedure (e.g. from Ukraine in 2022, § 24 AufenthG):
 * they arrive at a Kreis directly, with protection, and may be credited against its Aufnahmequote (FACTS.md §1.3).
 */
const directArrivalsSchema = z
  .object({
    series: arrivalSeries,
    /** Shares by Kreis AGS (normalised); Kreise not named get nothing. Empty: population shares. */
    shares: z.record(z.string(), nonNeg).default({}),
    /** Count these persons in the Kreis's Soll/Ist account (offset against later Zuweisungen). */
    creditQuota: z.boolean().default(true),
  })
  .strict();

const arrivalsSchema = z
  .object({
    series: arrivalSeries,
    /** Arrivals outside the LAG procedure, straight to the Kreise. */
    direct: directArrivalsSchema.optional(),
    /** none: the expected count each day (remainders carried); poisson: a Poisson draw around it. */
    noise: z.enum(['none', 'poisson']).default('none'),
    /** Probabilities of household sizes 1, 2, 3, …; normalised. */
    householdSizes: z.array(nonNeg).min(1).max(12).default([1]),
    /** Share of arrivals that are nationals of a sichere Herkunftsstaat (§ 29a AsylG). */
    safeCountryShare: share.default(0),
  })
  .strict();

const erstaufnahmeSchema = z
  .object({
    sites: z
      .array(
        z
          .object({
            id: z.string().min(1),
            name: z.string().min(1),
            /** AGS of the hosting Gemeinde (8 digits) or Kreis (5 digits) in the region. */
            host: z.string().min(1),
            capacity: periods({ places: places, notunterkunft: places.default(0) }),
          })
          .strict(),
      )
      .min(1, 'needs at least one Erstaufnahme site'),
    /** Target stay in Erstaufnahme before a household becomes available for Zuweisung. */
    dwell: distributionSchema,
    /** Legal maximum stay (§ 47 Abs. 1 AsylG), days; after it the household must be assigned. */
    maxDays: positive,
    /**
     * Legal maximum for families with minor children (§ 47 Abs. 1 AsylG: 6 months), days; households of
     * three or more persons count as such families (Modellannahme). Absent: the same as maxDays.
     */
    maxDaysFamilies: positive.optional(),
    /** Since Asylpaket I (24.10.2015): safe-country nationals stay until the decision (§ 47 Abs. 1a AsylG). */
    holdSafeCountry: z.boolean().default(false),
    /** Share of arrivals forwarded to another Land (EASY, § 46 AsylG) and the days until they leave. */
    forwardingShare: share.default(0),
    forwardingDelay: distributionSchema.default({ dist: 'fixed', days: 3 }),
  })
  .strict();

const procedureSchema = z
  .object({
    /** By arrival date: time from arrival to the BAMF decision (incl. waiting to file) and protection rate. */
    periods: periods({ duration: distributionSchema, protectionRate: share }),
    /** Factor on the duration for nationals of sichere Herkunftsstaaten (accelerated procedures, § 30a AsylG). */
    safeCountryFactor: positive.default(1),
  })
  .strict();

const exitsSchema = z
  .object({
    /** Time from recognition to moving into an own flat (housing-market dependent). */
    afterRecognition: distributionSchema,
    /** Share of rejected persons who leave (Ausreise/Abschiebung); the rest receive a Duldung. */
    departShare: share,
    departDelay: distributionSchema,
    /** Time a geduldete person stays in accommodation before leaving it (departure or regularisation). */
    geduldetStay: distributionSchema,
    /** Per-Kreis factor on afterRecognition (tight housing markets > 1), by AGS. */
    kreisFactor: z.record(z.string(), positive).default({}),
  })
  .strict();

const costSchema = z.object({ perPlaceDay: nonNeg, perPersonDay: nonNeg }).strict();

const accommodationSchema = z
  .object({
    /** Order in which a unit fills its regular places. */
    order: z.array(z.enum(REGULAR_TYPES)).min(1).default(['eigene', 'gu', 'wohnung', 'hotel']),
    /** Initial places per 1,000 inhabitants for Kreis-level and Gemeinde-level units. */
    kreisPerThousand: perThousandByType.default({}),
    gemeindePerThousand: perThousandByType.default({}),
    /** Initial places of named units (Kreis or Gemeinde AGS); replaces the per-1,000 default for that unit. */
    units: z.record(z.string(), capacityByType).default({}),
    /** Cost per contracted place and day (paid whether used or not) and per occupied person-day, EUR. */
    costs: z
      .object({
        eigene: costSchema,
        gu: costSchema,
        wohnung: costSchema,
        hotel: costSchema,
        notunterkunft: costSchema,
      })
      .strict(),
    /**
     * Persons already accommodated at the start: in the Kommunen, per 1,000 inhabitants of the whole region,
     * spread over the Kreise by their Aufnahmequote; and in Erstaufnahme.
     */
    initialPerThousand: nonNeg.default(0),
    initialErstaufnahme: places.default(0),
  })
  .strict();

const situationSchema = z
  .object({
    /** Occupancy (persons / regular places) at which a unit becomes angespannt, überlastet, Notbetrieb. */
    angespannt: positive.default(0.9),
    ueberlastet: positive.default(1.0),
    notbetrieb: positive.default(1.1),
    /** A unit steps down only when occupancy is this far below the threshold. */
    hysteresis: nonNeg.default(0.05),
  })
  .strict()
  .refine((s) => s.angespannt < s.ueberlastet && s.ueberlastet < s.notbetrieb, {
    message: 'thresholds must rise: angespannt < ueberlastet < notbetrieb',
  });

const procurementSchema = z
  .object({
    strategy: z.string().default('reaktiv'),
    /** reaktiv: order when (occupancy incl. orders) passes this share of places. */
    threshold: positive.default(0.9),
    type: z.enum(['eigene', 'gu', 'wohnung', 'hotel']).default('gu'),
    /** Size of one order as a share of current places, at least minPlaces. */
    stepShare: nonNeg.default(0.25),
    minPlaces: places.default(20),
    /** Days from request to contract and from contract to opening. */
    contractDays: nonNeg.default(30),
    openDays: nonNeg.default(60),
    /** Contract term, days (10 years at the 2015/16 peak, FACTS.md §4.2). */
    termDays: positive.default(3650),
    /**
     * Early release of contracts: when a unit's occupancy falls below this share of its places, it gives notice on
     * its oldest contract that has run at least minTermDays (and whose places it can spare); 0 = contracts run their term.
     */
    cancelBelow: share.default(0),
    minTermDays: nonNeg.default(365),
    /** Days from notice to the release of the places. */
    noticeDays: nonNeg.default(90),
    /** Emergency Notunterkunft opened in Notbetrieb: days to open and to close. */
    emergencyOpenDays: nonNeg.default(3),
    emergencyTermDays: positive.default(180),
  })
  .strict();

const moneySchema = z
  .object({
    /** LAG große Pauschale per person and month by tier (FACTS.md §4.1), EUR. */
    pauschale: periods({ I: nonNeg, II: nonNeg, III: nonNeg }),
    /** Months after a negative decision during which the Pauschale is still paid. */
    pauschaleMonthsAfterRejection: nonNeg.default(36),
    /** What a Kreis reimburses a kreisangehörige Gemeinde per person and day (§ 7 Abs. 1 LAG), EUR. */
    gemeindeReimbursementPerPersonDay: nonNeg.default(0),
  })
  .strict();

const policiesSchema = z
  .object({
    land: z.string().min(1).default('quote'),
    kreis: z.string().min(1).default('einwohner'),
    /** Kreis → Gemeinde policy of individual Kreise (AGS → policy id), overriding `kreis` for them. */
    kreisByKreis: z.record(z.string(), z.string().min(1)).default({}),
    /** Aufnahmequoten by Kreis AGS (shares; normalised). Missing Kreise get their population share. */
    quota: z.record(z.string(), nonNeg).default({}),
    /**
     * Soll/Ist over a rolling window: only Zuweisungen (and credited direct arrivals) of the last N days count.
     * Absent: the account runs from the start of the run.
     */
    quotaWindowDays: z.number().int().positive().optional(),
    /** Days of the week (1 = Monday) on which Zuweisungen happen. */
    weekdays: z.array(z.number().int().min(1).max(7)).min(1).default([1, 2, 3, 4, 5]),
    /** Free parameters for policies, by name. */
    params: z.record(z.string(), z.number().finite()).default({}),
  })
  .strict();

export const parametersShape = {
  arrivals: arrivalsSchema,
  erstaufnahme: erstaufnahmeSchema,
  procedure: procedureSchema,
  exits: exitsSchema,
  accommodation: accommodationSchema,
  situation: situationSchema.default({ angespannt: 0.9, ueberlastet: 1, notbetrieb: 1.1, hysteresis: 0.05 }),
  procurement: procurementSchema.default({
    strategy: 'reaktiv',
    threshold: 0.9,
    type: 'gu',
    stepShare: 0.25,
    minPlaces: 20,
    contractDays: 30,
    openDays: 60,
    termDays: 3650,
    cancelBelow: 0,
    minTermDays: 365,
    noticeDays: 90,
    emergencyOpenDays: 3,
    emergencyTermDays: 180,
  }),
  money: moneySchema,
  policies: policiesSchema.default({ land: 'quote', kreis: 'einwohner', kreisByKreis: {}, quota: {}, weekdays: [1, 2, 3, 4, 5], params: {} }),
};
export const parametersSchema = z.object(parametersShape).strict();
export type Parameters = z.infer<typeof parametersSchema>;

const eventSchema = z
  .object({
    date: isoDate,
    label: text,
    /** Where the change comes from (FACTS.md § or a document). */
    source: z.string().optional(),
    /** Parameter changes: dotted path into the parameters (e.g. "erstaufnahme.maxDays") → new value. */
    set: z.record(z.string(), z.unknown()).optional(),
    /** Capacity changes: a unit (Kreis/Gemeinde AGS or Erstaufnahme site id) gains (+) or loses (−) places. */
    capacity: z
      .array(z.object({ unit: z.string().min(1), type: z.enum(ACCOMMODATION_TYPES), delta: z.number().int() }).strict())
      .optional(),
  })
  .strict();
export type ScenarioEvent = z.infer<typeof eventSchema>;

export const scenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens'),
    name: text,
    description: text.optional(),
    period: z
      .object({ start: isoDate, end: isoDate })
      .strict()
      .refine((p) => p.start <= p.end, { message: 'start must not be after end', path: ['end'] }),
    seed: z.number().int().nonnegative().default(1),
    region: z.union([z.string().min(1), inlineRegion]),
    /** Where each default comes from: parameter path → source (FACTS.md § or data file). */
    sources: z.record(z.string(), z.string()).default({}),
    events: z.array(eventSchema).default([]),
    ...parametersShape,
  })
  .strict();

/** A scenario as written in a file (defaults optional). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A validated scenario with all defaults filled in. */
export type Scenario = z.infer<typeof scenarioSchema>;
