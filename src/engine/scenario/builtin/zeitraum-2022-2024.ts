/** `2022-2024`: rising arrivals, Ukrainians taken in outside the LAG and credited against the quotas. */
import type { ScenarioInput } from '../schema.ts';
import { hessenMonthly, ukraineMonthly, ukraineShares } from './arrivals.ts';
import {
  COSTS_DEFAULT,
  GEMEINDE_REIMBURSEMENT_2016,
  hessenExits,
  hessenKommunalCapacity,
  hessenQuota,
  HOUSEHOLD_SIZES,
  KREIS_FACTOR_WOHNSITZAUFLAGE,
  PAUSCHALE_HESSEN,
  PROCUREMENT_HESSEN,
  QUOTA_KNOWN,
  SITUATION_HESSEN,
  SOURCES_HESSEN,
} from './common.ts';
import { sitesFor } from './erstaufnahme.ts';
import {
  EAE_2021_2024,
  FORWARDING_SHARE_2020,
  LAENGER_IN_DER_EAE_2024,
  PAUSCHALE_2022,
  PAUSCHALE_2024,
  PROCEDURE_2022_2024,
  UKRAINE_2022,
  byDate,
} from './timeline.ts';

const START = '2022-01-01';
const END = '2024-12-31';
/**
 * Share of the Ukrainians who need a place in communal accommodation: Modellannahme (most found private housing).
 * Check: Frankfurt housed 3,703 refugees in Jan 2022 and 5,253 in Jan 2023 (FACTS.md §5.6) while it took in
 * thousands of Ukrainians.
 */
const UKRAINE_HOUSED_SHARE = 0.25;

export const zeitraum20222024: ScenarioInput = {
  id: '2022-2024',
  name: { de: 'Hessen 2022–2024: Ukraine und steigende Asylzugänge', en: 'Hessen 2022–2024: Ukraine and rising asylum arrivals' },
  description: {
    de: 'Januar 2022 bis Dezember 2024: Geflüchtete aus der Ukraine kommen ohne Asylverfahren direkt in die Kommunen – vor allem in die Städte – und werden auf die Aufnahmequote angerechnet; Frankfurt und Offenbach erhalten deshalb zeitweise keine Zuweisungen. Dazu steigende Asylzugänge 2023, eine Erstaufnahme mit 9.000–11.650 Plätzen und 3–4 Monaten Aufenthalt, die Pauschalen 2022–2027.',
    en: 'January 2022 to December 2024: refugees from Ukraine come straight to the Kommunen without an asylum procedure — mostly to the cities — and are credited against the quota, so Frankfurt and Offenbach get no Zuweisungen at times. Also rising asylum arrivals in 2023, an Erstaufnahme with 9,000–11,650 places and a stay of 3–4 months, the Pauschalen 2022–2027.',
  },
  period: { start: START, end: END },
  seed: 2022,
  region: 'hessen-2019',
  sources: {
    ...SOURCES_HESSEN,
    'arrivals.series':
      'builtin/arrivals.ts: Asylerstanträge in Hessen 2022 20.732, 2023 27.382, 2024 18.068 (hessen_asylum_annual.csv, BAMF via dpa/lhe), nach der Form der bundesweiten Erstanträge auf Monate verteilt (germany_asylum_monthly.csv). Die Zugänge des RP Gießen (2023 44.573, 2024 29.464, FACTS.md §3.2) enthalten Ukrainer; Erstanträge enthalten in Hessen geborene Kinder (bundesweit 2021 17 %, §3.5) und keine Weitergeleiteten (16 %) – beides hebt sich etwa auf',
    'arrivals.direct.series':
      'builtin/arrivals.ts: Ukrainer in Hessen (FACTS.md §3.4: ≈ 65.000 bis Juni 2022, > 90.000 Ende 2022, Jan–Apr 2023 ≈ 9.900; Fortschreibung Modellannahme) × 0,25 mit Bedarf an kommunaler Unterkunft (Modellannahme)',
    'arrivals.direct.shares':
      'builtin/arrivals.ts ukraineShares(): MKK ≈ 7.000 (FACTS.md §1.1), MTK ≈ 2.000 (§1.4) bis Feb 2023; übrige Landkreise Mittel der beiden, Städte der Rest (≈ 1,5 × Einwohneranteil, §1.3 „vor allem die Städte“): Modellannahme',
    'arrivals.direct.creditQuota': 'FACTS.md §1.3 (Anrechnung auf die Quote; Frankfurt und Offenbach 2023 zeitweise ohne Zuweisungen)',
    'arrivals.safeCountryShare': 'Modellannahme',
    'erstaufnahme.sites':
      'builtin/erstaufnahme.ts: FACTS.md §2.2, §2.5 (6.380 Plätze 2019 + Fuldatal 600, Friedberg 1.000, Bensheim 425, Kelley Barracks 750 ab Ende 2021; + 1.050 Dez 2022; 11.647 Ende 2023; berichtet außerdem 8.629 Plätze)',
    'erstaufnahme.dwell': 'FACTS.md §2.3, §2.5 (3–4 Monate 2020 und 2023)',
    'erstaufnahme.maxDays': 'FACTS.md §1b (§ 47 AsylG: 18 Monate, seit 2019 [M]; Familien 6 Monate nicht unterschieden)',
    'erstaufnahme.holdSafeCountry': 'FACTS.md §1b (§ 47 Abs. 1a AsylG)',
    'erstaufnahme.forwardingShare': 'hessen_asylum_annual.csv (2020: 1.054 von 6.653 Registrierten weitergeleitet, HMSI via dpa 01/2021)',
    'procedure.periods':
      'FACTS.md §5.3 (7,3 Monate Q2 2018, fortgeschrieben: Modellannahme); Schutzquoten 2022–2024 BAMF [M], nicht in FACTS.md',
    'exits.kreisFactor': 'wie 2017–2019 mit Wohnsitzauflage (FACTS.md §1c; Faktoren Modellannahme, Frankfurt §5.6)',
    'accommodation.kreisPerThousand':
      'Modellannahme: 6,5 Plätze je 1.000 Einwohner Anfang 2022, ≈ 77 % belegt (Kassel 2018 67 %, Wiesbaden 70 %, FACTS.md §5.5); Typen FACTS.md §5.1/§5.6',
    'accommodation.gemeindePerThousand': 'wie accommodation.kreisPerThousand (Landkreise geben alle an Gemeinden weiter)',
    'accommodation.units': 'Landkreise ohne eigene Plätze auf Kreisebene (Weitergabe an Gemeinden, policies.kreis)',
    'accommodation.initialPerThousand':
      'FACTS.md §5.5/§5.6: ≈ 5 je 1.000 Einwohner (LK Gießen Feb 2021 1.422 = 5,3; Darmstadt-Dieburg 2021 1.637 = 5,5; Frankfurt Jan 2022 3.703 = 4,9)',
    'accommodation.initialErstaufnahme':
      'welt.de (dpa) 19.10.2021: rund 5.500 in der Erstaufnahme, steigend (FACTS.md §2.2 nennt nur den Anstieg) – noch nicht in FACTS.md',
    'money.pauschaleMonthsAfterRejection': 'FACTS.md §4.1 (Fulda: 3 Jahre für ab 2017 Zugewiesene)',
    'money.gemeindeReimbursementPerPersonDay': 'FACTS.md §4.2 (Wetteraukreis ~2016: 7,30 € + 1,50 €; fortgeschrieben: Modellannahme)',
  },
  arrivals: {
    series: { kind: 'monthly', values: hessenMonthly('2022-01', '2024-12') },
    direct: {
      series: { kind: 'monthly', values: ukraineMonthly('2022-01', '2024-12', UKRAINE_HOUSED_SHARE) },
      shares: ukraineShares(),
      creditQuota: true,
    },
    noise: 'none',
    householdSizes: HOUSEHOLD_SIZES,
    safeCountryShare: 0.05,
  },
  erstaufnahme: {
    sites: sitesFor(START, END),
    dwell: { dist: 'gamma', mean: 105, cv: 0.4 },
    maxDays: 548,
    holdSafeCountry: true,
    forwardingShare: FORWARDING_SHARE_2020,
    forwardingDelay: { dist: 'uniform', min: 2, max: 10 },
  },
  procedure: { periods: PROCEDURE_2022_2024 },
  exits: hessenExits(KREIS_FACTOR_WOHNSITZAUFLAGE),
  accommodation: {
    order: ['eigene', 'gu', 'wohnung', 'hotel'],
    ...hessenKommunalCapacity(6.5),
    costs: COSTS_DEFAULT,
    initialPerThousand: 5,
    initialErstaufnahme: 5500,
  },
  situation: SITUATION_HESSEN,
  procurement: PROCUREMENT_HESSEN,
  money: { pauschale: PAUSCHALE_HESSEN, pauschaleMonthsAfterRejection: 36, gemeindeReimbursementPerPersonDay: GEMEINDE_REIMBURSEMENT_2016 },
  policies: { land: 'quote', kreis: 'einwohner', quota: hessenQuota({ ...QUOTA_KNOWN, '06440': 0.0475 }), weekdays: [1, 2, 3, 4, 5] },
  events: byDate([PAUSCHALE_2022, ...EAE_2021_2024, ...UKRAINE_2022, PAUSCHALE_2024, LAENGER_IN_DER_EAE_2024], START, END),
};
