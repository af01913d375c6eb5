/**
 * The scenario format: one zod schema, from which the TypeScript types are inferred, carrying the catalogue of its
 * fields (label, unit, source, start-only, open records) as registry metadata. Units: days, persons, EUR.
 */
import { z } from 'zod';
import { daysBetween, isIsoDate } from '../dates.ts';
import * as L from './limits.ts';
import { field, kind, type Text } from './meta.ts';

export const ACCOMMODATION_TYPES = ['eigene', 'gu', 'wohnung', 'hotel', 'notunterkunft'] as const;
export type Unterkunftsart = (typeof ACCOMMODATION_TYPES)[number];
/** Types with regular places, in the default order of use; Notunterkunft is always the overflow. */
export const REGULAR_TYPES = ['eigene', 'gu', 'wohnung', 'hotel'] as const;

/** Names of the types of accommodation. */
export const ACCOMMODATION_TYPE_LABELS: Readonly<Record<Unterkunftsart, Text>> = {
  eigene: { de: 'eigene Liegenschaften', en: 'own properties' },
  gu: { de: 'Gemeinschaftsunterkünfte (GU)', en: 'shared accommodation (GU)' },
  wohnung: { de: 'Wohnungen', en: 'flats' },
  hotel: { de: 'Hotels/Pensionen', en: 'hotels/guesthouses' },
  notunterkunft: { de: 'Notunterkunft', en: 'emergency shelter' },
};

/** The schema's own messages in German and English, by their English: a check such as `.min(1, …)` carries a string only. */
const OWN_TEXTS = new Map<string, Text>();

/** A fixed message of the schema: zod carries the English, schemaText finds the German by it. */
function say(text: Text): string {
  OWN_TEXTS.set(text.en, text);
  return text.en;
}

/** A message whose words depend on the input: both languages ride along in the issue's params. */
const sayParams = (text: Text) => ({ message: text.en, params: { text } });

/** The schema's own message of an issue in German and English, or undefined for zod's built-in messages. */
export function schemaText(issue: z.core.$ZodIssue): Text | undefined {
  const carried = issue.code === 'custom' ? (issue.params as { text?: Text } | undefined)?.text : undefined;
  return carried ?? OWN_TEXTS.get(issue.message);
}

/** One field per type of accommodation. */
function byType<T extends z.ZodType>(make: (t: Unterkunftsart) => T): { [K in Unterkunftsart]: T } {
  return Object.fromEntries(ACCOMMODATION_TYPES.map((t) => [t, make(t)])) as { [K in Unterkunftsart]: T };
}

const isoDate = kind(z.string().max(10).refine(isIsoDate, { message: say({ de: 'muss ein Datum JJJJ-MM-TT sein', en: 'must be a date YYYY-MM-DD' }) }), { type: 'date' });
const isoMonth = kind(z.string().max(7).regex(/^\d{4}-(0[1-9]|1[0-2])$/, say({ de: 'muss ein Monat JJJJ-MM sein', en: 'must be a month YYYY-MM' })), { type: 'month `YYYY-MM`' });
// Building blocks of numbers, each bounded by the domain (the reasons are in limits.ts). zod's numbers are finite.
/** A number from min to max, both included. */
const range = (min: number, max: number) => z.number().min(min).max(max);
const share = range(0, 1);
/** A weight that is normalised: a share, a percentage or a count. */
const weight = range(0, L.MAX_WEIGHT);
const places = z.number().int().min(0).max(L.MAX_PLACES);
/** Days of a duration that may be zero (lead times, fixed and uniform durations). */
const durationDays = range(0, L.MAX_DAYS);
/** Days of a legal maximum or a term: at least one day. */
const termDays = range(1, L.MAX_DAYS);
const meanDays = range(L.MIN_MEAN_DAYS, L.MAX_DAYS);
const cv = range(L.MIN_CV, L.MAX_CV);
const occupancy = range(L.MIN_OCCUPANCY, L.MAX_OCCUPANCY);
const factor = range(L.MIN_FACTOR, L.MAX_FACTOR);
const personsPerDay = range(0, L.MAX_PERSONS_PER_DAY);
const personsPerMonth = range(0, L.MAX_PERSONS_PER_MONTH);
const perThousand = range(0, L.MAX_PER_THOUSAND);
const eurPerDay = range(0, L.MAX_EUR_PER_DAY);
const eurPerMonth = range(0, L.MAX_EUR_PER_MONTH);
const population = z.number().int().min(1).max(L.MAX_POPULATION);

const id = z.string().min(1).max(L.MAX_ID_LENGTH);
const name = z.string().min(1).max(L.MAX_NAME_LENGTH);
const citation = z.string().max(L.MAX_TEXT_LENGTH);
/** A key of a record (an AGS, a name): not one of the names every object inherits through. */
const key = z
  .string()
  .min(1)
  .max(L.MAX_ID_LENGTH)
  .refine((k) => !L.PROTOTYPE_KEYS.includes(k), {
    message: say({ de: 'darf nicht __proto__, constructor oder prototype sein', en: 'must not be __proto__, constructor or prototype' }),
  });
/** A dotted path into the parameters as `set` names it; a step that every object inherits is refused when the event is applied. */
const dottedPath = z.string().min(1).max(L.MAX_PATH_LENGTH);
/** A path as `sources` names it: no step may be a name every object inherits through. */
const sourcePath = dottedPath.refine((p) => !p.split('.').some((k) => L.PROTOTYPE_KEYS.includes(k)), {
  message: say({ de: 'darf weder __proto__ noch constructor noch prototype nennen', en: 'must not name __proto__, constructor or prototype' }),
});
/** A record of at most `max` entries. */
const record = <V extends z.ZodType>(keys: z.ZodType<string>, value: V, max: number) =>
  z.record(keys, value).refine((r) => Object.keys(r).length <= max, {
    message: say({ de: `höchstens ${max.toLocaleString('de-DE')} Einträge`, en: `at most ${max.toLocaleString('en-GB')} entries` }),
  });
const textOf = (max: number) =>
  kind(z.object({ de: z.string().min(1).max(max), en: z.string().min(1).max(max) }).strict(), {
    type: `text \`{ "de", "en" }\`, each ≤ ${max.toLocaleString('en-GB')} characters`,
    atomic: true,
  });
const text = textOf(L.MAX_NAME_LENGTH);
const longText = textOf(L.MAX_TEXT_LENGTH);

const days = (s: z.ZodNumber) => field(s, { unit: 'days' });

/** A duration distribution in days. */
export const distributionSchema = kind(
  z.discriminatedUnion('dist', [
    z.object({ dist: z.literal('fixed'), days: days(durationDays) }).strict(),
    z
      .object({ dist: z.literal('uniform'), min: days(durationDays), max: days(durationDays) })
      .strict()
      .refine((d) => d.min <= d.max, { message: say({ de: 'das Minimum darf nicht über dem Maximum liegen', en: 'min must not exceed max' }), path: ['min'] }),
    z.object({ dist: z.literal('exponential'), mean: days(meanDays) }).strict(),
    // cv: standard deviation ÷ mean, without a unit.
    z.object({ dist: z.literal('gamma'), mean: days(meanDays), cv }).strict(),
    z.object({ dist: z.literal('lognormal'), mean: days(meanDays), cv }).strict(),
  ]),
  { type: 'dist', unit: 'days', atomic: true },
);
export type Distribution = z.infer<typeof distributionSchema>;

/** A list of values that each hold from their `from` date until the next one; must be sorted. */
function periods<T extends z.ZodRawShape>(shape: T) {
  return z
    .array(z.object({ from: field(isoDate, { description: 'First day of the period.' }), ...shape }).strict())
    .min(1, say({ de: 'braucht mindestens einen Zeitraum', en: 'needs at least one period' }))
    .max(L.MAX_LIST_ENTRIES)
    .superRefine((list, ctx) => {
      const froms = (list as readonly { from: string }[]).map((p) => p.from);
      for (let i = 1; i < froms.length; i++) {
        const prev = froms[i - 1] as string;
        const cur = froms[i] as string;
        if (cur <= prev) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'from'],
            ...sayParams({ de: `muss nach dem vorigen Zeitraum (${prev}) liegen`, en: `must be later than the previous period (${prev})` }),
          });
        }
      }
    });
}

const capacityByType = z
  .object(byType(() => field(places, { description: 'Places of this type.', unit: 'places' }).optional()))
  .strict();
export type CapacityByType = z.infer<typeof capacityByType>;

const perThousandByType = () =>
  z.object(byType(() => field(perThousand, { description: 'Initial places of this type per 1,000 inhabitants.', unit: 'placesPerThousand' }).optional())).strict();

const kreisRecord = z
  .object({
    ags: field(id, { description: 'Identifier of the Kreis, unique (real AGS have 5 digits).' }),
    name: field(name, { description: 'Name of the Kreis.' }),
    kind: field(z.enum(['landkreis', 'kreisfreie-stadt']), { description: 'Landkreis or kreisfreie Stadt.' }),
    regierungsbezirk: field(z.string().max(L.MAX_NAME_LENGTH).default(''), { description: 'Regierungsbezirk; informational.' }),
    population: field(population, { description: 'Einwohner.', unit: 'persons' }),
    pauschaleStufe: field(z.enum(['I', 'II', 'III']).default('III'), {
      description: 'Tier of the Pauschale the Kreis receives.',
      source: 'hlt-drs-19-3266: I Rhein-Main-Großstädte, II Kassel und die Landkreise des RB Darmstadt, III die Landkreise der RB Gießen und Kassel',
    }),
  })
  .strict();

const gemeindeRecord = z
  .object({
    ags: field(id, { description: 'Identifier of the Gemeinde, unique, not a Kreis identifier (real AGS have 8 digits).' }),
    name: field(name, { description: 'Name of the Gemeinde.' }),
    kreisAgs: field(id, { description: 'Its Kreis; must exist.' }),
    population: field(population, { description: 'Einwohner.', unit: 'persons' }),
    lon: field(range(-180, 180), { description: 'Longitude of the centre, degrees WGS84.' }),
    lat: field(range(-90, 90), { description: 'Latitude of the centre, degrees WGS84.' }),
  })
  .strict();

const inlineRegion = z
  .object({
    id: field(id, { description: 'Identifier of the region.' }),
    name: field(name, { description: 'Name of the region (the Land unit in results).' }),
    kreise: field(z.array(kreisRecord).min(1).max(L.MAX_KREISE), { description: 'The Kreise.' }),
    gemeinden: field(z.array(gemeindeRecord).max(L.RUN_LIMITS.units).default([]), { description: 'The Gemeinden of the Kreise.' }),
  })
  .strict()
  .superRefine((r, ctx) => {
    const kreise = new Set<string>();
    r.kreise.forEach((k, i) => {
      if (kreise.has(k.ags)) ctx.addIssue({ code: 'custom', path: ['kreise', i, 'ags'], ...sayParams({ de: `Kennung ${k.ags} doppelt vergeben`, en: `duplicate id ${k.ags}` }) });
      kreise.add(k.ags);
    });
    const seen = new Set<string>();
    r.gemeinden.forEach((g, i) => {
      if (!kreise.has(g.kreisAgs)) {
        ctx.addIssue({ code: 'custom', path: ['gemeinden', i, 'kreisAgs'], ...sayParams({ de: `kein Kreis mit der Kennung ${g.kreisAgs}`, en: `no Kreis with id ${g.kreisAgs}` }) });
      }
      if (seen.has(g.ags) || kreise.has(g.ags)) {
        ctx.addIssue({ code: 'custom', path: ['gemeinden', i, 'ags'], ...sayParams({ de: `Kennung ${g.ags} doppelt vergeben`, en: `duplicate id ${g.ags}` }) });
      }
      seen.add(g.ags);
    });
  });
export type InlineRegion = z.infer<typeof inlineRegion>;

/**
 * Persons per day: monthly totals (spread evenly over the month's days), a daily list from the start, or a constant
 * rate. Events may add months to the series of the LAG arrivals (`openMonths`).
 */
function arrivalSeries(openMonths: boolean) {
  return z.discriminatedUnion('kind', [
    field(
      z
        .object({
          kind: z.literal('monthly'),
          values: field(record(isoMonth, personsPerMonth, L.MAX_SERIES_MONTHS), {
            description: 'Persons per calendar month, spread evenly over its days.',
            keys: 'month `YYYY-MM`',
            ...(openMonths ? { openRecord: true as const } : {}),
          }),
        })
        .strict(),
      { unit: 'personsPerMonth' },
    ),
    field(
      z
        .object({ kind: z.literal('daily'), values: field(z.array(personsPerDay).min(1).max(L.MAX_DAYS), { description: 'Persons per day from `period.start` on.' }) })
        .strict(),
      { unit: 'personsPerDay' },
    ),
    field(z.object({ kind: z.literal('rate'), perDay: field(personsPerDay, { description: 'The same number every day.' }) }).strict(), { unit: 'personsPerDay' }),
  ]);
}
export type ArrivalSeries = z.infer<ReturnType<typeof arrivalSeries>>;

/**
 * Persons taken in by the Kommunen outside the LAG procedure (e.g. from Ukraine in 2022, § 24 AufenthG):
 * they arrive at a Kreis directly, with protection, and may be credited against its Aufnahmequote [hessenschau-verteilung-2023].
 */
const directArrivalsSchema = z
  .object({
    series: field(arrivalSeries(false), {
      label: { de: 'Direkt aufgenommene Personen', en: 'Persons admitted directly' },
      description: 'Persons admitted directly, as `arrivals.series`.',
      source:
        'aufenthg: § 24, Ukraine 2022; hmdis-landesunterkuenfte-2022: rund 65.000 Ukrainer in Hessen (Juni 2022); hsgb-fluechtlingsaufnahme-2023: rund 9.900 Ukrainer Januar bis April 2023',
    }),
    /** Shares by Kreis AGS (normalised); Kreise not named get nothing. Empty: population shares. */
    shares: field(record(key, weight, L.MAX_KREISE).default({}), {
      label: { de: 'Verteilung der direkt Aufgenommenen auf die Kreise', en: 'Direct admissions by Kreis' },
      description: 'Weights of the Kreise (normalised); Kreise not named get nobody; empty: population shares.',
      unit: 'share',
      keys: 'Kreis AGS',
      source: 'modellannahme: vor allem in die Städte; faz-verteilung-2023: Frankfurt nahm ab März 2022 Tausende Ukrainer auf',
    }),
    /**
     * Share of the persons admitted directly who need a place of the Kommune; the others find private housing (friends,
     * relatives, offered rooms) within `privateDays` and leave the Kommune's places. Default 1: everyone is housed.
     */
    housedShare: field(share.default(1), {
      label: { de: 'Anteil mit Bedarf an kommunaler Unterkunft', en: 'Share needing municipal accommodation' },
      description: 'Share of direct admissions housed by the Kommune; the rest leave for private housing within `privateDays`.',
      unit: 'share',
      source: 'modellannahme: die meisten fanden privat Unterkunft; fr-ukrainer-2022: Frankfurt rund 2.500 von 8.100 in städtischen Unterkünften, Fulda fast alle in Wohnungen',
    }),
    privateDays: field(distributionSchema.default({ dist: 'fixed', days: 1 }), {
      label: { de: 'Bis zur privaten Unterkunft', en: 'Until private housing' },
      description: 'Days until those not housed by the Kommune leave its places (≥ 1).',
      source: 'modellannahme: Anmeldung bei der Kommune, Unterkunft privat',
    }),
    /** Time until those housed by the Kommune move into a flat of their own; absent: `exits.afterRecognition`. */
    moveOut: field(distributionSchema.optional(), {
      label: { de: 'Von der Aufnahme bis zur eigenen Wohnung', en: 'From admission to an own flat' },
      description: 'Admission to own flat of those housed (× `exits.kreisFactor`); absent: `exits.afterRecognition`.',
      source: 'modellannahme',
    }),
    /** Count these persons in the Kreis's Soll/Ist account (offset against later Zuweisungen). */
    creditQuota: field(z.boolean().default(true), {
      label: { de: 'Auf die Aufnahmequote angerechnet', en: 'Credited against the quota' },
      description: "Count these persons in the Kreis's Ist.",
      source:
        'hessenschau-verteilung-2023: Anrechnung auf die Quote, Frankfurt und Offenbach 2023 zeitweise ohne Zuweisungen; faz-verteilung-2023: Frankfurt ohne Zuweisungen des Landes',
    }),
  })
  .strict();

const arrivalsSchema = z
  .object({
    series: field(arrivalSeries(true), {
      label: { de: 'Zugänge von Asylsuchenden', en: 'Arrivals of asylum seekers' },
      description: 'Persons arriving in the Erstaufnahme, by `kind`.',
      source:
        'hessen-zugaenge-2006-2015: Zugänge in Hessen je Jahr; welt-ausgereist-2016: Zugänge je Monat 2015/16; nd-easy-2015: EASY-Registrierungen in Deutschland; niedersachsen-ks-2015: × Königsteiner Schlüssel; bamf-asylgeschaeftsstatistik: Form der Zugänge im Jahr',
    }),
    /** Arrivals outside the LAG procedure, straight to the Kreise. */
    direct: field(directArrivalsSchema.optional(), {
      label: { de: 'Direkte Aufnahme durch die Kommunen', en: 'Direct admission by the Kommunen' },
      description: 'Arrivals outside the LAG procedure, straight to the Kreise.',
    }),
    /** none: the expected count each day (remainders carried); poisson: a Poisson draw around it. */
    noise: field(z.enum(['none', 'poisson']).default('none'), {
      label: { de: 'Zufall bei den Zugängen', en: 'Randomness of arrivals' },
      description: 'Daily numbers exact (remainder carried) or drawn (Poisson).',
      source: 'modellannahme',
    }),
    /** Probabilities of household sizes 1, 2, 3, …; normalised. */
    householdSizes: field(z.array(weight).min(1).max(L.MAX_HOUSEHOLD_SIZE).default([1]), {
      label: { de: 'Haushaltsgrößen', en: 'Household sizes' },
      description: 'Weights of household sizes 1, 2, 3, … (normalised).',
      unit: 'share',
      source: 'modellannahme: keine Haushaltsstatistik gefunden',
    }),
    /** Share of arrivals that are nationals of a sichere Herkunftsstaat (§ 29a AsylG). */
    safeCountryShare: field(share.default(0), {
      label: { de: 'Anteil aus sicheren Herkunftsstaaten (§ 29a AsylG)', en: 'Share from safe countries of origin (§ 29a AsylG)' },
      description: 'Share of households from sichere Herkunftsstaaten.',
      unit: 'share',
      source: 'modellannahme: Anteil an den Zugängen; asylg: § 29a und § 47 Abs. 1a (sichere Herkunftsstaaten)',
    }),
  })
  .strict();

const siteSchema = z
  .object({
    id: field(id, { description: 'Identifier of the site: unique, not an AGS.' }),
    name: field(name, { description: 'Name of the site.' }),
    /** AGS of the hosting Gemeinde (8 digits) or Kreis (5 digits) in the region. */
    host: field(id, { description: 'AGS of the hosting Gemeinde or Kreis.' }),
    capacity: field(
      periods({
        places: field(places, { description: 'Regular places.', unit: 'places',
          source: 'hessenschau-schliessungen: 4.000 → 40.000 Plätze 2015; lokalo24-nordhessen-2016: 19 Standorte mit 20.000 Plätzen Mitte 2016; tonline-kapazitaeten-2019: 6.380 Plätze 2019',
        }),
        notunterkunft: field(places.default(0), { description: 'Notunterkunft places.', unit: 'places',
          source: 'faz-zelte-giessen-2014: Zelte in Gießen 2014; op-online-erstaufnahme-2015: Zeltstädte und Hallen 2015',
        }),
      }),
      { description: 'Places over time.', type: 'periods' },
    ),
  })
  .strict();

const erstaufnahmeSchema = z
  .object({
    sites: field(z.array(siteSchema).min(1, say({ de: 'braucht mindestens eine Erstaufnahmeeinrichtung', en: 'needs at least one Erstaufnahme site' })).max(L.MAX_SITES), {
      label: { de: 'Standorte und Plätze', en: 'Sites and places' },
      description: 'The Erstaufnahme sites.',
      unit: 'places',
      startOnly: true,
    }),
    /** Target stay in Erstaufnahme before a household becomes available for Zuweisung. */
    dwell: field(distributionSchema, {
      label: { de: 'Verweildauer bis zur Zuweisung', en: 'Stay until Zuweisung' },
      description: 'Target stay before Zuweisung.',
      source:
        'epd-heae-aussenstelle-2015: 4–6 Wochen (2015); epd-verweildauer-2016: ≈ 8 Wochen (2016); hessenschau-erstaufnahme-2020: 3–4 Monate (2020); rtl-erstaufnahme-2023: 3–4 Monate (2023)',
    }),
    /** Legal maximum stay (§ 47 Abs. 1 AsylG), days; after it the household must be assigned. */
    maxDays: field(termDays, {
      label: { de: 'Höchstdauer in der Erstaufnahme (§ 47 AsylG)', en: 'Maximum stay in Erstaufnahme (§ 47 AsylG)' },
      description: 'Legal maximum stay.',
      unit: 'days',
      source: 'asylg: § 47 Abs. 1, höchstens 18 Monate; unserac-asylpaket-1: 3 → 6 Monate ab 24.10.2015; fr-hessen-erstaufnahme-2021: 6 → 18 Monate',
    }),
    /**
     * Legal maximum for families with minor children (§ 47 Abs. 1 AsylG: 6 months), days; households of
     * three or more persons count as such families (Modellannahme). Absent: the same as maxDays.
     */
    maxDaysFamilies: field(termDays.optional(), {
      label: { de: 'Höchstdauer für Familien mit Kindern', en: 'Maximum stay for families with children' },
      description: 'Legal maximum for households of ≥ 3 persons (families, Modellannahme); absent: `maxDays`.',
      unit: 'days',
      source:
        'asylg: § 47 Abs. 1, Familien mit minderjährigen Kindern höchstens 6 Monate; esf-netwin-wohnverpflichtung: 18 Monate, Familien 6; modellannahme: Haushalte ab 3 Personen gelten als Familien',
    }),
    /** Since Asylpaket I (24.10.2015): safe-country nationals stay until the decision (§ 47 Abs. 1a AsylG). */
    holdSafeCountry: field(z.boolean().default(false), {
      label: {
        de: 'Sichere Herkunftsstaaten bleiben bis zur Entscheidung (§ 47 Abs. 1a AsylG)',
        en: 'Safe-country nationals stay until the decision (§ 47 (1a) AsylG)',
      },
      description: 'Safe-country households stay until the decision.',
      source: 'unserac-asylpaket-1: ab 24.10.2015; asylg: § 47 Abs. 1a',
    }),
    /** Share of arrivals forwarded to another Land (EASY, § 46 AsylG) and the days until they leave. */
    forwardingShare: field(share.default(0), {
      label: { de: 'In andere Länder weitergeleitet (EASY)', en: 'Forwarded to other Länder (EASY)' },
      description: 'Share of households forwarded to another Land.',
      unit: 'share',
      source: 'hessen-zugaenge-2006-2015: 2015 rund 110.000 gekommen, rund 75.000 geblieben',
    }),
    forwardingDelay: field(distributionSchema.default({ dist: 'fixed', days: 3 }), {
      label: { de: 'Zeit bis zur Weiterleitung', en: 'Time until forwarding' },
      description: 'Until forwarded households leave.',
      source: 'modellannahme: Weiterleitung nach EASY binnen Tagen',
    }),
  })
  .strict();

const procedureSchema = z
  .object({
    /** By arrival date: time from arrival to the BAMF decision (incl. waiting to file) and protection rate. */
    periods: field(
      periods({
        duration: field(distributionSchema, {
          description: 'Arrival to BAMF decision (≥ 1).',
          source: 'bt-drs-18-13472: 7,1 + ≈ 6 Monate (2016); bt-drs-19-1631: 10,7 + 4,2 Monate (2017)',
        }),
        protectionRate: field(share, {
          description: 'Share of households granted protection.',
          unit: 'share',
          source: 'bt-drs-18-8450: ≈ 50 % (2015); unbelegt: ≈ 62 % (2016); biaj-asyl-2017: 43 % (2017); biaj-asyl-2018: ≈ 35 % (2018)',
        }),
      }),
      {
        label: { de: 'Asylverfahren nach Ankunftsdatum', en: 'Asylum procedure by arrival date' },
        description: 'Procedure by arrival date.',
        type: 'periods',
      },
    ),
    /** Factor on the duration for nationals of sichere Herkunftsstaaten (accelerated procedures, § 30a AsylG). */
    safeCountryFactor: field(factor.default(1), {
      label: { de: 'Faktor auf die Dauer (sichere Herkunftsstaaten)', en: 'Factor on the duration (safe countries)' },
      description: 'On the procedure duration of safe-country households.',
      unit: 'factor',
      source: 'modellannahme: Faktor; asylg: § 30a (beschleunigte Verfahren)',
    }),
  })
  .strict();

const exitsSchema = z
  .object({
    /** Time from recognition to moving into an own flat (housing-market dependent). */
    afterRecognition: field(distributionSchema, {
      label: { de: 'Von der Anerkennung bis zur eigenen Wohnung', en: 'From recognition to an own flat' },
      description: 'Recognition to own flat.',
      source: 'modellannahme; taz-fehlbeleger-2017: keine hessischen Zahlen zu Fehlbelegern',
    }),
    /** Share of rejected persons who leave (Ausreise/Abschiebung); the rest receive a Duldung. */
    departShare: field(share, {
      label: { de: 'Anteil der Abgelehnten, die ausreisen', en: 'Share of rejected persons who leave' },
      description: 'Share of rejected households who leave.',
      unit: 'share',
      source: 'modellannahme; welt-ausgereist-2016: 2015 in Hessen 2.658 Abschiebungen, 6.666 freiwillige Ausreisen',
    }),
    departDelay: field(distributionSchema, {
      label: { de: 'Zeit bis zur Ausreise', en: 'Time until departure' },
      description: 'Rejection to departure or Duldung (≥ 1).',
      source: 'modellannahme',
    }),
    /** Time a geduldete person stays in accommodation before leaving it (departure or regularisation). */
    geduldetStay: field(distributionSchema, {
      label: { de: 'Verbleib Geduldeter in der Unterkunft', en: 'Stay of tolerated persons (Duldung)' },
      description: 'Duldung to leaving (≥ 1).',
      source: 'modellannahme',
    }),
    /** Per-Kreis factor on afterRecognition (tight housing markets > 1), by AGS. */
    kreisFactor: field(record(key, factor, L.MAX_KREISE).default({}), {
      label: { de: 'Faktor auf den Auszug je Kreis', en: 'Factor on moving out by Kreis' },
      description: 'Factor on `afterRecognition`; Kreise not named: 1.',
      unit: 'factor',
      keys: 'Kreis AGS',
      openRecord: true,
      source:
        'modellannahme: Faktor je Kreis; fnp-frankfurt-2017-11: kaum Auszüge in Frankfurt (enger Wohnungsmarkt); aufenthg: § 12a Wohnsitzregelung; cdu-hessen-wohnsitzauflage-2017: in Hessen ab 01.09.2017',
    }),
  })
  .strict();

const costSchema = (t: Unterkunftsart) => {
  const type = ACCOMMODATION_TYPE_LABELS[t];
  const costs = z
    .object({
      perPlaceDay: field(eurPerDay, {
        label: { de: `Kosten je Vertragsplatz: ${type.de}`, en: `Cost per contracted place: ${type.en}` },
        description: 'Cost of an open place, used or not.',
        unit: 'eurPlaceDay',
        source: 'hna-kassel-kosten-2018: ≈ 14,70 € je Platz und Tag Miete (Kassel 2018)',
      }),
      perPersonDay: field(eurPerDay, {
        label: { de: `Kosten je belegtem Platz: ${type.de}`, en: `Cost per occupied place: ${type.en}` },
        description: 'Cost per person housed.',
        unit: 'eurPersonDay',
        source:
          'shortnews-kassel-2014: 10–16 € (Kassel 2014); morgenpost-berlin-2015: Hotels und Pensionen 25–45 € (Berlin 2015); finanznachrichten-spitzenverbaende-2022: 75 € Vollkosten (2019)',
      }),
      /** Occupancy guarantee: `perPersonDay` is paid for at least this share of the places, used or not. */
      occupancyGuarantee: field(share.default(0), {
        label: { de: `Belegungsgarantie: ${type.de}`, en: `Occupancy guarantee: ${type.en}` },
        description: 'Share of the places for which `perPersonDay` is paid whether used or not (0 = none).',
        unit: 'share',
        source: 'hna-kassel-2016: Kassel, die Verträge verlangen mindestens 75 % Belegung; modellannahme: ohne Angabe keine Garantie',
      }),
    })
    .strict();
  return field(costs, { description: 'Costs of this type.' });
};

/** The cost-limiting levers named in the literature [mcgovern-2016]; each one changes a defined input. */
const leversSchema = z
  .object({
    /** Own Liegenschaften first: orders are for own properties, which open only after `ownOpenDays`. */
    ownFirst: field(z.boolean().default(false), {
      label: { de: 'Eigene Liegenschaften zuerst', en: 'Own properties first' },
      description: 'Orders are for `eigene` places first (type and type order of procurement); they open no sooner than `ownOpenDays`.',
      source: 'mcgovern-2016: Sparstrategie eigene Liegenschaften',
    }),
    ownOpenDays: field(durationDays.default(365), {
      label: { de: 'Eigene Liegenschaften: vom Vertrag bis zur Eröffnung', en: 'Own properties: from contract to opening' },
      description: 'With `ownFirst`: at least this long from the decision to the opening (building or converting).',
      unit: 'days',
      source: 'fnp-frankfurt-2016-12: Neubau und Umbau von Büros dauern 6 Monate bis 2 Jahre',
    }),
    /** Large cheap units (Kasernen, halls): every order has at least this many places; 0 = off. */
    largeUnitMinPlaces: field(z.number().int().min(0).max(L.MAX_PLACES).default(0), {
      label: { de: 'Große Einheiten: Mindestgröße einer Bestellung', en: 'Large units: minimum size of an order' },
      description: 'Every regular order has at least this many places (a Kaserne, a hall); 0 = off.',
      unit: 'places',
      source: 'mcgovern-2016: Sparstrategie große Einheiten; ffm-zahlen-2018: Unterkünfte mit mehr als 100 Bewohnern',
    }),
    largeUnitCostFactor: field(factor.default(1), {
      label: { de: 'Große Einheiten: Faktor auf die Kosten je Platz', en: 'Large units: factor on the cost per place' },
      description: 'With `largeUnitMinPlaces`: factor on `perPlaceDay` of `gu` and `eigene` (all their places: the model prices by type).',
      unit: 'factor',
      source: 'modellannahme: Größenvorteil; hna-kassel-kosten-2018: 14,70 € je Platz und Tag in Kassel als Maßstab',
    }),
    /** Lower space standard: m² per person in GU and own properties, against `areaStandardM2`. */
    areaPerPersonM2: field(range(1, 100).optional(), {
      label: { de: 'Niedrigerer Flächenstandard (m² je Person)', en: 'Lower space standard (m² per person)' },
      description: 'm² per person in `gu` and `eigene`: the same rent buys `areaStandardM2 / areaPerPersonM2` times the places, so `perPlaceDay` is multiplied by `areaPerPersonM2 / areaStandardM2`. Absent: off.',
      unit: 'squareMetresPerPerson',
      source: 'modellannahme: gleiche Miete, mehr Betten',
    }),
    areaStandardM2: field(range(1, 100).default(7), {
      label: { de: 'Flächenstandard ohne Sparhebel (m² je Person)', en: 'Space standard without the lever (m² per person)' },
      description: 'm² per person the costs stand for.',
      unit: 'squareMetresPerPerson',
      source: 'modellannahme: 7 m² je Person, wie im Landkreis Pfaffenhofen (Bayern), für Hessen ohne Angabe',
    }),
    /** Free Erstaufnahme capacity: the Land keeps households whose Kreis has no free place while the sites have room. */
    eaeReserveShare: field(range(0, L.MAX_OCCUPANCY).default(0), {
      label: { de: 'Freie Plätze der Erstaufnahme nutzen bis zur Belegung', en: 'Use free Erstaufnahme places up to occupancy' },
      description: 'A household the Land policy assigns to a Kreis without a free regular place stays in Erstaufnahme while the sites are below this occupancy (never past the legal maximum); 0 = off.',
      unit: 'share',
      source: 'mcgovern-2016: Sparstrategie Nutzung freier Kapazitäten der Erstaufnahme; modellannahme: Schwelle',
    }),
  })
  .strict();
export type Levers = z.infer<typeof leversSchema>;

const accommodationSchema = z
  .object({
    /** Order in which a unit fills its regular places. */
    order: field(z.array(z.enum(REGULAR_TYPES)).min(1).max(REGULAR_TYPES.length).default(['eigene', 'gu', 'wohnung', 'hotel']), {
      label: { de: 'Reihenfolge der Belegung', en: 'Order of use' },
      description: 'Order of filling regular places.',
      source: 'modellannahme: eigene Liegenschaften zuerst, dann GU, Wohnungen, Hotels',
    }),
    /** Initial places per 1,000 inhabitants for Kreis-level and Gemeinde-level units. */
    kreisPerThousand: field(perThousandByType().prefault({}), {
      label: { de: 'Plätze der Kreise zu Beginn', en: 'Places of the Kreise at the start' },
      description: 'Initial Kreis-level places by type per 1,000 inhabitants of the Kreis.',
      unit: 'placesPerThousand',
      startOnly: true,
      source:
        'modellannahme: Mischung der Typen; hna-landkreis-kassel-2015: Landkreis Kassel 1.245 Plätze in GU, 433 Personen in Wohnungen; fnp-frankfurt-2016-11: Frankfurt rund 1.300 von 5.460 Plätzen in Hotels',
    }),
    gemeindePerThousand: field(perThousandByType().prefault({}), {
      label: { de: 'Plätze der Gemeinden zu Beginn', en: 'Places of the municipalities at the start' },
      description: 'Initial Gemeinde places by type per 1,000 inhabitants of the Gemeinde.',
      unit: 'placesPerThousand',
      startOnly: true,
      source: 'modellannahme: Mischung der Typen; hna-landkreis-kassel-2015: Landkreis Kassel 1.245 Plätze in GU, 433 Personen in Wohnungen',
    }),
    /** Initial places of named units (Kreis or Gemeinde AGS); replaces the per-1,000 default for that unit. */
    units: field(record(key, capacityByType, L.RUN_LIMITS.units).default({}), {
      label: { de: 'Plätze einzelner Kreise und Gemeinden zu Beginn', en: 'Places of named Kreise and municipalities at the start' },
      description: 'Initial places of named units (replaces per-1,000).',
      unit: 'places',
      keys: 'Kreis or Gemeinde AGS',
      startOnly: true,
      openRecord: true,
      source:
        'fnp-frankfurt-2016-11: Frankfurt 5.460 Plätze (2016); mittelhessen-heime-2018: Kassel 2.625 Plätze (2018); bergstraesser-dadi-2021: Darmstadt-Dieburg 87 Unterkünfte für 1.637 Personen (2021); modellannahme: wo keine Zahl bekannt ist',
    }),
    /** Cost per contracted place and day (paid whether used or not) and per occupied person-day, EUR. */
    costs: field(z.object(byType(costSchema)).strict(), {
      label: { de: 'Kosten der Unterbringung', en: 'Costs of accommodation' },
      description: 'Costs by type (all five types required).',
      source:
        'shortnews-kassel-2014: GU 10–16 € je Person und Tag (Kassel 2014); hna-kassel-kosten-2018: 14,70 € je Platz und Tag Miete (Kassel 2018); morgenpost-berlin-2015: Hotels und Pensionen 25–45 € (Berlin 2015); finanznachrichten-spitzenverbaende-2022: 75 € je Tag Vollkosten (Maßstab der Notunterkunft)',
    }),
    /** Cost-limiting levers (Sparhebel), each changing one defined input; all off by default. */
    levers: field(leversSchema.prefault({}), {
      label: { de: 'Sparhebel', en: 'Cost-limiting levers' },
      description: 'Cost-limiting levers, each changing one defined input (section 6.4).',
      source: 'mcgovern-2016: Sparstrategien der Kommunen',
    }),
    /** Units of at least this many places count as large (KPI `largeUnitShare`). */
    largeUnitPlaces: field(z.number().int().min(1).max(L.MAX_PLACES).default(100), {
      label: { de: 'Große Unterkunft ab Plätzen', en: 'Large accommodation from places' },
      description: 'A contract for `gu` or `eigene` places of at least this many places counts as a large unit (KPI `largeUnitShare`).',
      unit: 'places',
      startOnly: true,
      source: 'ffm-zahlen-2018: Frankfurt, Not- und Übergangsunterkünfte mit mehr als 100 Bewohnern',
    }),
    /**
     * Persons already accommodated at the start: in the Kommunen, per 1,000 inhabitants of the whole region,
     * spread over the Kreise by their Aufnahmequote; and in Erstaufnahme.
     */
    initialPerThousand: field(perThousand.default(0), {
      label: { de: 'Zu Beginn in den Kommunen untergebracht', en: 'Housed in the Kommunen at the start' },
      description: 'Initial stock in the Kommunen per 1,000 inhabitants of the region, spread over the Kreise by quota.',
      unit: 'personsPerThousand',
      startOnly: true,
      source: 'modellannahme',
    }),
    initialErstaufnahme: field(places.default(0), {
      label: { de: 'Zu Beginn in der Erstaufnahme', en: 'In Erstaufnahme at the start' },
      description: 'Initial stock in Erstaufnahme.',
      unit: 'persons',
      startOnly: true,
      source: 'modellannahme',
    }),
  })
  .strict();

const situationSchema = z
  .object({
    /** Occupancy (persons / regular places) at which a unit becomes angespannt, überlastet, Notbetrieb. */
    angespannt: field(occupancy.default(0.9), {
      label: { de: 'Belegung ab der die Lage „angespannt“ ist', en: 'Occupancy at which the situation is “strained”' },
      description: 'Occupancy (persons ÷ regular places) from which a unit is `angespannt`.',
      unit: 'share',
    }),
    ueberlastet: field(occupancy.default(1.0), {
      label: { de: 'Belegung ab der die Lage „überlastet“ ist', en: 'Occupancy at which the situation is “overloaded”' },
      description: 'Occupancy from which a unit is `ueberlastet`.',
      unit: 'share',
    }),
    notbetrieb: field(occupancy.default(1.1), {
      label: { de: 'Belegung ab der „Notbetrieb“ gilt', en: 'Occupancy at which “emergency operation” starts' },
      description: 'Occupancy from which a unit is in `notbetrieb`.',
      unit: 'share',
    }),
    /** A unit steps down only when occupancy is this far below the threshold. */
    hysteresis: field(share.default(0.05), {
      label: { de: 'Abstand zum Zurückstufen (Hysterese)', en: 'Margin for stepping down (hysteresis)' },
      description: 'A unit steps down only this far below a threshold.',
      unit: 'percentagePoints',
    }),
  })
  .strict()
  .refine((s) => s.angespannt < s.ueberlastet && s.ueberlastet < s.notbetrieb, {
    message: say({ de: 'die Schwellen müssen steigen: angespannt < ueberlastet < notbetrieb', en: 'thresholds must rise: angespannt < ueberlastet < notbetrieb' }),
  });

const procurementSchema = z
  .object({
    strategy: field(id.default('reaktiv'), {
      label: { de: 'Beschaffungsstrategie', en: 'Procurement strategy' },
      description: 'Id of the procurement strategy.',
      source: 'modellannahme: Beschaffung, wenn die Belegung eine Schwelle überschreitet',
    }),
    /** reaktiv: order when (occupancy incl. orders) passes this share of places. */
    threshold: field(occupancy.default(0.9), {
      label: { de: 'Bestellen ab Belegung', en: 'Order at occupancy' },
      description: '`reaktiv`: order from this occupancy (persons ÷ places incl. places on order).',
      unit: 'share',
      source: 'modellannahme',
    }),
    type: field(z.enum(['eigene', 'gu', 'wohnung', 'hotel']).default('gu'), {
      label: { de: 'Art der beschafften Plätze', en: 'Type of places procured' },
      description: 'Type of the places ordered.',
      source: 'asylg: § 53 Abs. 1 (Gemeinschaftsunterkünfte als Regel)',
    }),
    /** `vorausschauend`: the types to order, in order of preference; absent: `type` alone. */
    typeOrder: field(z.array(z.enum(REGULAR_TYPES)).min(1).max(REGULAR_TYPES.length).optional(), {
      label: { de: 'Reihenfolge der beschafften Arten', en: 'Order of the types procured' },
      description: '`vorausschauend`: types to order, preferred first; each up to its `typeMaxShare`, the last takes the rest. Absent: `type`.',
      source: 'modellannahme: Reihenfolge der Beschaffung; mcgovern-2016: Sparstrategien der Kommunen (eigene Liegenschaften zuerst, große Einheiten)',
    }),
    /** `vorausschauend`: largest share of a unit's places a type may reach through orders. */
    typeMaxShare: field(z.partialRecord(z.enum(REGULAR_TYPES), share).default({}), {
      label: { de: 'Höchstanteil einer Art an den Plätzen', en: 'Largest share of a type among the places' },
      description: '`vorausschauend`: an order gives a type places only up to this share of the unit’s places; types not named: no limit.',
      unit: 'share',
      keys: 'type',
      source: 'modellannahme: etwa Wohnungen begrenzt durch den örtlichen Leerstand',
    }),
    /** Size of one order as a share of current places, at least minPlaces. */
    stepShare: field(range(0, L.MAX_STEP_SHARE).default(0.25), {
      label: { de: 'Umfang einer Bestellung (Anteil der Plätze)', en: 'Size of an order (share of places)' },
      description: 'Size of an order as a share of the open places.',
      unit: 'share',
      source: 'modellannahme',
    }),
    minPlaces: field(z.number().int().min(0).max(L.MAX_MIN_ORDER).default(20), {
      label: { de: 'Mindestumfang einer Bestellung', en: 'Minimum size of an order' },
      description: 'Minimum order (also of an emergency order).',
      unit: 'places',
      source: 'modellannahme',
    }),
    /** Days from request to contract and from contract to opening. */
    contractDays: field(durationDays.default(30), {
      label: { de: 'Von der Anfrage bis zum Vertrag', en: 'From request to contract' },
      description: 'Request to contract (at least 1 day).',
      unit: 'days',
      source: 'modellannahme: angemietete GU in Wochen bis Monaten',
    }),
    openDays: field(durationDays.default(60), {
      label: { de: 'Vom Vertrag bis zur Eröffnung', en: 'From contract to opening' },
      description: 'Contract to opening (at least 1 day).',
      unit: 'days',
      source: 'modellannahme: angemietete GU in Wochen bis Monaten',
    }),
    /** Contract term, days (10 years at the 2015/16 peak, [bergstraesser-dadi-2021]). */
    termDays: field(termDays.default(3650), {
      label: { de: 'Vertragslaufzeit', en: 'Contract term' },
      description: 'Contract term from opening.',
      unit: 'days',
      source: 'bergstraesser-dadi-2021: Darmstadt-Dieburg, auf dem Höhepunkt Verträge über 10 Jahre',
    }),
    /**
     * Early release of contracts: when a unit's occupancy falls below this share of its places, it gives notice on
     * its oldest contract that has run at least minTermDays (and whose places it can spare); 0 = contracts run their term.
     */
    cancelBelow: field(share.default(0), {
      label: { de: 'Vorzeitig kündigen unter Belegung', en: 'Give early notice below occupancy' },
      description: 'Early release below this occupancy (0 = off).',
      unit: 'share',
      source:
        'modellannahme: Schwelle der Kündigung; hna-kassel-2016: Kassel kündigte nach dem Rückgang, wo es ging; bergstraesser-dadi-2021: Darmstadt-Dieburg gab 2019–2021 110 Unterkünfte auf',
    }),
    minTermDays: field(durationDays.default(365), {
      label: { de: 'Mindestlaufzeit vor einer Kündigung', en: 'Minimum term before notice' },
      description: 'Open at least this long before notice.',
      unit: 'days',
      source: 'modellannahme',
    }),
    /** Days from notice to the release of the places. */
    noticeDays: field(durationDays.default(90), {
      label: { de: 'Kündigungsfrist', en: 'Notice period' },
      description: 'Notice to release (at least 1 day).',
      unit: 'days',
      source: 'modellannahme',
    }),
    /**
     * The kinds of contract an order is split into, by share of its places: each with its type, time to open, term,
     * whether it may be given early notice and whether it is extended while its places are occupied. Absent: one contract
     * of `type` with `openDays` and `termDays`.
     */
    mix: field(
      z
        .array(
          z
            .object({
              type: field(z.enum(REGULAR_TYPES), { description: 'Type of the places of this kind of contract.' }),
              share: field(weight, { description: 'Share of each order (weights, normalised).', unit: 'share' }),
              openDays: field(durationDays, { description: 'Contract to opening (at least 1 day).', unit: 'days' }),
              termDays: field(termDays, { description: 'Contract term from opening.', unit: 'days' }),
              earlyNotice: field(z.boolean().default(true), { description: 'May be given notice before its term ends (`cancelBelow`).' }),
              extend: field(z.boolean().default(true), { description: 'Extended by another term when it ends while its places are occupied.' }),
            })
            .strict(),
        )
        .min(1)
        .max(REGULAR_TYPES.length * 4)
        .optional(),
      {
        label: { de: 'Vertragsarten einer Bestellung', en: 'Kinds of contract of an order' },
        description: 'Split of each order into kinds of contract (type, opening, term, early notice, extension); absent: one contract of `type`.',
        source:
          'bergstraesser-dadi-2021: auf dem Höhepunkt in der Regel 10 Jahre; hna-kassel-2016: Miet- und Betreiberverträge gekündigt, wo es ging, längere Mietverträge laufen weiter; fnp-frankfurt-2016-11: Hotels und befristet angemietete Wohnungen; modellannahme: Anteile',
      },
    ),
    /** Emergency Notunterkunft opened in Notbetrieb: days to open and to close. */
    emergencyOpenDays: field(durationDays.default(3), {
      label: { de: 'Notunterkunft: bis zur Öffnung', en: 'Emergency shelter: time to open' },
      description: 'Emergency Notunterkunft: days to open.',
      unit: 'days',
      source: 'modellannahme: Notunterkunft in Tagen',
    }),
    emergencyTermDays: field(termDays.default(180), {
      label: { de: 'Notunterkunft: Betriebsdauer', en: 'Emergency shelter: time in use' },
      description: 'Emergency Notunterkunft: days open.',
      unit: 'days',
      source: 'modellannahme',
    }),
  })
  .strict();

const moneySchema = z
  .object({
    /** LAG große Pauschale per person and month by tier [hlt-drs-19-3266], EUR. */
    pauschale: field(
      periods({
        I: field(eurPerMonth, { description: 'Amount of tier I.', unit: 'eurPersonMonth' }),
        II: field(eurPerMonth, { description: 'Amount of tier II.', unit: 'eurPersonMonth' }),
        III: field(eurPerMonth, { description: 'Amount of tier III.', unit: 'eurPersonMonth' }),
      }),
      {
        label: { de: 'Pauschale nach dem LAG (Stufen I–III)', en: 'Pauschale under the LAG (tiers I–III)' },
        description: 'LAG Pauschale over time.',
        type: 'periods',
        unit: 'eurPersonMonth',
        source:
          'hlt-drs-19-3266: Stufen und Beträge 2015 und ab 2016; kopo-pauschalen-2016: ab 01.01.2016; epd-pauschalen-2020: Stufen bis 2027; fuldaer-zeitung-pauschale-2023: 878 € in Stufe III 2022; rodgauer-morgen-pauschale-2024: + 10 % ab 2024',
      },
    ),
    /** Months after a negative decision during which the Pauschale is still paid. */
    pauschaleMonthsAfterRejection: field(range(0, L.MAX_MONTHS).default(36), {
      label: { de: 'Pauschale nach einer Ablehnung noch', en: 'Pauschale still paid after a rejection' },
      description: 'Pauschale paid for this long after a rejection.',
      unit: 'months',
      source: 'fuldaer-zeitung-pauschale-2023: Landkreis Fulda, 2–3 Jahre nach der Ablehnung',
    }),
    /** What a Kreis reimburses a kreisangehörige Gemeinde per person and day (§ 7 Abs. 1 LAG), EUR. */
    gemeindeReimbursementPerPersonDay: field(eurPerDay.default(0), {
      label: { de: 'Erstattung des Kreises an die Gemeinden (§ 7 LAG)', en: 'Reimbursement Kreis → municipality (§ 7 LAG)' },
      description: 'Kreis → Gemeinde reimbursement.',
      unit: 'eurPersonDay',
      source: 'fnp-wetterau-2016: Wetteraukreis 7,30 € + 1,50 €',
    }),
    /**
     * How a Landkreis reimburses its Gemeinden (§ 7 Abs. 1 S. 3 LAG: an "angemessene Erstattung" to agree):
     * `tagessatz` a rate per person-day, `pauschale` a share of the Land's Pauschale for the persons the Gemeinde
     * houses, `kosten` a share of the Gemeinde's accommodation cost.
     */
    gemeindeReimbursementRule: field(z.enum(['tagessatz', 'pauschale', 'kosten']).default('tagessatz'), {
      label: { de: 'Regel der Erstattung an die Gemeinden', en: 'Rule of the reimbursement to the municipalities' },
      description: '`tagessatz`: `gemeindeReimbursementPerPersonDay`; `pauschale`: `gemeindeReimbursementShare` of the Pauschale for the persons housed; `kosten`: that share of the Gemeinde’s cost.',
      source: 'lag-hessen: § 7 Abs. 1, angemessene Erstattung zwischen Landkreis und Gemeinde; fnp-wetterau-2016: Wetteraukreis zahlt einen Tagessatz',
    }),
    gemeindeReimbursementShare: field(share.default(1), {
      label: { de: 'Anteil der Erstattung (Pauschale oder Kosten)', en: 'Share reimbursed (Pauschale or cost)' },
      description: 'Share of the Pauschale (`pauschale`) or of the cost (`kosten`) passed to the Gemeinde.',
      unit: 'share',
      source: 'modellannahme',
    }),
  })
  .strict();

const policiesSchema = z
  .object({
    land: field(id.default('quote'), {
      label: { de: 'Zuweisung Land → Kreis', en: 'Allocation Land → Kreis' },
      description: 'Land policy id.',
      source:
        'verteilungsvo-hessen: Aufnahmequoten; hmsi-zuweisung-kommunen: Zuweisung durch das RP Darmstadt nach festen Quoten; spd-wetterau-2016: Aufnahmesoll mit Anrechnung des schon Zugewiesenen (Soll/Ist)',
    }),
    kreis: field(id.default('einwohner'), {
      label: { de: 'Zuweisung Kreis → Gemeinde', en: 'Allocation Kreis → municipality' },
      description: 'Kreis policy id.',
      source: 'vg-giessen-2014: Zuweisung an die Gemeinden nach Einwohnern rechtmäßig; usinger-land-hochtaunus: Soll/Ist je Gemeinde nach Einwohnern',
    }),
    /** Kreis → Gemeinde policy of individual Kreise (AGS → policy id), overriding `kreis` for them. */
    kreisByKreis: field(record(key, id, L.MAX_KREISE).default({}), {
      label: { de: 'Abweichende Zuweisung einzelner Kreise', en: 'Allocation of individual Kreise' },
      description: 'Kreis policy id of single Kreise, in place of `kreis`.',
      keys: 'Kreis AGS',
      openRecord: true,
      source: 'lk-kassel-unterbringung-2018: der Landkreis Kassel betreibt seine Gemeinschaftsunterkünfte selbst',
    }),
    /** Aufnahmequoten by Kreis AGS (shares; normalised). Missing Kreise get their population share. */
    quota: field(record(key, weight, L.MAX_KREISE).default({}), {
      label: { de: 'Aufnahmequoten der Kreise', en: 'Reception quotas of the Kreise' },
      description: 'Aufnahmequoten (weights, normalised); Kreise not named: population share.',
      unit: 'share',
      keys: 'Kreis AGS',
      openRecord: true,
      source:
        'hlt-drs-19-1715: bereinigte Quote, die Tabelle je Kreis ist nicht erhalten; extratipp-mtk-2015: Main-Taunus-Kreis 3,81 %; spd-wetterau-2016: Wetteraukreis 5,5 % (ab 2016 4,75 %); fr-verteilung-2023: Main-Kinzig-Kreis 8,5 %; modellannahme: ohne Angabe nach Einwohnern',
    }),
    /**
     * Soll/Ist over a rolling window: only Zuweisungen (and credited direct arrivals) of the last N days count.
     * Absent: the account runs from the start of the run.
     */
    quotaWindowDays: field(z.number().int().min(1).max(L.MAX_DAYS).optional(), {
      label: { de: 'Zeitfenster des Soll/Ist-Kontos', en: 'Window of the target/actual account' },
      description: 'Rolling window of the Soll/Ist account; absent: from the start.',
      unit: 'days',
      source:
        'mtk-medieninformation-2016: das RP Darmstadt teilt die Zahlen je Quartal mit; spd-wetterau-2016: Aufnahmesoll je Quartal; modellannahme: gleitendes Zeitfenster',
    }),
    /** Days of the week (1 = Monday) on which Zuweisungen happen. */
    weekdays: field(z.array(z.number().int().min(1).max(7)).min(1).max(7).default([1, 2, 3, 4, 5]), {
      label: { de: 'Tage mit Zuweisungen', en: 'Days with Zuweisungen' },
      description: 'Zuweisung days (1 = Monday … 7 = Sunday).',
      source: 'faz-40000-2015: keine Verteilung am Wochenende (Juni 2015)',
    }),
    /** Free parameters for policies, by name. */
    params: field(record(key, range(-L.MAX_POLICY_PARAM, L.MAX_POLICY_PARAM), L.MAX_LIST_ENTRIES).default({}), {
      label: { de: 'Freie Parameter der Politiken', en: 'Free parameters of the policies' },
      description: 'Parameters for policies.',
      unit: 'none',
      keys: 'name',
      openRecord: true,
      source: 'modellannahme: keine (die Standardpolitiken haben keine freien Parameter)',
    }),
  })
  .strict();

export const parametersShape = {
  arrivals: field(arrivalsSchema, { label: { de: 'Zugänge', en: 'Arrivals' }, description: 'Who arrives, and when.' }),
  erstaufnahme: field(erstaufnahmeSchema, { label: { de: 'Erstaufnahme', en: 'Initial reception (Erstaufnahme)' }, description: 'Initial reception.' }),
  procedure: field(procedureSchema, { label: { de: 'Asylverfahren', en: 'Asylum procedure' }, description: 'The asylum procedure.' }),
  exits: field(exitsSchema, { label: { de: 'Abgänge', en: 'Exits' }, description: 'Leaving accommodation.' }),
  accommodation: field(accommodationSchema, {
    label: { de: 'Unterbringung in den Kommunen', en: 'Accommodation in the Kommunen' },
    description: 'Places and costs.',
  }),
  situation: field(situationSchema, {
    label: { de: 'Lage (Belegungsschwellen)', en: 'Situation (occupancy thresholds)' },
    description: 'Thresholds of the Lage; must rise: angespannt < ueberlastet < notbetrieb.',
    source: 'modellannahme',
  }).prefault({}),
  procurement: field(procurementSchema, { label: { de: 'Beschaffung von Plätzen', en: 'Procurement of places' }, description: 'Beschaffung of new places.' }).prefault({}),
  money: field(moneySchema, { label: { de: 'Geld', en: 'Money' }, description: 'Pauschale and reimbursements.' }),
  policies: field(policiesSchema, { label: { de: 'Zuweisungspolitik', en: 'Allocation policy' }, description: 'Rules of Zuweisung.' }).prefault({}),
};
export const parametersSchema = z.object(parametersShape).strict();
export type Parameters = z.infer<typeof parametersSchema>;
/** The parameter groups, in the order of the schema. */
export type ParameterGroup = keyof Parameters;
export const PARAMETER_GROUPS = Object.keys(parametersShape) as ParameterGroup[];

/** What is published about one Kommune's budget. */
const fiscalKommune = z
  .object({
    /** The Kommune took part in the Kommunaler Schutzschirm (2012–2020). */
    schutzschirm: field(z.boolean().optional(), { description: 'Took part in the Kommunaler Schutzschirm (SchuSG 2012).' }),
    kassenkrediteEurPerInhabitant: field(range(0, 100_000).optional(), {
      description: 'Kassenkredite (cash credits) per inhabitant, EUR.',
      unit: 'eurPerInhabitant',
    }),
    /** Where the values come from (a citation text). */
    source: field(citation.optional(), { description: 'Origin of the values: a citation text.' }),
  })
  .strict();

/** Fiscal context of the Kommunen: optional, only for the KPIs that set the net burden against it. */
const fiscalSchema = z
  .object({
    /** By Kreis or Gemeinde AGS. */
    kommunen: field(record(key, fiscalKommune, L.RUN_LIMITS.units).default({}), {
      description: 'Published budget figures by Kreis or Gemeinde AGS.',
      keys: 'Kreis or Gemeinde AGS',
    }),
    /** Kassenkredite per inhabitant for Kommunen not named (e.g. the Land-wide mean), EUR. */
    kassenkrediteEurPerInhabitant: field(range(0, 100_000).optional(), {
      description: 'Kassenkredite per inhabitant of the Kommunen not named (e.g. the Land-wide mean), EUR; absent: none assumed.',
      unit: 'eurPerInhabitant',
    }),
    date: field(isoDate.optional(), { description: 'Date the figures describe.' }),
  })
  .strict();
export type Fiscal = z.infer<typeof fiscalSchema>;

const eventSchema = z
  .object({
    date: field(isoDate, { description: 'Day the event takes effect.' }),
    label: field(text, { description: "Text in the run's log." }),
    /** Where the change comes from: a citation text ("id: detail; …", ids of src/engine/sources.ts). */
    source: field(citation.optional(), { description: 'Origin of the change: a citation text (section 2).' }),
    /** Parameter changes: dotted path into the parameters (e.g. "erstaufnahme.maxDays") → new value. */
    set: field(record(dottedPath, z.unknown(), L.MAX_LIST_ENTRIES).optional(), { description: 'Parameter changes (section 8.1).', keys: 'path' }),
    /** Capacity changes: a unit (Kreis/Gemeinde AGS or Erstaufnahme site id) gains (+) or loses (−) places. */
    capacity: field(
      z
        .array(
          z
            .object({
              unit: field(id, { description: 'Kreis AGS, Gemeinde AGS or site id.' }),
              type: field(z.enum(ACCOMMODATION_TYPES), { description: 'Type of accommodation.' }),
              delta: field(z.number().int().min(-L.MAX_PLACES).max(L.MAX_PLACES), { description: 'Places added (+) or removed (−).', unit: 'places' }),
            })
            .strict(),
        )
        .max(L.MAX_LIST_ENTRIES)
        .optional(),
      { description: 'Place changes (section 8.2).' },
    ),
  })
  .strict();
export type ScenarioEvent = z.infer<typeof eventSchema>;

export const scenarioSchema = z
  .object({
    id: field(z.string().max(L.MAX_ID_LENGTH).regex(/^[a-z0-9][a-z0-9-]*$/, say({ de: 'darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten', en: 'must be lower-case letters, digits and hyphens' })), { description: 'Scenario identifier.' }),
    name: field(text, { description: 'Title.' }),
    description: field(longText.optional(), { description: 'What the scenario shows, where its numbers come from.' }),
    period: field(
      z
        .object({
          start: field(isoDate, { description: 'First simulated day.' }),
          end: field(isoDate, { description: 'Last simulated day; not before `start`.' }),
        })
        .strict()
        .refine((p) => p.start <= p.end, { message: say({ de: 'der Beginn darf nicht nach dem Ende liegen', en: 'start must not be after end' }), path: ['end'] })
        .refine((p) => daysBetween(p.start, p.end) < L.MAX_DAYS, {
          message: say({
            de: `darf höchstens ${L.MAX_YEARS} Jahre (${L.MAX_DAYS.toLocaleString('de-DE')} Tage) umfassen`,
            en: `must be at most ${L.MAX_YEARS} years (${L.MAX_DAYS.toLocaleString('en-GB')} days)`,
          }),
          path: ['end'],
        }),
      { description: `Simulated days, both included; at most ${L.MAX_YEARS} years.`, source: 'modellannahme: vom Szenario gewählt' },
    ),
    seed: field(z.number().int().min(0).max(L.MAX_SEED, say({ de: `darf höchstens ${L.MAX_SEED} sein (der Zufallsgenerator rechnet mit 32 Bit)`, en: `must be at most ${L.MAX_SEED} (the random generator uses 32 bits)` })).default(1), {
      description: 'Random seed.',
      source: 'modellannahme: beliebige ganze Zahl, derselbe Startwert gibt dieselben Ergebnisse',
    }),
    region: field(z.union([id, inlineRegion]), {
      description: '`"hessen-2019"` or an inline region (section 5.2).',
      source: 'destatis-gvisys-2019: Gebiet und Einwohner von hessen-2019 (31.12.2019)',
    }),
    /** Where each value comes from: parameter path → citation text ("id: detail; …", ids of src/engine/sources.ts). */
    sources: field(record(sourcePath, citation, L.MAX_LIST_ENTRIES).default({}), { description: 'Origin of values, by parameter path: citation texts (section 2).', keys: 'path' }),
    events: field(z.array(eventSchema).max(L.RUN_LIMITS.events).default([]), { description: 'Dated changes (section 8), each with its own `source`.' }),
    fiscal: field(fiscalSchema.optional(), {
      description: 'Optional budget context of the Kommunen (Schutzschirm, Kassenkredite) for the fiscal KPIs (section 6.5).',
      source: 'haushaltssteuerung-kassenkredite-2015: Kassenkredite je Einwohner; schusg-hessen: Kommunaler Schutzschirm',
    }),
    ...parametersShape,
  })
  .strict();

/** A scenario as written in a file (defaults optional). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A validated scenario with all defaults filled in. */
export type Scenario = z.infer<typeof scenarioSchema>;
