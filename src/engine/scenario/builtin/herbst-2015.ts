/** `herbst-2015`: Hessen from June 2015 to December 2016 — the peak, Asylpaket I, the Pauschale raise, the Erstaufnahme build-up. */
import type { ScenarioInput } from '../schema.ts';
import { COSTS_DEFAULT, PAUSCHALE_HESSEN, SOURCES_DEFAULT } from './common.ts';

/**
 * Registrations in Hessen per month (persons). Nov 2015 >15,000, Dec 2015 ≈ 8,900, Jan 2016 6,823, Feb 2016 5,165,
 * Mar 2016 ≈ 68/day (FACTS.md §3.2, §2.3); Jun–Oct 2015 from Germany's EASY registrations × Hessen's
 * Königsteiner share 7.31557 % (FACTS.md §3.1, §3.3: Aug 104,460, Oct ≈ 181,000) so that 2015 sums to ≈ 110,000
 * (§3.2); Apr–Dec 2016 spread so that 2016 sums to ≈ 24,600 (§4.2, Sozialministerium).
 */
const ARRIVALS: Record<string, number> = {
  '2015-06': 6500,
  '2015-07': 8000,
  '2015-08': 7640,
  '2015-09': 12000,
  '2015-10': 13250,
  '2015-11': 15100,
  '2015-12': 8900,
  '2016-01': 6823,
  '2016-02': 5165,
  '2016-03': 2110,
  '2016-04': 1170,
  '2016-05': 1170,
  '2016-06': 1170,
  '2016-07': 1170,
  '2016-08': 1170,
  '2016-09': 1170,
  '2016-10': 1170,
  '2016-11': 1170,
  '2016-12': 1170,
};

export const herbst2015: ScenarioInput = {
  id: 'herbst-2015',
  name: { de: 'Herbst 2015 in Hessen', en: 'Autumn 2015 in Hessen' },
  description: {
    de: 'Juni 2015 bis Dezember 2016: bis zu 15.000 Zugänge im Monat, Ausbau der Erstaufnahme von 4.000 auf 40.000 Plätze, Asylpaket I (24.10.2015) und die höhere Pauschale ab 01.01.2016.',
    en: 'June 2015 to December 2016: up to 15,000 arrivals a month, Erstaufnahme grown from 4,000 to 40,000 places, Asylpaket I (24 Oct 2015) and the higher Pauschale from 1 Jan 2016.',
  },
  period: { start: '2015-06-01', end: '2016-12-31' },
  seed: 2015,
  region: 'hessen-2019',
  sources: {
    ...SOURCES_DEFAULT,
    arrivals: 'FACTS.md §3.1–3.3 (Hessen monthly figures; EASY × Königsteiner Schlüssel)',
    'erstaufnahme.sites': 'FACTS.md §2.2 (4.000 → 40.000 Plätze 2015; 19 Standorte mit 20.000 Plätzen Mitte 2016)',
    'erstaufnahme.dwell': 'FACTS.md §2.3 (4–6 Wochen Anfang 2015, ≈ 8 Wochen März 2016)',
    'erstaufnahme.maxDays': 'FACTS.md §1b (§ 47 AsylG: 3 Monate, ab 24.10.2015 6 Monate)',
    'erstaufnahme.forwardingShare': 'FACTS.md §3.2 (2015: ≈ 110.000 angekommen, ≈ 75.000 geblieben)',
    'procedure.periods': 'FACTS.md §5.3–5.4 (7,1 + ≈ 6 Monate 2016; Schutzquote ≈ 50 % 2015, ≈ 62 % 2016)',
    'accommodation.initialPerThousand': 'Modellannahme (Bestand Mitte 2015)',
  },
  arrivals: {
    series: { kind: 'monthly', values: ARRIVALS },
    noise: 'none',
    householdSizes: [0.42, 0.14, 0.13, 0.14, 0.1, 0.07],
    safeCountryShare: 0.15,
  },
  erstaufnahme: {
    sites: [
      {
        id: 'heae-giessen',
        name: 'HEAE Gießen',
        host: '06531005',
        capacity: [
          { from: '2015-06-01', places: 3200, notunterkunft: 0 },
          { from: '2015-09-01', places: 6000, notunterkunft: 0 },
          { from: '2016-07-01', places: 4500, notunterkunft: 0 },
        ],
      },
      {
        id: 'eae-neustadt',
        name: 'Außenstelle Neustadt (Hessen)',
        host: '06534016',
        capacity: [
          { from: '2015-06-01', places: 300, notunterkunft: 0 },
          { from: '2015-09-01', places: 800, notunterkunft: 0 },
        ],
      },
      {
        id: 'eae-rotenburg',
        name: 'Außenstelle Rotenburg a.d. Fulda',
        host: '06632018',
        capacity: [
          { from: '2015-06-01', places: 0, notunterkunft: 0 },
          { from: '2015-08-14', places: 1000, notunterkunft: 0 },
        ],
      },
      {
        id: 'eae-buedingen',
        name: 'Außenstelle Büdingen',
        host: '06440004',
        capacity: [
          { from: '2015-06-01', places: 0, notunterkunft: 0 },
          { from: '2015-10-15', places: 800, notunterkunft: 0 },
        ],
      },
      {
        id: 'eae-nordhessen',
        name: 'Außenstellen Nordhessen (Calden, Fuldatal, Kassel u. a.)',
        host: '06633005',
        capacity: [
          { from: '2015-06-01', places: 500, notunterkunft: 0 },
          { from: '2015-08-15', places: 4000, notunterkunft: 2000 },
          { from: '2015-11-01', places: 9000, notunterkunft: 0 },
          { from: '2016-07-01', places: 5000, notunterkunft: 0 },
          { from: '2016-12-01', places: 2500, notunterkunft: 0 },
        ],
      },
      {
        id: 'eae-suedhessen',
        name: 'Außenstellen Süd- und Mittelhessen (Darmstadt, Neu-Isenburg, Biebesheim, Weilburg u. a.)',
        host: '06411',
        capacity: [
          { from: '2015-06-01', places: 0, notunterkunft: 0 },
          { from: '2015-08-15', places: 5000, notunterkunft: 3000 },
          { from: '2015-11-01', places: 21400, notunterkunft: 0 },
          { from: '2016-07-01', places: 8700, notunterkunft: 0 },
          { from: '2016-12-01', places: 3000, notunterkunft: 0 },
        ],
      },
    ],
    dwell: { dist: 'gamma', mean: 35, cv: 0.35 },
    maxDays: 90,
    holdSafeCountry: false,
    forwardingShare: 0.32,
    forwardingDelay: { dist: 'uniform', min: 2, max: 10 },
  },
  procedure: {
    periods: [
      { from: '2015-01-01', duration: { dist: 'lognormal', mean: 300, cv: 0.5 }, protectionRate: 0.5 },
      { from: '2016-01-01', duration: { dist: 'lognormal', mean: 395, cv: 0.5 }, protectionRate: 0.62 },
    ],
  },
  exits: {
    afterRecognition: { dist: 'exponential', mean: 270 },
    departShare: 0.45,
    departDelay: { dist: 'exponential', mean: 150 },
    geduldetStay: { dist: 'exponential', mean: 900 },
    kreisFactor: { '06412': 1.6, '06413': 1.4, '06414': 1.4, '06411': 1.4 },
  },
  accommodation: {
    kreisPerThousand: { gu: 3, wohnung: 1, hotel: 0.2 },
    gemeindePerThousand: { gu: 2, wohnung: 1 },
    costs: COSTS_DEFAULT,
    initialPerThousand: 4,
    initialErstaufnahme: 3000,
  },
  situation: { angespannt: 0.9, ueberlastet: 1, notbetrieb: 1.1, hysteresis: 0.05 },
  procurement: {
    strategy: 'reaktiv',
    threshold: 0.9,
    type: 'gu',
    stepShare: 0.25,
    minPlaces: 20,
    contractDays: 30,
    openDays: 75,
    termDays: 3650,
    emergencyOpenDays: 3,
    emergencyTermDays: 180,
  },
  money: { pauschale: PAUSCHALE_HESSEN, pauschaleMonthsAfterRejection: 24, gemeindeReimbursementPerPersonDay: 8.8 },
  policies: { land: 'quote', kreis: 'einwohner', weekdays: [1, 2, 3, 4, 5] },
  events: [
    {
      date: '2015-10-24',
      label: {
        de: 'Asylpaket I: Erstaufnahme bis zu 6 Monate, Staatsangehörige sicherer Herkunftsstaaten bleiben bis zur Entscheidung',
        en: 'Asylpaket I: up to 6 months in Erstaufnahme; nationals of safe countries stay until the decision',
      },
      source: 'FACTS.md §1b (Asylverfahrensbeschleunigungsgesetz, in Kraft 24.10.2015)',
      set: { 'erstaufnahme.maxDays': 180, 'erstaufnahme.holdSafeCountry': true },
    },
    {
      date: '2016-01-01',
      label: {
        de: 'Pauschale nach dem LAG steigt um rund 45 % (Stufe I 1.050 €, II 940 €, III 865 €)',
        en: 'LAG Pauschale rises by about 45 % (tier I €1,050, II €940, III €865)',
      },
      source: 'FACTS.md §4.1 (Einigung 01.12.2015, gültig ab 01.01.2016); the amounts are in money.pauschale',
    },
    {
      date: '2016-01-01',
      label: {
        de: 'Weniger Weiterleitungen in andere Länder (2016: ≈ 24.600 Zugänge, ≈ 20.500 geblieben)',
        en: 'Fewer forwarded to other Länder (2016: ≈ 24,600 arrivals, ≈ 20,500 stayed)',
      },
      source: 'FACTS.md §2.4, §3.2',
      set: { 'erstaufnahme.forwardingShare': 0.17 },
    },
    {
      date: '2016-03-01',
      label: { de: 'Verweildauer in der Erstaufnahme rund acht Wochen', en: 'Stay in Erstaufnahme about eight weeks' },
      source: 'FACTS.md §2.3 (Sozialminister Grüttner, 29.03.2016)',
      set: { 'erstaufnahme.dwell': { dist: 'gamma', mean: 56, cv: 0.35 } },
    },
  ],
};
