/**
 * Published Hessen figures the model can reproduce, in one place: each with the quantity it measures (in terms
 * of the run's output), the published value and unit, its sources (ids of src/engine/sources.ts), and a note on
 * definitions.
 * Figures whose definition the model output cannot match are listed in docs/validation.md, with the reason.
 */
import type { Unterkunftsart } from '../engine/scenario/schema.ts';
import type { SourceId } from '../engine/sources.ts';

/** The region all figures below refer to (the built-in region id). */
export const HESSEN = 'hessen-2019';

/** A rate: the published value is per day, week or month (month = 365.25 / 12 days) over the range. */
export type Per = 'tag' | 'woche' | 'monat';

/**
 * What a figure measures, in terms of the run's output. Ranges are inclusive ISO dates; `kreis` is the AGS of a
 * Landkreis or kreisfreie Stadt (a Landkreis always counted with its Gemeinden). The extractors are in compare.ts.
 */
export type Quantity =
  /** Persons registered in Hessian Erstaufnahme over the range (arrivals at the sites, without the initial stock). */
  | { readonly kind: 'erstaufnahmeZugaenge'; readonly from: string; readonly to: string; readonly per?: Per }
  /** Persons registered in Erstaufnahme over the range minus persons who left Hessen from Erstaufnahme (forwarded, departed). */
  | { readonly kind: 'verblieben'; readonly from: string; readonly to: string }
  /** Persons taken in by the Kommunen outside the LAG procedure (e.g. § 24 AufenthG), Land-wide or for one Kreis. */
  | { readonly kind: 'direktZugaenge'; readonly from: string; readonly to: string; readonly kreis?: string; readonly per?: Per }
  /** Zuweisungen by the Land to all Kreise and kreisfreie Städte. */
  | { readonly kind: 'zuweisungenLand'; readonly from: string; readonly to: string; readonly per?: Per }
  /** Zuweisungen by the Land to one Kreis or kreisfreie Stadt. */
  | { readonly kind: 'zuweisungenKreis'; readonly kreis: string; readonly from: string; readonly to: string; readonly per?: Per }
  /** All persons a Kreis takes in: Zuweisungen plus persons taken in outside the LAG procedure. */
  | { readonly kind: 'aufnahmenKreis'; readonly kreis: string; readonly from: string; readonly to: string; readonly per?: Per }
  /** The Kreis's share of all Zuweisungen by the Land over the range (0–1). */
  | { readonly kind: 'zuweisungsanteil'; readonly kreis: string; readonly from: string; readonly to: string }
  /** Places of all Erstaufnahme sites at the end of the day (regular and Notunterkunft places). */
  | { readonly kind: 'erstaufnahmePlaetze'; readonly date: string }
  /** Mean days in Erstaufnahme of the persons assigned to a Kreis during the range (first-in-first-out estimate). */
  | { readonly kind: 'verweildauer'; readonly from: string; readonly to: string }
  /** Persons housed by a Kreis (with its Gemeinden) at the end of the day; `types` limits the accommodation types. */
  | { readonly kind: 'untergebracht'; readonly kreis: string; readonly date: string; readonly types?: readonly Unterkunftsart[] }
  /** Places of a Kreis (with its Gemeinden) at the end of the day, incl. Notunterkunft unless `types` says otherwise. */
  | { readonly kind: 'plaetze'; readonly kreis: string; readonly date: string; readonly types?: readonly Unterkunftsart[] }
  /** Persons ÷ places of a Kreis (with its Gemeinden) at the end of the day, for the given types (0–1). */
  | { readonly kind: 'auslastung'; readonly kreis: string; readonly date: string; readonly types?: readonly Unterkunftsart[] }
  /** LAG Pauschale accrued to all Kreise and Gemeinden over the range, EUR. */
  | { readonly kind: 'pauschale'; readonly from: string; readonly to: string };

export type QuantityKind = Quantity['kind'];

/** Every quantity kind, in the order of the type above. */
export const QUANTITY_KINDS: readonly QuantityKind[] = [
  'erstaufnahmeZugaenge',
  'verblieben',
  'direktZugaenge',
  'zuweisungenLand',
  'zuweisungenKreis',
  'aufnahmenKreis',
  'zuweisungsanteil',
  'erstaufnahmePlaetze',
  'verweildauer',
  'untergebracht',
  'plaetze',
  'auslastung',
  'pauschale',
];

export type Einheit = 'personen' | 'personenJeTag' | 'personenJeWoche' | 'personenJeMonat' | 'plaetze' | 'tage' | 'anteil' | 'euro';

/** Display names of the units. A share is stored as 0–1 and shown in per cent. */
export const EINHEITEN: Readonly<Record<Einheit, { readonly de: string; readonly en: string }>> = {
  personen: { de: 'Personen', en: 'persons' },
  personenJeTag: { de: 'Personen/Tag', en: 'persons/day' },
  personenJeWoche: { de: 'Personen/Woche', en: 'persons/week' },
  personenJeMonat: { de: 'Personen/Monat', en: 'persons/month' },
  plaetze: { de: 'Plätze', en: 'places' },
  tage: { de: 'Tage', en: 'days' },
  anteil: { de: '%', en: '%' },
  euro: { de: '€', en: 'EUR' },
};

/** The unit a quantity is measured in. */
export function einheitOf(q: Quantity): Einheit {
  switch (q.kind) {
    case 'erstaufnahmeZugaenge':
    case 'direktZugaenge':
    case 'zuweisungenLand':
    case 'zuweisungenKreis':
    case 'aufnahmenKreis':
      return q.per === 'tag' ? 'personenJeTag' : q.per === 'woche' ? 'personenJeWoche' : q.per === 'monat' ? 'personenJeMonat' : 'personen';
    case 'verblieben':
    case 'untergebracht':
      return 'personen';
    case 'erstaufnahmePlaetze':
    case 'plaetze':
      return 'plaetze';
    case 'verweildauer':
      return 'tage';
    case 'zuweisungsanteil':
    case 'auslastung':
      return 'anteil';
    case 'pauschale':
      return 'euro';
  }
}

/**
 * What a comparison tests. `eingabe`: the quantity is an input of a scenario (arrivals, Erstaufnahme places, direct
 * arrivals Land-wide), so the comparison checks the scenario's input and its definition, not the model's behaviour.
 * `teilweise`: the model produces the quantity, but an input set from this very figure dominates it (target stay vs.
 * realised stay, forwarding share vs. stayed, quota vs. realised share). `ergebnis`: the model produces the quantity
 * (Zuweisungen, persons housed, places procured, money).
 */
export type Rolle = 'eingabe' | 'teilweise' | 'ergebnis';

export interface PublishedFigure {
  readonly id: string;
  /** Region the figure belongs to (a run of another region skips it). */
  readonly region: string;
  readonly label: { readonly de: string; readonly en: string };
  readonly quantity: Quantity;
  /** The published value, in `unit` (shares as 0–1). Where the source gives a range, its midpoint (see note). */
  readonly value: number;
  readonly unit: Einheit;
  /** Where the figure was published: ids of src/engine/sources.ts. */
  readonly sources: readonly SourceId[];
  /** Definitions: what exactly was counted, and how it differs from the model quantity. */
  readonly note: string;
  readonly rolle: Rolle;
}

// ---- builders (the unit follows from the quantity) ---------------------------------------------

type Spec = Omit<PublishedFigure, 'region' | 'unit'>;
const fig = (s: Spec): PublishedFigure => ({ ...s, region: HESSEN, unit: einheitOf(s.quantity) });

const month = (m: string): { from: string; to: string } => {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return { from: `${m}-01`, to: `${m}-${String(last).padStart(2, '0')}` };
};
const year = (y: number): { from: string; to: string } => ({ from: `${y}-01-01`, to: `${y}-12-31` });

const REG = 'Registrations in Hessian Erstaufnahme (HEAE Gießen and Außenstellen, RP Gießen). The model counts arrivals at its Erstaufnahme sites; persons taken in outside the LAG procedure (arrivals.direct) are not included.';

// Kreise (AGS).
const FFM = '06412';
const KASSEL_STADT = '06611';
const WIESBADEN = '06414';
const LK_KASSEL = '06633';
const MTK = '06436';
const WETTERAU = '06440';
const RTK = '06439';
const LDK = '06532';
const MKK = '06435';
const DADI = '06432';
const LK_GIESSEN = '06531';

const ffmJanuary = (y: number, value: number): PublishedFigure =>
  fig({
    id: `ffm-untergebracht-${y}-01`,
    label: { de: `Frankfurt: von der Stadt untergebrachte Geflüchtete, Januar ${y}`, en: `Frankfurt: refugees housed by the city, January ${y}` },
    quantity: { kind: 'untergebracht', kreis: FFM, date: `${y}-01-15` },
    value,
    sources: ['frankfurt-vorlage-b2-2025'],
    note: 'City-housed refugees in January (day not given; compared on the 15th). Includes recognised persons still in the city\'s accommodation, as the model does; also persons who moved to Frankfurt from elsewhere, which the model does not represent.',
    rolle: 'ergebnis',
  });

/** Every published Hessen figure the model can produce, by topic. */
export const PUBLISHED_FIGURES: readonly PublishedFigure[] = [
  // ---- Zugänge in die Erstaufnahme (Land) ----------------------------------------------------------
  fig({
    id: 'zugaenge-2012',
    label: { de: 'Zugänge HEAE Gießen 2012', en: 'Registrations at HEAE Gießen 2012' },
    quantity: { kind: 'erstaufnahmeZugaenge', ...year(2012) },
    value: 5004,
    sources: ['fr-heae-2012'],
    note: REG,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2014',
    label: { de: 'Zugänge in Hessen 2014', en: 'Arrivals in Hessen 2014' },
    quantity: { kind: 'erstaufnahmeZugaenge', ...year(2014) },
    value: 17500,
    sources: ['faz-40000-2015'],
    note: `${REG} The source (FAZ, June 2015) speaks of "asylum applicants/arrivals" for 2014; the two were close in 2014.`,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2015-01',
    label: { de: 'Zugänge in Hessen, Januar 2015', en: 'Arrivals in Hessen, January 2015' },
    quantity: { kind: 'erstaufnahmeZugaenge', ...month('2015-01') },
    value: 2300,
    sources: ['welt-januar-2016'],
    note: `${REG} "rund 2.300".`,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2015-q1',
    label: { de: 'Zugänge in Gießen, 1. Quartal 2015', en: 'Arrivals in Gießen, Q1 2015' },
    quantity: { kind: 'erstaufnahmeZugaenge', from: '2015-01-01', to: '2015-03-31' },
    value: 13000,
    sources: ['epd-heae-aussenstelle-2015'],
    note: `${REG} "almost 13,000 came to Gießen" (epd, ~April 2015); Gießen was then practically the whole Hessian Erstaufnahme.`,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2015',
    label: { de: 'Zugänge in Hessen 2015', en: 'Arrivals in Hessen 2015' },
    quantity: { kind: 'erstaufnahmeZugaenge', ...year(2015) },
    value: 110000,
    sources: ['hessen-zugaenge-2006-2015'],
    note: `${REG} "rund 110.000" (Land portal); dpa (Feb 2016) gives ~118,700. Includes persons later forwarded to other Länder.`,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2015-10-28',
    label: { de: 'Zugänge am Spitzentag 28.10.2015', en: 'Arrivals on the peak day, 28 Oct 2015' },
    quantity: { kind: 'erstaufnahmeZugaenge', from: '2015-10-28', to: '2015-10-28', per: 'tag' },
    value: 1370,
    sources: ['tonline-aufgenommen-2020'],
    note: `${REG} A single day. Scenarios that give arrivals as monthly totals spread them evenly over the month's days, so a daily peak cannot show.`,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2015-11',
    label: { de: 'Zugänge in Hessen, November 2015', en: 'Arrivals in Hessen, November 2015' },
    quantity: { kind: 'erstaufnahmeZugaenge', ...month('2015-11') },
    value: 15000,
    sources: ['welt-ausgereist-2016'],
    note: `${REG} Published as "more than 15,000" (the strongest month of 2015); 15,000 is a lower bound.`,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2015-12',
    label: { de: 'Zugänge in Hessen, Dezember 2015', en: 'Arrivals in Hessen, December 2015' },
    quantity: { kind: 'erstaufnahmeZugaenge', ...month('2015-12') },
    value: 8900,
    sources: ['welt-ausgereist-2016'],
    note: `${REG} "rund 8.900".`,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2016-01-19',
    label: { de: 'Zugänge am 19.01.2016', en: 'Arrivals on 19 Jan 2016' },
    quantity: { kind: 'erstaufnahmeZugaenge', from: '2016-01-19', to: '2016-01-19', per: 'tag' },
    value: 400,
    sources: ['welt-erstaufnahme-2016-01'],
    note: `${REG} "about 400 a day" on one day; monthly inputs are spread evenly over the month.`,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2016-01',
    label: { de: 'Zugänge in Hessen, Januar 2016', en: 'Arrivals in Hessen, January 2016' },
    quantity: { kind: 'erstaufnahmeZugaenge', ...month('2016-01') },
    value: 6823,
    sources: ['welt-ausgereist-2016'],
    note: REG,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2016-02',
    label: { de: 'Zugänge in Hessen, Februar 2016', en: 'Arrivals in Hessen, February 2016' },
    quantity: { kind: 'erstaufnahmeZugaenge', ...month('2016-02') },
    value: 5165,
    sources: ['welt-ausgereist-2016'],
    note: REG,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2016-03',
    label: { de: 'Zugänge je Tag, März 2016', en: 'Arrivals per day, March 2016' },
    quantity: { kind: 'erstaufnahmeZugaenge', ...month('2016-03'), per: 'tag' },
    value: 68,
    sources: ['epd-verweildauer-2016'],
    note: `${REG} "down to about 68 a day" after the closure of the Balkan route (Sozialminister Grüttner, 29 Mar 2016); compared with the March mean.`,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2016-bis-oktober',
    label: { de: 'Zugänge in Hessen, Januar–Oktober 2016', en: 'Arrivals in Hessen, January–October 2016' },
    quantity: { kind: 'erstaufnahmeZugaenge', from: '2016-01-01', to: '2016-10-31' },
    value: 22072,
    sources: ['hebammenhilfe-hessen'],
    note: `${REG} The definition is not clear from the source (registrations or persons who stayed); next to 24,615 for the whole year it fits registrations.`,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2016',
    label: { de: 'Zugänge in Hessen 2016', en: 'Arrivals in Hessen 2016' },
    quantity: { kind: 'erstaufnahmeZugaenge', ...year(2016) },
    value: 24615,
    sources: ['sz-fluechtlingsheime-2018', 'morgenweb-hessen-2018'],
    note: `${REG} Sozialministerium, Dec 2018. About 20,500 of them stayed (see verblieben-2016).`,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2017',
    label: { de: 'Zugänge in Hessen 2017', en: 'Arrivals in Hessen 2017' },
    quantity: { kind: 'erstaufnahmeZugaenge', ...year(2017) },
    value: 12073,
    sources: ['mittelhessen-heime-2018', 'morgenweb-hessen-2018'],
    note: REG,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2018-jan-apr',
    label: { de: 'Zugänge in Hessen, Januar–April 2018', en: 'Arrivals in Hessen, January–April 2018' },
    quantity: { kind: 'erstaufnahmeZugaenge', from: '2018-01-01', to: '2018-04-30' },
    value: 3746,
    sources: ['morgenweb-hessen-2018'],
    note: REG,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2018-jan-okt',
    label: { de: 'Zugänge in Hessen, Januar–Oktober 2018', en: 'Arrivals in Hessen, January–October 2018' },
    quantity: { kind: 'erstaufnahmeZugaenge', from: '2018-01-01', to: '2018-10-31' },
    value: 8981,
    sources: ['sz-fluechtlingsheime-2018'],
    note: REG,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2018',
    label: { de: 'Zugänge in Hessen 2018', en: 'Arrivals in Hessen 2018' },
    quantity: { kind: 'erstaufnahmeZugaenge', ...year(2018) },
    value: 10000,
    sources: ['hessenschau-erstaufnahme-2020'],
    note: `${REG} "about 10,000 new asylum seekers" (RP Gießen, Jan 2020).`,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2019',
    label: { de: 'Zugänge in Hessen 2019', en: 'Arrivals in Hessen 2019' },
    quantity: { kind: 'erstaufnahmeZugaenge', ...year(2019) },
    value: 8500,
    sources: ['hessenschau-erstaufnahme-2020'],
    note: `${REG} "about 8,500" (RP Gießen, Jan 2020).`,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2020-bis-25-10',
    label: { de: 'Zugänge in Hessen, 01.01.–25.10.2020', en: 'Arrivals in Hessen, 1 Jan – 25 Oct 2020' },
    quantity: { kind: 'erstaufnahmeZugaenge', from: '2020-01-01', to: '2020-10-25' },
    value: 5235,
    sources: ['tonline-aufgenommen-2020'],
    note: REG,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2021',
    label: { de: 'Zugänge in Hessen 2021', en: 'Arrivals in Hessen 2021' },
    quantity: { kind: 'erstaufnahmeZugaenge', ...year(2021) },
    value: 11200,
    sources: ['hessenschau-erstaufnahme-2022'],
    note: `${REG} "about 11,200" (RP Gießen).`,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2022-jan-nov',
    label: { de: 'Zugänge in Hessen, Januar–November 2022', en: 'Arrivals in Hessen, January–November 2022' },
    quantity: { kind: 'erstaufnahmeZugaenge', from: '2022-01-01', to: '2022-11-30' },
    value: 16000,
    sources: ['hessenschau-erstaufnahme-2022'],
    note: `${REG} "about 16,000" (RP Gießen, Dec 2022). Ukrainians mostly registered with the Kommunen, not the Erstaufnahme.`,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2023-04',
    label: { de: 'Zugänge in die Erstaufnahme, April 2023', en: 'Registrations in Erstaufnahme, April 2023' },
    quantity: { kind: 'erstaufnahmeZugaenge', ...month('2023-04') },
    value: 2345,
    sources: ['hessenschau-erstaufnahme-2023'],
    note: `${REG} Asylum seekers and Ukrainians registered in Erstaufnahme; the year is not stated in the report and inferred as 2023 (Jan–Nov 2022 had only about 16,000 [hessenschau-erstaufnahme-2022], the whole of 2023 44,573 [augsburger-erstaufnahme-2025]).`,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2023-09',
    label: { de: 'Zugänge in die Erstaufnahme, September 2023', en: 'Registrations in Erstaufnahme, September 2023' },
    quantity: { kind: 'erstaufnahmeZugaenge', ...month('2023-09') },
    value: 5992,
    sources: ['hessenschau-erstaufnahme-2023'],
    note: `${REG} Asylum seekers and Ukrainians registered in Erstaufnahme; year inferred as 2023 (see zugaenge-2023-04).`,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2023-jan-okt',
    label: { de: 'Zugänge in die Erstaufnahme, Januar–Oktober 2023', en: 'Registrations in Erstaufnahme, January–October 2023' },
    quantity: { kind: 'erstaufnahmeZugaenge', from: '2023-01-01', to: '2023-10-31' },
    value: 38847,
    sources: ['hessenschau-erstaufnahme-2023'],
    note: `${REG} Asylum seekers and Ukrainians registered in Erstaufnahme; year inferred as 2023 (see zugaenge-2023-04).`,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2023',
    label: { de: 'Zugänge in die Erstaufnahme 2023', en: 'Registrations in Erstaufnahme 2023' },
    quantity: { kind: 'erstaufnahmeZugaenge', ...year(2023) },
    value: 44573,
    sources: ['augsburger-erstaufnahme-2025'],
    note: `${REG} Zugänge registered by RP Gießen, incl. Ukrainians who came through the Erstaufnahme.`,
    rolle: 'eingabe',
  }),
  fig({
    id: 'zugaenge-2024',
    label: { de: 'Zugänge in die Erstaufnahme 2024', en: 'Registrations in Erstaufnahme 2024' },
    quantity: { kind: 'erstaufnahmeZugaenge', from: '2024-01-01', to: '2024-12-30' },
    value: 29464,
    sources: ['augsburger-erstaufnahme-2025'],
    note: `${REG} Counted 1 Jan – 30 Dec 2024.`,
    rolle: 'eingabe',
  }),

  // ---- in Hessen verblieben -----------------------------------------------------------------------------
  fig({
    id: 'verblieben-2015',
    label: { de: 'In Hessen verblieben 2015', en: 'Stayed in Hessen 2015' },
    quantity: { kind: 'verblieben', ...year(2015) },
    value: 75000,
    sources: ['hessen-zugaenge-2006-2015'],
    note: 'Arrivals minus those passed on to other Länder (quota, Dublin) or departed; dpa gives "almost 80,000". The model subtracts the persons who left Hessen from Erstaufnahme in the same year (forwarded by EASY, departed); departures from the Kommunen are not subtracted. The forwarding share of the built-in scenarios is set from this figure.',
    rolle: 'teilweise',
  }),
  fig({
    id: 'verblieben-2016',
    label: { de: 'In Hessen verblieben 2016', en: 'Stayed in Hessen 2016' },
    quantity: { kind: 'verblieben', ...year(2016) },
    value: 20500,
    sources: ['hessen-zugaenge-2017'],
    note: 'Admitted persons who stayed in Hessen (Land portal, Feb 2017), against 24,615 registrations. Model: registrations minus persons who left from Erstaufnahme in 2016. The forwarding share of the built-in scenarios is set from this figure.',
    rolle: 'teilweise',
  }),
  fig({
    id: 'verblieben-2017-01',
    label: { de: 'In Hessen verblieben, Januar 2017', en: 'Stayed in Hessen, January 2017' },
    quantity: { kind: 'verblieben', ...month('2017-01') },
    value: 1000,
    sources: ['hessen-zugaenge-2017'],
    note: '"about 1,000 added in January 2017". Model: registrations minus persons who left from Erstaufnahme in the month.',
    rolle: 'teilweise',
  }),
  fig({
    id: 'verblieben-2017',
    label: { de: 'In Hessen verblieben 2017', en: 'Stayed in Hessen 2017' },
    quantity: { kind: 'verblieben', ...year(2017) },
    value: 11100,
    sources: ['hebammenhilfe-hessen'],
    note: '"~11,100 stayed in Hessen in 2017" against 12,073 registrations. Model: registrations minus persons who left from Erstaufnahme in 2017.',
    rolle: 'teilweise',
  }),

  // ---- Zuweisungen (Land) ------------------------------------------------------------------------------
  fig({
    id: 'zuweisungen-2020-bis-25-10',
    label: { de: 'Zuweisungen an die Kommunen, 01.01.–25.10.2020', en: 'Assigned to the Kommunen, 1 Jan – 25 Oct 2020' },
    quantity: { kind: 'zuweisungenLand', from: '2020-01-01', to: '2020-10-25' },
    value: 3630,
    sources: ['tonline-aufgenommen-2020'],
    note: 'Persons assigned by the Land to the Landkreise and kreisfreie Städte.',
    rolle: 'ergebnis',
  }),

  // ---- Erstaufnahme: Plätze und Verweildauer ------------------------------------------------------------
  fig({
    id: 'eae-plaetze-2015-anfang',
    label: { de: 'Plätze der Erstaufnahme, Anfang 2015', en: 'Erstaufnahme places, early 2015' },
    quantity: { kind: 'erstaufnahmePlaetze', date: '2015-01-01' },
    value: 4000,
    sources: ['hessenschau-schliessungen'],
    note: '"from 4,000 to 40,000 places within one year (2015)"; the dates of the end points are not given (compared at 1 Jan and 31 Dec 2015). Model: regular and Notunterkunft places of all sites. Site capacities are scenario inputs.',
    rolle: 'eingabe',
  }),
  fig({
    id: 'eae-plaetze-2015-ende',
    label: { de: 'Plätze der Erstaufnahme, Ende 2015', en: 'Erstaufnahme places, end of 2015' },
    quantity: { kind: 'erstaufnahmePlaetze', date: '2015-12-31' },
    value: 40000,
    sources: ['hessenschau-schliessungen'],
    note: 'See eae-plaetze-2015-anfang; incl. tents, containers and halls.',
    rolle: 'eingabe',
  }),
  fig({
    id: 'eae-plaetze-2016-mitte',
    label: { de: 'Plätze der Erstaufnahme in Betrieb, Mitte 2016', en: 'Erstaufnahme places in operation, mid-2016' },
    quantity: { kind: 'erstaufnahmePlaetze', date: '2016-06-30' },
    value: 20000,
    sources: ['lokalo24-nordhessen-2016'],
    note: '19 sites with 20,000 places in operation; 15,000 reserve places at 20 further sites are not counted (the model has no reserve state). Date ~mid-2016.',
    rolle: 'eingabe',
  }),
  fig({
    id: 'eae-plaetze-2018-fruehjahr',
    label: { de: 'Plätze der Erstaufnahme, Frühjahr 2018', en: 'Erstaufnahme places, spring 2018' },
    quantity: { kind: 'erstaufnahmePlaetze', date: '2018-04-15' },
    value: 9440,
    sources: ['mittelhessen-heime-2018'],
    note: '9 sites incl. the airport with 9,440 places; whether the 2,340 passive places are included is not clear. Date ~spring 2018.',
    rolle: 'eingabe',
  }),
  fig({
    id: 'eae-plaetze-2019-03-11',
    label: { de: 'Plätze der Erstaufnahme ab 11.03.2019', en: 'Erstaufnahme places from 11 Mar 2019' },
    quantity: { kind: 'erstaufnahmePlaetze', date: '2019-03-11' },
    value: 6380,
    sources: ['tonline-kapazitaeten-2019'],
    note: 'Five remaining sites after Hanau and Kassel-Calden (2,590 places) were given up.',
    rolle: 'eingabe',
  }),
  fig({
    id: 'eae-plaetze-2023-ende',
    label: { de: 'Plätze der Erstaufnahme, Ende 2023', en: 'Erstaufnahme places, end of 2023' },
    quantity: { kind: 'erstaufnahmePlaetze', date: '2023-12-31' },
    value: 11647,
    sources: ['augsburger-erstaufnahme-2025'],
    note: '"a year earlier 11,647 places" (report of Jan 2025).',
    rolle: 'eingabe',
  }),
  fig({
    id: 'eae-plaetze-2024-ende',
    label: { de: 'Plätze der Erstaufnahme, Ende 2024', en: 'Erstaufnahme places, end of 2024' },
    quantity: { kind: 'erstaufnahmePlaetze', date: '2024-12-31' },
    value: 11750,
    sources: ['augsburger-erstaufnahme-2025'],
    note: '"about 11,750 places" at the end of 2024, 8 sites and the Notunterkunft Alsfeld.',
    rolle: 'eingabe',
  }),
  fig({
    id: 'verweildauer-2015-anfang',
    label: { de: 'Verweildauer in der Erstaufnahme, Anfang 2015', en: 'Stay in Erstaufnahme, early 2015' },
    quantity: { kind: 'verweildauer', from: '2015-01-01', to: '2015-04-30' },
    value: 35,
    sources: ['epd-heae-aussenstelle-2015'],
    note: '"four to six weeks" (epd, ~April 2015); midpoint 5 weeks. Compared with the mean stay of persons assigned January–April 2015. The target stay (erstaufnahme.dwell) of the built-in scenarios is set from this figure; waiting for a Zuweisung day adds to it.',
    rolle: 'teilweise',
  }),
  fig({
    id: 'verweildauer-2016-03',
    label: { de: 'Verweildauer in der Erstaufnahme, März 2016', en: 'Stay in Erstaufnahme, March 2016' },
    quantity: { kind: 'verweildauer', ...month('2016-03') },
    value: 56,
    sources: ['epd-verweildauer-2016'],
    note: '"about eight weeks" before forwarding to the Kommunen (29 Mar 2016). Compared with the mean stay of persons assigned in March 2016. The target stay is a scenario input.',
    rolle: 'teilweise',
  }),
  fig({
    id: 'verweildauer-2020-01',
    label: { de: 'Verweildauer in der Erstaufnahme, Januar 2020', en: 'Stay in Erstaufnahme, January 2020' },
    quantity: { kind: 'verweildauer', ...month('2020-01') },
    value: 105,
    sources: ['hessenschau-erstaufnahme-2020'],
    note: '"three to four months" on average (RP Gießen, Jan 2020); midpoint 3.5 months ≈ 105 days. Compared with persons assigned in January 2020.',
    rolle: 'teilweise',
  }),
  fig({
    id: 'verweildauer-2023',
    label: { de: 'Verweildauer in der Erstaufnahme 2023', en: 'Stay in Erstaufnahme 2023' },
    quantity: { kind: 'verweildauer', ...year(2023) },
    value: 105,
    sources: ['rtl-erstaufnahme-2023'],
    note: '"distribution to the Kommunen after 3–4 months" (2023); midpoint ≈ 105 days. Compared with persons assigned in 2023.',
    rolle: 'teilweise',
  }),

  // ---- Frankfurt am Main -------------------------------------------------------------------------------
  fig({
    id: 'ffm-zuweisungen-2015',
    label: { de: 'Frankfurt: Zuweisungen 2015', en: 'Frankfurt: Zuweisungen 2015' },
    quantity: { kind: 'zuweisungenKreis', kreis: FFM, ...year(2015) },
    value: 3300,
    sources: ['welt-frankfurt-2016'],
    note: 'Persons the Land assigned to Frankfurt in 2015. The built-in scenarios derive Frankfurt\'s Aufnahmequote (≈ 6.2 %) from this figure and ffm-zuweisungen-2016.',
    rolle: 'teilweise',
  }),
  fig({
    id: 'ffm-zuweisungen-2016-q1',
    label: { de: 'Frankfurt: Zuweisungen 1. Quartal 2016', en: 'Frankfurt: Zuweisungen Q1 2016' },
    quantity: { kind: 'zuweisungenKreis', kreis: FFM, from: '2016-01-01', to: '2016-03-31' },
    value: 1500,
    sources: ['welt-frankfurt-2016'],
    note: '"about 1,500" in Q1 2016.',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'ffm-untergebracht-2016-04',
    label: { de: 'Frankfurt: untergebrachte Asylsuchende, April 2016', en: 'Frankfurt: asylum seekers housed, April 2016' },
    quantity: { kind: 'untergebracht', kreis: FFM, date: '2016-04-15' },
    value: 4400,
    sources: ['welt-frankfurt-2016'],
    note: '~4,400 housed at 140 sites, without 511 unaccompanied minors (not distributed under the LAG, not in the model).',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'ffm-notunterkunft-2016-04',
    label: { de: 'Frankfurt: in Hallen untergebracht, April 2016', en: 'Frankfurt: housed in halls, April 2016' },
    quantity: { kind: 'untergebracht', kreis: FFM, date: '2016-04-15', types: ['notunterkunft'] },
    value: 1600,
    sources: ['welt-frankfurt-2016'],
    note: '1,600 of ~4,400 in halls, compared with persons in Notunterkunft (Turnhallen, Leichtbauhallen).',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'ffm-hotel-2016-04',
    label: { de: 'Frankfurt: in Hotels untergebracht, April 2016', en: 'Frankfurt: housed in hotels, April 2016' },
    quantity: { kind: 'untergebracht', kreis: FFM, date: '2016-04-15', types: ['hotel'] },
    value: 600,
    sources: ['welt-frankfurt-2016'],
    note: '600 of ~4,400 in hotels.',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'ffm-zuweisungen-2016-11',
    label: { de: 'Frankfurt: Zuweisungen je Woche, November 2016', en: 'Frankfurt: Zuweisungen per week, November 2016' },
    quantity: { kind: 'zuweisungenKreis', kreis: FFM, ...month('2016-11'), per: 'woche' },
    value: 25,
    sources: ['fnp-frankfurt-2016-11'],
    note: '"25 new refugees per week" (Nov 2016); compared with the November mean.',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'ffm-plaetze-2016-11',
    label: { de: 'Frankfurt: Plätze, November 2016', en: 'Frankfurt: places, November 2016' },
    quantity: { kind: 'plaetze', kreis: FFM, date: '2016-11-15' },
    value: 5460,
    sources: ['fnp-frankfurt-2016-11'],
    note: '42 Übergangsunterkünfte, 8 Notunterkünfte, 51 hotels, 109 flats = 5,460 places. Model: all places of the city incl. Notunterkunft.',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'ffm-zuweisungen-2016',
    label: { de: 'Frankfurt: Zuweisungen 2016', en: 'Frankfurt: Zuweisungen 2016' },
    quantity: { kind: 'zuweisungenKreis', kreis: FFM, ...year(2016) },
    value: 2416,
    sources: ['fnp-frankfurt-2016-12'],
    note: 'Persons assigned to Frankfurt in 2016 (the city had expected 10,000). The built-in scenarios derive Frankfurt\'s Aufnahmequote from this figure and ffm-zuweisungen-2015.',
    rolle: 'teilweise',
  }),
  fig({
    id: 'ffm-untergebracht-2016-12',
    label: { de: 'Frankfurt: untergebrachte Geflüchtete, Dezember 2016', en: 'Frankfurt: refugees housed, December 2016' },
    quantity: { kind: 'untergebracht', kreis: FFM, date: '2016-12-15' },
    value: 4200,
    sources: ['fnp-frankfurt-2016-12'],
    note: 'Sum of ~1,100 in 6 Notunterkünfte, ~1,000 in hotels and 2,100 in Übergangsunterkünfte (own arithmetic).',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'ffm-notunterkunft-2016-12',
    label: { de: 'Frankfurt: in Notunterkünften, Dezember 2016', en: 'Frankfurt: in emergency shelters, December 2016' },
    quantity: { kind: 'untergebracht', kreis: FFM, date: '2016-12-15', types: ['notunterkunft'] },
    value: 1100,
    sources: ['fnp-frankfurt-2016-12'],
    note: '~1,100 still in 6 Notunterkünfte.',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'ffm-hotel-2016-12',
    label: { de: 'Frankfurt: in Hotels, Dezember 2016', en: 'Frankfurt: in hotels, December 2016' },
    quantity: { kind: 'untergebracht', kreis: FFM, date: '2016-12-15', types: ['hotel'] },
    value: 1000,
    sources: ['fnp-frankfurt-2016-12'],
    note: '~1,000 in hotels.',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'ffm-aufnahmen-2017-11',
    label: { de: 'Frankfurt: Zugänge je Monat, November 2017', en: 'Frankfurt: intake per month, November 2017' },
    quantity: { kind: 'aufnahmenKreis', kreis: FFM, ...month('2017-11'), per: 'monat' },
    value: 40,
    sources: ['fnp-frankfurt-2017-11'],
    note: '"about 40 arrivals a month against about 30 departures"; compared with the November mean of all persons the city takes in.',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'ffm-untergebracht-2017-11',
    label: { de: 'Frankfurt: untergebrachte Geflüchtete, November 2017', en: 'Frankfurt: refugees housed, November 2017' },
    quantity: { kind: 'untergebracht', kreis: FFM, date: '2017-11-15' },
    value: 4800,
    sources: ['fnp-frankfurt-2017-11'],
    note: '4,800 housed; 10,000 households wait for social housing.',
    rolle: 'ergebnis',
  }),
  ffmJanuary(2018, 4775),
  fig({
    id: 'ffm-untergebracht-2018-05',
    label: { de: 'Frankfurt: untergebrachte Geflüchtete, Mai 2018', en: 'Frankfurt: refugees housed, May 2018' },
    quantity: { kind: 'untergebracht', kreis: FFM, date: '2018-05-15' },
    value: 4856,
    sources: ['ffm-zahlen-2018'],
    note: '4,856 in ~85 Unterkünfte and ~100 flats, without 416 unaccompanied minors.',
    rolle: 'ergebnis',
  }),
  ffmJanuary(2019, 4851),
  ffmJanuary(2020, 4544),
  ffmJanuary(2021, 4142),
  ffmJanuary(2022, 3703),
  ffmJanuary(2023, 5253),
  ffmJanuary(2024, 4864),
  fig({
    id: 'ffm-zuweisungen-2024-h1',
    label: { de: 'Frankfurt: Zuweisungen je Woche, 1. Halbjahr 2024', en: 'Frankfurt: Zuweisungen per week, H1 2024' },
    quantity: { kind: 'zuweisungenKreis', kreis: FFM, from: '2024-01-01', to: '2024-06-30', per: 'woche' },
    value: 35,
    sources: ['evz-frankfurt-2024'],
    note: '"the Land assigns about 35 a week" (the city takes ~155 a month in all).',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'ffm-untergebracht-2024-07',
    label: { de: 'Frankfurt: untergebrachte Geflüchtete, Mitte 2024', en: 'Frankfurt: refugees housed, mid-2024' },
    quantity: { kind: 'untergebracht', kreis: FFM, date: '2024-07-15' },
    value: 5628,
    sources: ['evz-frankfurt-2024'],
    note: '5,628 refugees housed by the city (besides 3,708 homeless persons); report of July 2024.',
    rolle: 'ergebnis',
  }),

  // ---- Stadt Kassel, Wiesbaden ---------------------------------------------------------------------------
  fig({
    id: 'kassel-untergebracht-2014-10',
    label: { de: 'Stadt Kassel: untergebrachte Geflüchtete, Oktober 2014', en: 'City of Kassel: refugees housed, October 2014' },
    quantity: { kind: 'untergebracht', kreis: KASSEL_STADT, date: '2014-10-15' },
    value: 700,
    sources: ['shortnews-kassel-2014'],
    note: '"about 700 refugees in Kassel".',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'kassel-plaetze-2018',
    label: { de: 'Stadt Kassel: Plätze, Frühjahr 2018', en: 'City of Kassel: places, spring 2018' },
    quantity: { kind: 'plaetze', kreis: KASSEL_STADT, date: '2018-04-15' },
    value: 2625,
    sources: ['mittelhessen-heime-2018'],
    note: '51 rented buildings with 2,625 places (~spring 2018). The 1,486 places of the 7 rented GUs [hna-kassel-kosten-2018] are a subset and not used.',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'kassel-untergebracht-2018',
    label: { de: 'Stadt Kassel: belegte Plätze, Frühjahr 2018', en: 'City of Kassel: places occupied, spring 2018' },
    quantity: { kind: 'untergebracht', kreis: KASSEL_STADT, date: '2018-04-15' },
    value: 1575,
    sources: ['mittelhessen-heime-2018'],
    note: '1,575 of 2,625 places occupied.',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'wiesbaden-auslastung-2018',
    label: { de: 'Wiesbaden: Auslastung der Gemeinschaftsunterkünfte, Frühjahr 2018', en: 'Wiesbaden: occupancy of shared accommodation, spring 2018' },
    quantity: { kind: 'auslastung', kreis: WIESBADEN, date: '2018-04-15', types: ['eigene', 'gu'] },
    value: 0.7,
    sources: ['mittelhessen-heime-2018'],
    note: '42 GUs "about 70 % occupied", no reserves. Model: persons ÷ places of the types eigene and gu.',
    rolle: 'ergebnis',
  }),

  // ---- Landkreis Kassel ----------------------------------------------------------------------------------
  fig({
    id: 'lkks-zuweisungen-herbst-2015',
    label: { de: 'Landkreis Kassel: Zuweisungen je Woche, Herbst 2015', en: 'Landkreis Kassel: Zuweisungen per week, autumn 2015' },
    quantity: { kind: 'zuweisungenKreis', kreis: LK_KASSEL, from: '2015-09-01', to: '2015-11-30', per: 'woche' },
    value: 100,
    sources: ['hna-landkreis-kassel-2015'],
    note: '"about 100 Zuweisungen per week" (HNA, autumn 2015; compared with the mean of September–November).',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'lkks-gu-plaetze-2015',
    label: { de: 'Landkreis Kassel: Plätze in Gemeinschaftsunterkünften, Herbst 2015', en: 'Landkreis Kassel: places in shared accommodation, autumn 2015' },
    quantity: { kind: 'plaetze', kreis: LK_KASSEL, date: '2015-10-15', types: ['eigene', 'gu'] },
    value: 1245,
    sources: ['hna-landkreis-kassel-2015'],
    note: '24 GUs run by the Kreis with 1,245 places. Model: places of the types eigene and gu in the Kreis and its Gemeinden.',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'lkks-wohnungen-2015',
    label: { de: 'Landkreis Kassel: in Wohnungen untergebracht, Herbst 2015', en: 'Landkreis Kassel: housed in flats, autumn 2015' },
    quantity: { kind: 'untergebracht', kreis: LK_KASSEL, date: '2015-10-15', types: ['wohnung'] },
    value: 433,
    sources: ['hna-landkreis-kassel-2015'],
    note: '433 persons in rented flats and houses.',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'lkks-untergebracht-2015',
    label: { de: 'Landkreis Kassel: untergebrachte Asylsuchende, Herbst 2015', en: 'Landkreis Kassel: asylum seekers housed, autumn 2015' },
    quantity: { kind: 'untergebracht', kreis: LK_KASSEL, date: '2015-10-15' },
    value: 1650,
    sources: ['hna-landkreis-kassel-2015'],
    note: '"about 1,650 asylum seekers in total" (GUs and flats).',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'lkks-zuweisungen-2018-ende',
    label: { de: 'Landkreis Kassel: Zuweisungen je Monat, Ende 2018', en: 'Landkreis Kassel: Zuweisungen per month, end of 2018' },
    quantity: { kind: 'zuweisungenKreis', kreis: LK_KASSEL, from: '2018-10-01', to: '2018-12-31', per: 'monat' },
    value: 40,
    sources: ['lk-kassel-unterbringung-2018'],
    note: '"end of 2018 about 40 a month"; compared with the mean of October–December.',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'lkks-zuweisungen-2022',
    label: { de: 'Landkreis Kassel: Asylsuchende je Woche, Frühjahr 2022', en: 'Landkreis Kassel: asylum seekers per week, spring 2022' },
    quantity: { kind: 'zuweisungenKreis', kreis: LK_KASSEL, from: '2022-03-01', to: '2022-05-31', per: 'woche' },
    value: 20,
    sources: ['lk-kassel-unterbringung-2022'],
    note: '"about 20 asylum seekers a week" from Nov 2021 and after Feb 2022 (period not bounded in the source; compared with March–May 2022).',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'lkks-direkt-2022',
    label: { de: 'Landkreis Kassel: Geflüchtete aus der Ukraine je Woche, Frühjahr 2022', en: 'Landkreis Kassel: refugees from Ukraine per week, spring 2022' },
    quantity: { kind: 'direktZugaenge', kreis: LK_KASSEL, from: '2022-03-01', to: '2022-05-31', per: 'woche' },
    value: 150,
    sources: ['lk-kassel-unterbringung-2022'],
    note: '"about 150 Ukrainians a week" after Feb 2022; compared with March–May 2022. Model: persons taken in outside the LAG procedure (arrivals.direct).',
    rolle: 'teilweise',
  }),

  // ---- other Kreise --------------------------------------------------------------------------------------
  fig({
    id: 'mtk-zuweisungen-2015-h1',
    label: { de: 'Main-Taunus-Kreis: aufgenommen bis Mitte 2015', en: 'Main-Taunus-Kreis: taken in by mid-2015' },
    quantity: { kind: 'zuweisungenKreis', kreis: MTK, from: '2015-01-01', to: '2015-06-30' },
    value: 1234,
    sources: ['extratipp-mtk-2015'],
    note: '"1,234 refugees taken in" by mid-2015, read as the 2015 intake so far (>1,800 expected by year-end); the start of the count is not given.',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'mtk-anteil-2015',
    label: { de: 'Main-Taunus-Kreis: Anteil an den Zuweisungen 2015', en: 'Main-Taunus-Kreis: share of Zuweisungen 2015' },
    quantity: { kind: 'zuweisungsanteil', kreis: MTK, ...year(2015) },
    value: 0.0381,
    sources: ['extratipp-mtk-2015'],
    note: 'Zuweisungsquote 3.81 % (2015). Model: the Kreis\'s share of all Zuweisungen; the built-in scenarios set the quota of the MTK from this figure (policies.quota), the Soll/Ist account makes the realised share.',
    rolle: 'teilweise',
  }),
  fig({
    id: 'wetterau-anteil-2016',
    label: { de: 'Wetteraukreis: Anteil an den Zuweisungen 2016', en: 'Wetteraukreis: share of Zuweisungen 2016' },
    quantity: { kind: 'zuweisungsanteil', kreis: WETTERAU, ...year(2016) },
    value: 0.0475,
    sources: ['spd-wetterau-2016'],
    note: 'Key 5.5 %, lowered to 4.75 % for 2016 by the credit for the HEAE branch in Büdingen. Model: share of all Zuweisungen; the built-in scenarios set the quota from these figures (the `quote` policy itself has no Erstaufnahme credit). A quota lowered during a run is measured against the whole Soll/Ist account since the start, so the realised share overshoots the change.',
    rolle: 'teilweise',
  }),
  fig({
    id: 'wetterau-soll-2016-q1',
    label: { de: 'Wetteraukreis: Aufnahmesoll 1. Quartal 2016', en: 'Wetteraukreis: intake target Q1 2016' },
    quantity: { kind: 'zuweisungenKreis', kreis: WETTERAU, from: '2016-01-01', to: '2016-03-31' },
    value: 1420,
    sources: ['spd-wetterau-2016'],
    note: 'An Aufnahmesoll (announced target), not a count; compared with the model\'s Zuweisungen in Q1 2016. Arrivals fell from February 2016, so the actual number was probably lower.',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'wetterau-untergebracht-2016-01-08',
    label: { de: 'Wetteraukreis: untergebrachte Geflüchtete am 08.01.2016', en: 'Wetteraukreis: refugees housed on 8 Jan 2016' },
    quantity: { kind: 'untergebracht', kreis: WETTERAU, date: '2016-01-08' },
    value: 2985,
    sources: ['spd-wetterau-2016'],
    note: 'Refugees housed by the Kreis\'s Städte und Gemeinden (≈ 1 % of the population).',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'rtk-zuweisungen-2014',
    label: { de: 'Rheingau-Taunus-Kreis: aufgenommen 2014', en: 'Rheingau-Taunus-Kreis: taken in 2014' },
    quantity: { kind: 'zuweisungenKreis', kreis: RTK, ...year(2014) },
    value: 850,
    sources: ['rtk-zuweisungen-2015'],
    note: '"about 850 refugees taken in in 2014".',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'ldk-zuweisungen-2020-06',
    label: { de: 'Lahn-Dill-Kreis: Zuweisungen je Woche, Juni 2020', en: 'Lahn-Dill-Kreis: Zuweisungen per week, June 2020' },
    quantity: { kind: 'zuweisungenKreis', kreis: LDK, ...month('2020-06'), per: 'woche' },
    value: 7.5,
    sources: ['mittelhessen-ldk-2020'],
    note: '"5–10 Zuweisungen a week"; midpoint 7.5.',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'ldk-aufnahmen-2022-12',
    label: { de: 'Lahn-Dill-Kreis: Aufnahmen je Woche, Dezember 2022', en: 'Lahn-Dill-Kreis: intake per week, December 2022' },
    quantity: { kind: 'aufnahmenKreis', kreis: LDK, ...month('2022-12'), per: 'woche' },
    value: 70,
    sources: ['hessenschau-ldk-2022'],
    note: '"takes about 70 people a week"; model: Zuweisungen plus persons taken in outside the LAG procedure.',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'mkk-aufnahmen-2022',
    label: { de: 'Main-Kinzig-Kreis: aufgenommen 2022', en: 'Main-Kinzig-Kreis: taken in 2022' },
    quantity: { kind: 'aufnahmenKreis', kreis: MKK, ...year(2022) },
    value: 9200,
    sources: ['ffh-mkk-2023'],
    note: '9,200 refugees taken in in 2022, Ukrainians included; model: Zuweisungen plus persons taken in outside the LAG procedure.',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'mkk-direkt-2022-2023-02',
    label: { de: 'Main-Kinzig-Kreis: Geflüchtete aus der Ukraine, 2022 bis Februar 2023', en: 'Main-Kinzig-Kreis: refugees from Ukraine, 2022 to February 2023' },
    quantity: { kind: 'direktZugaenge', kreis: MKK, from: '2022-01-01', to: '2023-02-28' },
    value: 7000,
    sources: ['gn-mkk-2023'],
    note: '~7,000 Ukrainians registered by the Ausländerbehörden Hanau and Gelnhausen; model: persons taken in outside the LAG procedure.',
    rolle: 'teilweise',
  }),
  fig({
    id: 'mkk-zuweisungen-2022-2023-02',
    label: { de: 'Main-Kinzig-Kreis: Drittstaatler, 2022 bis Februar 2023', en: 'Main-Kinzig-Kreis: third-country nationals, 2022 to February 2023' },
    quantity: { kind: 'zuweisungenKreis', kreis: MKK, from: '2022-01-01', to: '2023-02-28' },
    value: 2900,
    sources: ['gn-mkk-2023'],
    note: '~2,900 "Drittstaatler" registered by the Ausländerbehörden, read as persons assigned under the LAG.',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'mkk-aufnahmen-2023-anfang',
    label: { de: 'Main-Kinzig-Kreis: Aufnahmen je Woche, Anfang 2023', en: 'Main-Kinzig-Kreis: intake per week, early 2023' },
    quantity: { kind: 'aufnahmenKreis', kreis: MKK, from: '2023-01-01', to: '2023-02-28', per: 'woche' },
    value: 90,
    sources: ['gn-mkk-2023'],
    note: '"about 90 new arrivals a week" in early 2023 (compared with January–February).',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'lkgi-untergebracht-2019-12-02',
    label: { de: 'Landkreis Gießen: untergebrachte Geflüchtete am 02.12.2019', en: 'Landkreis Gießen: refugees housed on 2 Dec 2019' },
    quantity: { kind: 'untergebracht', kreis: LK_GIESSEN, date: '2019-12-02' },
    value: 1509,
    sources: ['mittelhessen-lkgi-2021'],
    note: '657 in GUs + 852 in private flats (own arithmetic); the flats are rented for persons under the AsylbLG.',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'lkgi-zuweisungen-2020-08-2021-01',
    label: { de: 'Landkreis Gießen: Zuweisungen August 2020 – Januar 2021', en: 'Landkreis Gießen: Zuweisungen August 2020 – January 2021' },
    quantity: { kind: 'zuweisungenKreis', kreis: LK_GIESSEN, from: '2020-08-01', to: '2021-01-31' },
    value: 99,
    sources: ['mittelhessen-lkgi-2021'],
    note: '99 Zuweisungen in six months.',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'lkgi-untergebracht-2021-02',
    label: { de: 'Landkreis Gießen: untergebrachte Geflüchtete, Februar 2021', en: 'Landkreis Gießen: refugees housed, February 2021' },
    quantity: { kind: 'untergebracht', kreis: LK_GIESSEN, date: '2021-02-15' },
    value: 1422,
    sources: ['mittelhessen-lkgi-2021'],
    note: '553 in GUs + 869 (AsylbLG) in private flats.',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'dadi-zuweisungen-2021-07',
    label: { de: 'Landkreis Darmstadt-Dieburg: Zuweisungen je Woche, Juli 2021', en: 'Landkreis Darmstadt-Dieburg: Zuweisungen per week, July 2021' },
    quantity: { kind: 'zuweisungenKreis', kreis: DADI, ...month('2021-07'), per: 'woche' },
    value: 3,
    sources: ['bergstraesser-dadi-2021'],
    note: '"now 3 Zuweisungen a week".',
    rolle: 'ergebnis',
  }),
  fig({
    id: 'dadi-untergebracht-2021-07',
    label: { de: 'Landkreis Darmstadt-Dieburg: untergebrachte Personen, Juli 2021', en: 'Landkreis Darmstadt-Dieburg: persons housed, July 2021' },
    quantity: { kind: 'untergebracht', kreis: DADI, date: '2021-07-15' },
    value: 1637,
    sources: ['bergstraesser-dadi-2021'],
    note: '"87 Unterkünfte for 1,637 persons", read as persons housed (it could also be read as places).',
    rolle: 'ergebnis',
  }),

  // ---- Ukraine 2022 (Land), money ----------------------------------------------------------------------
  fig({
    id: 'direkt-ukraine-2022-06',
    label: { de: 'Geflüchtete aus der Ukraine in Hessen bis Juni 2022', en: 'Refugees from Ukraine in Hessen by June 2022' },
    quantity: { kind: 'direktZugaenge', from: '2022-02-24', to: '2022-06-30' },
    value: 65000,
    sources: ['hmdis-landesunterkuenfte-2022'],
    note: '~65,000 Ukrainians registered in the Hessian Melderegister (incl. persons in private housing). Model: persons taken in outside the LAG procedure (arrivals.direct), an input of the scenario.',
    rolle: 'eingabe',
  }),
  fig({
    id: 'pauschale-2024',
    label: { de: 'Pauschalen des Landes an die Gebietskörperschaften 2024', en: 'Land Pauschalen to the Kreise and cities 2024' },
    quantity: { kind: 'pauschale', ...year(2024) },
    value: 507_000_000,
    sources: ['rodgauer-morgen-pauschale-2024'],
    note: '~507 million EUR for the 26 Gebietskörperschaften in 2024 (after the +10 % raise). Model: große Pauschale for persons under the AsylbLG in the Kommunen; the LAG pays further amounts (e.g. for humanitarian residence permits) that the model does not have.',
    rolle: 'ergebnis',
  }),
];
