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
  QUOTA_WINDOW_DAYS,
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
  DAUERHAFT_2023,
  byDate,
} from './timeline.ts';

const START = '2022-01-01';
const END = '2024-12-31';
/**
 * Share of the Ukrainians who need a place of the Kommune: Modellannahme (most found private housing,
 * [stern-ukraine-wohnungssuche-2022]). Check: in August 2022 Frankfurt housed ≈ 2,500 of 8,100 registered Ukrainians
 * in emergency shelters and hotels (31 %), the city of Fulda almost none [fr-ukrainer-2022]. All of them register with
 * a Kommune and are credited against its quota [hessenschau-verteilung-2023]; those not housed leave its places within
 * two weeks (Modellannahme).
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
      'dpa-asylantraege-hessen-2024: Asylerstanträge in Hessen 2022 20.732, 2023 27.382, 2024 18.068; bamf-asylgeschaeftsstatistik: nach der Form der bundesweiten Erstanträge auf die Monate verteilt; augsburger-erstaufnahme-2025: die Zugänge des RP Gießen (2023 44.573, 2024 29.464) enthalten Ukrainer; frnrw-erstantraege-2021: Erstanträge enthalten in Deutschland geborene Kinder (2021 17 %); welt-asylsuchende-2020: 16 % Weitergeleitete (2020); modellannahme: beides hebt sich etwa auf (Herleitung in builtin/arrivals.ts)',
    'arrivals.direct.series':
      'hmdis-landesunterkuenfte-2022: ≈ 65.000 Ukrainer bis Juni 2022; hessenschau-ukrainer-erstaufnahme: > 90.000 (Ende 2022); hsgb-fluechtlingsaufnahme-2023: Jan–Apr 2023 ≈ 9.900; modellannahme: Fortschreibung (builtin/arrivals.ts)',
    'arrivals.direct.housedShare':
      'stern-ukraine-wohnungssuche-2022: viele zuerst privat untergebracht; fr-ukrainer-2022: Frankfurt ≈ 2.500 von 8.100 in städtischen Unterkünften (Aug 2022), Fulda fast alle in Wohnungen; modellannahme: 25 % brauchen einen Platz der Kommune',
    'arrivals.direct.privateDays': 'modellannahme: privat untergebracht binnen zwei Wochen nach der Anmeldung',
    'arrivals.direct.moveOut': 'modellannahme: wie exits.afterRecognition ≈ 9 Monate bis zur eigenen Wohnung (ab Juni 2022 Grundsicherung, eigene Wohnung möglich)',
    'arrivals.direct.shares':
      'gn-mkk-2023: Main-Kinzig-Kreis ≈ 7.000 bis Feb 2023; stern-mtk-2023: Main-Taunus-Kreis ≈ 2.000 bis Feb 2023; faz-verteilung-2023: vor allem die Städte; modellannahme: übrige Landkreise das Mittel der beiden, Städte der Rest (≈ 1,5 × Einwohneranteil), ukraineShares() in builtin/arrivals.ts',
    'arrivals.direct.creditQuota': 'hessenschau-verteilung-2023: Anrechnung auf die Quote, Frankfurt und Offenbach 2023 zeitweise ohne Zuweisungen',
    'arrivals.safeCountryShare': 'modellannahme',
    'erstaufnahme.sites':
      'tonline-kapazitaeten-2019: 6.380 Plätze 2019; fr-hessen-erstaufnahme-2021: Fuldatal 600, Friedberg 1.000, Bensheim 425, Kelley Barracks 750 ab Ende 2021; hessenschau-ldk-2022: + 1.050 Dez 2022; augsburger-erstaufnahme-2025: 11.647 Ende 2023; hessenschau-ukrainer-erstaufnahme: berichtet außerdem ≈ 8.600 Plätze; modellannahme: Aufteilung auf die Standorte (builtin/erstaufnahme.ts)',
    'erstaufnahme.dwell': 'hessenschau-erstaufnahme-2020: 3–4 Monate 2020; rtl-erstaufnahme-2023: 3–4 Monate 2023',
    'erstaufnahme.maxDays':
      'asylg: § 47 Abs. 1, 18 Monate; unbelegt: seit August 2019; modellannahme: Familien (6 Monate) nicht unterschieden',
    'erstaufnahme.holdSafeCountry': 'asylg: § 47 Abs. 1a',
    'erstaufnahme.forwardingShare': 'welt-asylsuchende-2020: 2020 1.054 von 6.653 Registrierten weitergeleitet',
    'procedure.periods':
      'bt-drs-19-7552: 7,3 Monate Q2 2018; modellannahme: fortgeschrieben; unbelegt: Schutzquoten 2022–2024 (BAMF, nicht geprüft)',
    'exits.kreisFactor':
      'cdu-hessen-wohnsitzauflage-2017: Wohnsitzauflage wie 2017–2019; frankfurt-vorlage-b2-2025: Frankfurt; modellannahme: Faktoren',
    'accommodation.kreisPerThousand':
      'modellannahme: 6,5 Plätze je 1.000 Einwohner Anfang 2022, ≈ 77 % belegt; hna-kassel-kosten-2018: Kassel 2018 67 % belegt; mittelhessen-heime-2018: Wiesbaden 2018 70 % belegt; hna-landkreis-kassel-2015: Typen der Landkreise; fnp-frankfurt-2016-11: Typen der Städte',
    'accommodation.gemeindePerThousand': 'modellannahme: wie accommodation.kreisPerThousand (Landkreise geben alle an Gemeinden weiter)',
    'accommodation.units': 'modellannahme: Landkreise ohne eigene Plätze auf Kreisebene (Weitergabe an Gemeinden, policies.kreis)',
    'accommodation.initialPerThousand':
      'mittelhessen-lkgi-2021: LK Gießen Feb 2021 1.422 = 5,3 je 1.000; bergstraesser-dadi-2021: Darmstadt-Dieburg 2021 1.637 = 5,5 je 1.000; frankfurt-vorlage-b2-2025: Frankfurt Jan 2022 3.703 = 4,9 je 1.000; modellannahme: ≈ 5 je 1.000 Einwohner',
    'accommodation.initialErstaufnahme': 'welt-erstaufnahme-2021: rund 5.500 in der Erstaufnahme am 18.10.2021, steigend',
    'money.pauschaleMonthsAfterRejection': 'fuldaer-zeitung-pauschale-2023: 3 Jahre für ab 2017 Zugewiesene',
    'money.gemeindeReimbursementPerPersonDay': 'fnp-wetterau-2016: Wetteraukreis ~2016 7,30 € + 1,50 €; modellannahme: fortgeschrieben',
  },
  arrivals: {
    series: { kind: 'monthly', values: hessenMonthly('2022-01', '2024-12') },
    direct: {
      series: { kind: 'monthly', values: ukraineMonthly('2022-01', '2024-12') },
      shares: ukraineShares(),
      housedShare: UKRAINE_HOUSED_SHARE,
      privateDays: { dist: 'uniform', min: 1, max: 14 },
      moveOut: { dist: 'exponential', mean: 270 },
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
  policies: { land: 'quote', kreis: 'einwohner', quota: hessenQuota({ ...QUOTA_KNOWN, '06440': 0.0475 }), weekdays: [1, 2, 3, 4, 5], quotaWindowDays: QUOTA_WINDOW_DAYS },
  events: byDate([PAUSCHALE_2022, ...EAE_2021_2024, ...UKRAINE_2022, DAUERHAFT_2023, PAUSCHALE_2024, LAENGER_IN_DER_EAE_2024], START, END),
};
