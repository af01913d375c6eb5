/**
 * Arrivals in Hessen by month, derived from published figures — a pure module that the built-in scenarios,
 * the documentation (docs/scenarios.md) and validation share.
 *
 * Order of preference: (1) Hessen's own monthly or multi-month figures; (2) Germany's EASY registrations × Hessen's
 * Königsteiner share; (3) Hessen's annual figure spread over its months in the shape of Germany's monthly asylum
 * applications. Applications lagged arrivals by months in 2015/16 (BAMF backlog, [bayrvr-easy-2016-08]), so their
 * shape is used only where applications followed arrivals (2014, 2017–2019, 2022–2024).
 *
 * Figures: Bundesamt für Migration und Flüchtlinge (BAMF), Asylgeschäftsstatistik [bamf-asylgeschaeftsstatistik];
 * Eurostat migr_asyappctzm [eurostat-migr-asyappctzm]; Hessisches Sozialministerium / RP Gießen via press reports —
 * each value with its citation text ("id: detail; …", ids of src/engine/sources.ts).
 */
import { hessen2019 } from '../../data/hessen-2019.ts';

/** A month `YYYY-MM`. */
export type Month = string;

/** How a monthly value came about. */
export type Quality = 'reported' | 'derived' | 'filled';

export interface SourcedValue {
  readonly value: number;
  readonly quality: Quality;
  /** Citation text: "id: detail; …" (src/engine/sources.ts). */
  readonly source: string;
}

// ---- Königsteiner Schlüssel ------------------------------------------------------------------

/**
 * Hessen's share of the Königsteiner Schlüssel by year of application; mark V: published, M: from general knowledge
 * without a source found (cited as `unbelegt`).
 */
export const KS_HESSEN: Readonly<Record<number, { readonly share: number; readonly mark: 'V' | 'M'; readonly source: string }>> = {
  2014: { share: 0.0750502, mark: 'V', source: 'biaj-ks-2016' },
  2015: { share: 0.0731557, mark: 'V', source: 'niedersachsen-ks-2015: nach BAMF' },
  2016: { share: 0.073589, mark: 'V', source: 'biaj-ks-2016' },
  2017: { share: 0.0739885, mark: 'V', source: 'hessen-zugaenge-2017' },
  2018: { share: 0.0744, mark: 'M', source: 'unbelegt: ≈ 7,44 %' },
  2019: { share: 0.0744, mark: 'M', source: 'unbelegt: ≈ 7,44 %' },
  2020: { share: 0.0744, mark: 'M', source: 'unbelegt: ≈ 7,44 %' },
  2021: { share: 0.0744, mark: 'M', source: 'unbelegt: ≈ 7,44 %' },
  2022: { share: 0.074, mark: 'V', source: 'kiel-sozialbericht-2023: 7,4 %, nach BAMF' },
  2023: { share: 0.0744, mark: 'M', source: 'unbelegt: ≈ 7,44–7,45 %' },
  2024: { share: 0.0745, mark: 'M', source: 'unbelegt: ≈ 7,44–7,45 %' },
};

export function ksShare(year: number): number {
  const k = KS_HESSEN[year];
  if (!k) throw new Error(`no Königsteiner share for ${year}`);
  return k.share;
}

// ---- Germany: EASY registrations 2015 ----------------------------------------------------------

const Q1_2015_EASY = 102_212; // [domradio-easy-2016]
const JAN_SEP_2015_EASY = 577_000; // [bmi-easy-september-2015]

/**
 * BAMF asylum applications (all) 2015, by month [bamf-asylgeschaeftsstatistik]: used only to split Q1 and April–July
 * 2015 EASY totals into months (applications still followed arrivals until mid-2015).
 */
const BAMF_APPLICATIONS_2015: Readonly<Record<Month, number>> = {
  '2015-01': 25_042,
  '2015-02': 26_083,
  '2015-03': 32_054,
  '2015-04': 27_178,
  '2015-05': 25_992,
  '2015-06': 35_449,
  '2015-07': 37_531,
};

function splitByShape(total: number, months: readonly Month[], shape: Readonly<Record<Month, number>>): Record<Month, number> {
  const weights = months.map((m) => shape[m] ?? 0);
  const sum = weights.reduce((a, b) => a + b, 0);
  return Object.fromEntries(months.map((m, i) => [m, sum > 0 ? (total * (weights[i] as number)) / sum : total / months.length]));
}

/** Germany's EASY registrations by month, 2015 [nd-easy-2015]; months without a published value derived. */
export const EASY_DE_2015: Readonly<Record<Month, SourcedValue>> = (() => {
  const q1 = splitByShape(Q1_2015_EASY, ['2015-01', '2015-02', '2015-03'], BAMF_APPLICATIONS_2015);
  const aprJul = splitByShape(JAN_SEP_2015_EASY - Q1_2015_EASY - 104_460 - 164_000, ['2015-04', '2015-05', '2015-06', '2015-07'], BAMF_APPLICATIONS_2015);
  const derived = (v: number, how: string): SourcedValue => ({ value: Math.round(v), quality: 'derived', source: how });
  const q1How = 'domradio-easy-2016: Q1 2015 = 102.212; bamf-asylgeschaeftsstatistik: nach der Form der Asylanträge auf die Monate verteilt';
  const aprHow =
    'bmi-easy-september-2015: Jan–Sep 2015 ≈ 577.000 minus Sep ≈ 164.000; domradio-easy-2016: minus Q1 102.212; nd-easy-2015: minus Aug 104.460; bamf-asylgeschaeftsstatistik: nach der Form der Asylanträge auf April–Juli verteilt';
  return {
    '2015-01': derived(q1['2015-01'] as number, q1How),
    '2015-02': derived(q1['2015-02'] as number, q1How),
    '2015-03': derived(q1['2015-03'] as number, q1How),
    '2015-04': derived(aprJul['2015-04'] as number, aprHow),
    '2015-05': derived(aprJul['2015-05'] as number, aprHow),
    '2015-06': derived(aprJul['2015-06'] as number, aprHow),
    '2015-07': derived(aprJul['2015-07'] as number, aprHow),
    '2015-08': { value: 104_460, quality: 'reported', source: 'nd-easy-2015: August 104.460' },
    '2015-09': { value: 164_000, quality: 'reported', source: 'bmi-easy-september-2015: September ≈ 164.000' },
    '2015-10': { value: 181_000, quality: 'reported', source: 'nd-easy-2015: Oktober ≈ 181.000 (der Rest des Jahres, 1.091.894, ergibt ≈ 181.574)' },
    '2015-11': { value: 206_000, quality: 'reported', source: 'nd-easy-2015: November ≈ 206.000, Höchstwert' },
    '2015-12': { value: 127_320, quality: 'reported', source: 'nd-easy-2015: Dezember 127.320' },
  };
})();

// ---- Germany: monthly asylum applications (shape only) ------------------------------------------

/**
 * Germany's monthly asylum applications where they followed arrivals: Eurostat applicants 2014
 * [eurostat-migr-asyappctzm], BAMF first applications 2017–2019 and 2022–2024 [bamf-asylgeschaeftsstatistik]; gaps
 * filled from BAMF totals for several months and annual totals, marked `filled`. Used only as the shape within a year.
 */
export const DE_APPLICATIONS: Readonly<Record<Month, SourcedValue>> = (() => {
  const out: Record<Month, SourcedValue> = {};
  const put = (year: number, values: readonly number[], source: string): void => {
    values.forEach((v, i) => {
      out[`${year}-${String(i + 1).padStart(2, '0')}`] = { value: v, quality: 'reported', source };
    });
  };
  const fill = (months: readonly Month[], total: number, how: string): void => {
    for (const m of months) out[m] = { value: Math.round(total / months.length), quality: 'filled', source: how };
  };
  const eurostat = 'eurostat-migr-asyappctzm: Antragsteller gesamt';
  const bamf = 'bamf-asylgeschaeftsstatistik: Erstanträge';
  put(2014, [14920, 11655, 11700, 11890, 12965, 14655, 20930, 18705, 20100, 22250, 22500, 20370], eurostat);
  put(2017, [16057, 14951, 18081, 13338, 15097, 13685, 15001, 16633, 15092, 14984, 16468, 12487], bamf);
  put(2018, [12907, 10760, 10712, 11385, 10849, 11509, 13194, 13141, 11239, 13001, 12118, 8900], bamf);
  put(2019, [14534, 12289, 10965, 10488, 11146, 8288, 12298, 11076, 10830, 11100, 10263, 8333], bamf);
  put(2022, [13726, 0, 0, 0, 0, 12317, 0, 0, 0, 23918, 29383, 26672], bamf);
  fill(['2022-02', '2022-03'], 31_182, 'bamf-asylgeschaeftsstatistik: Feb+Mär 2022 = 31.182 (Q1 44.908 minus Januar, nach Presseberichten); modellannahme: gleich verteilt');
  fill(
    ['2022-04', '2022-05'],
    84_583 - 13_726 - 31_182 - 12_317,
    'bamf-asylgeschaeftsstatistik: H1 2022 = 84.583 (nach Presseberichten) minus Jan–Mär und Jun; modellannahme: gleich verteilt',
  );
  fill(
    ['2022-07', '2022-08', '2022-09'],
    217_774 - 84_583 - 23_918 - 29_383 - 26_672,
    'spiegel-asylantraege-2022: Jahr 2022 = 217.774 minus H1 und Okt–Dez; modellannahme: gleich verteilt',
  );
  put(2023, [29072, 26731, 25175, 21003, 0, 0, 23667, 27738, 27889, 31887, 35316, 23025], bamf);
  fill(
    ['2023-05', '2023-06'],
    175_272 - 29_072 - 26_731 - 25_175 - 21_003 - 23_667,
    'bamf-asylgeschaeftsstatistik: Jan–Jul 2023 = 175.272 (nach Presseberichten) minus Jan–Apr und Jul; modellannahme: gleich verteilt',
  );
  put(2024, [0, 0, 18329, 19565, 18483, 16773, 18503, 18427, 18113, 19788, 16127, 12890], bamf);
  fill(['2024-01', '2024-02'], 47_090, 'bamf-asylgeschaeftsstatistik: Jan+Feb 2024 = 47.090 (nach Presseberichten); modellannahme: gleich verteilt');
  return out;
})();

// ---- Hessen ---------------------------------------------------------------------------------

/** A published Hessen figure for one month or a run of months, and how it is spread over them. */
export interface HessenBlock {
  readonly from: Month;
  readonly to: Month;
  /** Persons registered in Hessen's Erstaufnahme in the period. */
  readonly total: number;
  /** even: the same each month; applications: in the shape of DE_APPLICATIONS; easy: in the shape of EASY_DE_2015. */
  readonly shape: 'even' | 'applications' | 'easy';
  /** Citation text: "id: detail; …" (src/engine/sources.ts). */
  readonly source: string;
}

/**
 * Registrations in Hessen's Erstaufnahme (including persons later forwarded to other Länder), from Hessen's own
 * figures. 2022–2024: asylum seekers only (Ukrainians, § 24 AufenthG, are a separate series: UKRAINE_HESSEN).
 */
export const HESSEN_BLOCKS: readonly HessenBlock[] = [
  { from: '2014-01', to: '2014-12', total: 17_500, shape: 'applications', source: 'faz-40000-2015: 2014 ≈ 17.500' },
  { from: '2015-01', to: '2015-01', total: 2_300, shape: 'even', source: 'welt-januar-2016: Jan 2015 ≈ 2.300' },
  { from: '2015-02', to: '2015-03', total: 13_000 - 2_300, shape: 'easy', source: 'epd-heae-aussenstelle-2015: Q1 2015 fast 13.000 in Gießen, minus Januar' },
  { from: '2015-11', to: '2015-11', total: 15_000, shape: 'even', source: 'welt-ausgereist-2016: Nov 2015 > 15.000, stärkster Monat (Untergrenze)' },
  { from: '2015-12', to: '2015-12', total: 8_900, shape: 'even', source: 'welt-ausgereist-2016: Dez 2015 ≈ 8.900' },
  { from: '2016-01', to: '2016-01', total: 6_823, shape: 'even', source: 'welt-ausgereist-2016: Jan 2016 6.823' },
  { from: '2016-02', to: '2016-02', total: 5_165, shape: 'even', source: 'welt-ausgereist-2016: Feb 2016 5.165' },
  { from: '2016-03', to: '2016-03', total: 68 * 31, shape: 'even', source: 'epd-verweildauer-2016: März 2016 ≈ 68 pro Tag' },
  {
    from: '2016-04',
    to: '2016-12',
    total: 24_615 - 6_823 - 5_165 - 68 * 31,
    shape: 'even',
    source:
      'sz-fluechtlingsheime-2018: 2016 24.615 Zugänge, minus Jan–März; domradio-easy-2016: EASY April–Juni 2016 je 16.000–20.000; bayrvr-easy-2016-08: EASY August 2016 18.143 (nahezu gleichbleibend)',
  },
  { from: '2017-01', to: '2017-12', total: 12_073, shape: 'applications', source: 'mittelhessen-heime-2018: 2017 12.073' },
  { from: '2018-01', to: '2018-04', total: 3_746, shape: 'applications', source: 'morgenweb-hessen-2018: Jan–Apr 2018 3.746' },
  { from: '2018-05', to: '2018-10', total: 8_981 - 3_746, shape: 'applications', source: 'sz-fluechtlingsheime-2018: Jan–Okt 2018 8.981, minus Jan–Apr' },
  {
    from: '2018-11',
    to: '2018-12',
    total: 10_500 - 8_981,
    shape: 'applications',
    source: 'welt-asylsuchende-2020: 2018 10.500 aufgenommen (Sozialministerium), minus Jan–Okt; hessenschau-erstaufnahme-2020: ≈ 10.000',
  },
  {
    from: '2019-01',
    to: '2019-12',
    total: 9_177,
    shape: 'applications',
    source: 'welt-asylsuchende-2020: 2019 9.177 registriert (Sozialministerium); hessenschau-erstaufnahme-2020: ≈ 8.500',
  },
  {
    from: '2022-01',
    to: '2022-12',
    total: 20_732,
    shape: 'applications',
    source: 'dpa-asylantraege-hessen-2024: Erstanträge Hessen 2022 20.732 (BAMF); hessenschau-erstaufnahme-2022: das RP Gießen zählte Jan–Nov ≈ 16.000 Zugänge',
  },
  {
    from: '2023-01',
    to: '2023-12',
    total: 27_382,
    shape: 'applications',
    source: 'dpa-asylantraege-hessen-2024: Erstanträge Hessen 2023 27.382 (BAMF); augsburger-erstaufnahme-2025: die 44.573 Zugänge des RP Gießen enthalten Ukrainer',
  },
  {
    from: '2024-01',
    to: '2024-12',
    total: 18_068,
    shape: 'applications',
    source: 'dpa-asylantraege-hessen-2024: Erstanträge Hessen 2024 18.068 (BAMF); augsburger-erstaufnahme-2025: die 29.464 Zugänge des RP Gießen enthalten Ukrainer',
  },
];

/**
 * April–October 2015 have no Hessen figures: Germany's EASY registrations × Hessen's Königsteiner share × the ratio
 * of Hessen's registrations to that share. In Q1 2015 Hessen registered 13,000 [epd-heae-aussenstelle-2015] against a
 * share of 7.31557 % [niedersachsen-ks-2015] × 102,212 [domradio-easy-2016] = 7,477 (ratio 1.74: many were forwarded to
 * other Länder); in Nov 2015–Jan 2016 its own figures [welt-ausgereist-2016] equal its share (15,000 vs 15,070; 8,900 vs 9,314; 6,823 vs 6,746). Modellannahme: the ratio of Q1 holds until
 * August; from September 2015 (distribution at the border) registrations equal the share.
 */
export const RATIO_Q1_2015 = 13_000 / (ksShare(2015) * Q1_2015_EASY);
const RATIO_FROM_SEP_2015 = 1;
const KS_EASY_MONTHS: readonly Month[] = ['2015-04', '2015-05', '2015-06', '2015-07', '2015-08', '2015-09', '2015-10'];

/** Share of Hessen's registrations forwarded to other Länder in the regime of RATIO_Q1_2015 (1 − 1/1.74). */
export const FORWARDING_SHARE_H1_2015 = 1 - 1 / RATIO_Q1_2015;

const SHAPE_TEXT = {
  even: 'modellannahme: gleich auf die Monate verteilt',
  applications: 'modellannahme: nach der Form der bundesweiten Asylanträge verteilt',
  easy: 'modellannahme: nach der Form der bundesweiten EASY-Registrierungen verteilt',
} as const;

export interface MonthlyDerivation {
  readonly month: Month;
  readonly persons: number;
  readonly method: 'hessen' | 'hessen-verteilt' | 'easy-ks';
  /** Citation text: "id: detail; …" (src/engine/sources.ts). */
  readonly source: string;
}

function monthsBetween(from: Month, to: Month): Month[] {
  const out: Month[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const id = `${y}-${String(m).padStart(2, '0')}`;
    if (id > to) break;
    out.push(id);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** The month-by-month derivation of Hessen's registrations (asylum seekers through the Erstaufnahme). */
export function hessenDerivation(from: Month, to: Month): MonthlyDerivation[] {
  const byMonth = new Map<Month, MonthlyDerivation>();
  for (const b of HESSEN_BLOCKS) {
    const months = monthsBetween(b.from, b.to);
    const shape: Record<Month, number> = {};
    for (const m of months) {
      shape[m] = b.shape === 'applications' ? (DE_APPLICATIONS[m]?.value ?? 0) : b.shape === 'easy' ? (EASY_DE_2015[m]?.value ?? 0) : 1;
    }
    const values = splitByShape(b.total, months, shape);
    for (const m of months) {
      byMonth.set(m, {
        month: m,
        persons: values[m] as number,
        method: months.length === 1 ? 'hessen' : 'hessen-verteilt',
        source: months.length === 1 ? b.source : `${b.source}; ${SHAPE_TEXT[b.shape]}`,
      });
    }
  }
  for (const m of KS_EASY_MONTHS) {
    const easy = EASY_DE_2015[m] as SourcedValue;
    const ratio = m < '2015-09' ? RATIO_Q1_2015 : RATIO_FROM_SEP_2015;
    byMonth.set(m, {
      month: m,
      persons: easy.value * ksShare(2015) * ratio,
      method: 'easy-ks',
      source: `${easy.source}; niedersachsen-ks-2015: KS-Anteil 7,31557 %; modellannahme: EASY ${easy.value.toLocaleString('de-DE')} × 7,31557 % × ${ratio.toFixed(2).replace('.', ',')} (Verhältnis Hessen/KS-Anteil)`,
    });
  }
  return monthsBetween(from, to).map((m) => {
    const d = byMonth.get(m);
    if (!d) throw new Error(`no derivation for ${m}`);
    return d;
  });
}

/** Whole persons per month whose running sum stays within half a person of the exact running sum. */
function roundKeepingSum(list: readonly MonthlyDerivation[], share = 1): Record<Month, number> {
  const out: Record<Month, number> = {};
  let exact = 0;
  let rounded = 0;
  for (const d of list) {
    exact += d.persons * share;
    const v = Math.round(exact) - rounded;
    out[d.month] = v;
    rounded += v;
  }
  return out;
}

/** Hessen's monthly registrations as the `monthly` arrival series of a scenario (whole persons). */
export function hessenMonthly(from: Month, to: Month): Record<Month, number> {
  return roundKeepingSum(hessenDerivation(from, to));
}

// ---- Ukrainians (§ 24 AufenthG), outside the LAG ------------------------------------------------

/**
 * Persons from Ukraine registered in Hessen by month: ≈ 65,000 in the Melderegister by June 2022
 * [hmdis-landesunterkuenfte-2022]; > 90,000 later (taken as the end of 2022) [hessenschau-ukrainer-erstaufnahme];
 * Jan–Apr 2023 ≈ 9,900 [hsgb-fluechtlingsaufnahme-2023]. The split of March–June 2022 (40/30/18/12 %), the continuation
 * of the Jan–Apr 2023 rate through 2023 and the 2024 level (2023 rate × 29,464/44,573, the fall of RP Gießen's
 * registrations [augsburger-erstaufnahme-2025]) are Modellannahmen.
 */
export const UKRAINE_BLOCKS: readonly (HessenBlock & { readonly weights?: readonly number[] })[] = [
  {
    from: '2022-03',
    to: '2022-06',
    total: 65_000,
    shape: 'even',
    weights: [0.4, 0.3, 0.18, 0.12],
    source: 'hmdis-landesunterkuenfte-2022: ≈ 65.000 bis Juni 2022; modellannahme: Aufteilung 40/30/18/12 %',
  },
  { from: '2022-07', to: '2022-12', total: 25_000, shape: 'even', source: 'hessenschau-ukrainer-erstaufnahme: > 90.000 in Hessen, hier Ende 2022, minus 65.000' },
  { from: '2023-01', to: '2023-04', total: 9_900, shape: 'even', source: 'hsgb-fluechtlingsaufnahme-2023: Jan–Apr 2023 ≈ 9.900 (Innenministerium)' },
  { from: '2023-05', to: '2023-12', total: (9_900 / 4) * 8, shape: 'even', source: 'modellannahme: Monatsrate Jan–Apr 2023 fortgeschrieben' },
  {
    from: '2024-01',
    to: '2024-12',
    total: (9_900 / 4) * 12 * (29_464 / 44_573),
    shape: 'even',
    source: 'modellannahme: Rate 2023 × 29.464/44.573; augsburger-erstaufnahme-2025: Rückgang der Zugänge beim RP Gießen 2023 → 2024',
  },
];

export function ukraineDerivation(from: Month, to: Month): MonthlyDerivation[] {
  const byMonth = new Map<Month, MonthlyDerivation>();
  for (const b of UKRAINE_BLOCKS) {
    const months = monthsBetween(b.from, b.to);
    const w = b.weights ?? months.map(() => 1);
    const sum = w.reduce((a, x) => a + x, 0);
    months.forEach((m, i) => byMonth.set(m, { month: m, persons: (b.total * (w[i] as number)) / sum, method: 'hessen-verteilt', source: b.source }));
  }
  return monthsBetween(from, to).flatMap((m) => {
    const d = byMonth.get(m);
    return d ? [d] : [];
  });
}

/** Persons from Ukraine by month, scaled by the share that needs communal accommodation. */
export function ukraineMonthly(from: Month, to: Month, share = 1): Record<Month, number> {
  return roundKeepingSum(ukraineDerivation(from, to), share);
}

/** Sum of a monthly series over the months of a year (or all). */
export function total(series: Readonly<Record<Month, number>>, year?: number): number {
  return Object.entries(series).reduce((a, [m, v]) => (year === undefined || m.startsWith(`${year}-`) ? a + v : a), 0);
}

/**
 * Where the Ukrainians went, as shares by Kreis (`arrivals.direct.shares`), from the two Landkreise with published
 * counts (Main-Kinzig-Kreis ≈ 7,000 from 2022 to Feb 2023 [gn-mkk-2023]; Main-Taunus-Kreis ≈ 2,000 by Feb 2023
 * [stern-mtk-2023]) against the Hessen total to Feb 2023 (this module's series): MKK 1.10 and MTK 0.56 times their
 * population share. Modellannahme: the other Landkreise take the mean of the two (0.83), the five kreisfreie Städte the
 * rest — about 1.5 times their population share ("mostly to the cities": Frankfurt took in thousands without regard to
 * any quota, [faz-verteilung-2023]).
 */
export function ukraineShares(): Record<string, number> {
  const toFeb2023 = total(ukraineMonthly('2022-01', '2023-02'));
  const pop = hessen2019.kreise.reduce((a, k) => a + k.population, 0);
  const share = (ags: string) => (hessen2019.kreise.find((k) => k.ags === ags)?.population ?? 0) / pop;
  const known: Record<string, number> = { '06435': 7_000 / toFeb2023, '06436': 2_000 / toFeb2023 };
  const factors = Object.entries(known).map(([ags, v]) => v / share(ags));
  const landkreisFactor = factors.reduce((a, b) => a + b, 0) / factors.length;
  let landkreise = 0;
  let citiesPop = 0;
  for (const k of hessen2019.kreise) {
    if (known[k.ags] !== undefined) continue;
    if (k.kind === 'landkreis') landkreise += landkreisFactor * share(k.ags);
    else citiesPop += share(k.ags);
  }
  const knownSum = Object.values(known).reduce((a, b) => a + b, 0);
  const cityFactor = (1 - knownSum - landkreise) / citiesPop;
  return Object.fromEntries(
    hessen2019.kreise.map((k) => [
      k.ags,
      Math.round((known[k.ags] ?? (k.kind === 'landkreis' ? landkreisFactor : cityFactor) * share(k.ags)) * 1e6) / 1e6,
    ]),
  );
}
