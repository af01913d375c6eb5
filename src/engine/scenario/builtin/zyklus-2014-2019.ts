/** `zyklus-2014-2019`: the full cycle in Hessen — rise, peak, decline — and how ten-year contracts turn into empty places. */
import type { ScenarioInput } from '../schema.ts';
import { hessenMonthly } from './arrivals.ts';
import {
  COSTS_DEFAULT,
  GEMEINDE_REIMBURSEMENT_2014,
  hessenExits,
  hessenKommunalCapacity,
  hessenQuota,
  HOUSEHOLD_SIZES,
  KREIS_FACTOR_CITIES,
  PAUSCHALE_HESSEN,
  PROCUREMENT_HESSEN,
  SITUATION_HESSEN,
  SOURCES_HESSEN,
} from './common.ts';
import { sitesFor } from './erstaufnahme.ts';
import {
  ACHTZEHN_MONATE_2019,
  ASYLPAKET_I,
  BALKANROUTE_2016,
  EAE_BUILDUP_2015,
  EAE_REDUCTION_2017_2019,
  FORWARDING_2016,
  FORWARDING_2019,
  FORWARDING_REGIME_2015,
  FORWARDING_SEP_2015,
  PAUSCHALE_2016,
  QUOTE_WETTERAU_2016,
  PAUSCHALE_LIMIT_2017,
  PROCEDURE_2014_2019,
  STANDORTKONZEPT_2016,
  WOHNSITZAUFLAGE_2017,
  ZELTE_GIESSEN_2014,
  byDate,
} from './timeline.ts';

const START = '2014-01-01';
const END = '2019-12-31';
const ARRIVALS = hessenMonthly('2014-01', '2019-12');
const DWELL_DAYS = 35;
/**
 * Share of registrations forwarded to other Länder in 2014: Hessen registered ≈ 17,500 (FACTS.md §2.5) against its
 * Königsteiner share of Germany's 202,834 applications (7.50502 % → 15,223; §3.1, §5.3): 1 − 15,223/17,500 ≈ 0.13.
 */
const FORWARDING_2014 = Math.round((1 - (202_834 * 0.0750502) / 17_500) * 1000) / 1000;

export const zyklus20142019: ScenarioInput = {
  id: 'zyklus-2014-2019',
  name: { de: 'Der ganze Zyklus 2014–2019', en: 'The whole cycle 2014–2019' },
  description: {
    de: 'Januar 2014 bis Dezember 2019: Anstieg, Höhepunkt im Herbst 2015 und Rückgang. Die Kommunen schließen auf dem Höhepunkt Verträge über zehn Jahre; als die Zugänge fallen, bleiben bezahlte Plätze leer. Dazu der Abbau der Erstaufnahme, die Wohnsitzauflage (01.09.2017) und die 18-Monats-Regel (2019).',
    en: 'January 2014 to December 2019: rise, peak in autumn 2015 and decline. At the peak the Kommunen sign ten-year contracts; when arrivals fall, paid places stand empty. Also the Erstaufnahme cut-back, the residence rule (1 Sep 2017) and the 18-month rule (2019).',
  },
  period: { start: START, end: END },
  seed: 2014,
  region: 'hessen-2019',
  sources: {
    ...SOURCES_HESSEN,
    'arrivals.series':
      'builtin/arrivals.ts: Hessens eigene Jahres- und Monatszahlen (FACTS.md §2.5 2014 ≈ 17.500; §3.2; §2.3; §2.4/§5.5 2016 24.615, 2017 12.073; §4.2/§5.5 2018; hessen_asylum_annual.csv 2018 10.500, 2019 9.177), innerhalb eines Jahres nach der Form der bundesweiten Anträge (germany_asylum_monthly.csv); Apr–Okt 2015 EASY (FACTS.md §3.3) × Königsteiner Schlüssel (§3.1) × Verhältnis Hessen/KS-Anteil',
    'arrivals.safeCountryShare': 'Modellannahme (gilt erst ab Asylpaket I, 24.10.2015)',
    'erstaufnahme.sites':
      'builtin/erstaufnahme.ts: FACTS.md §2.2, §2.5, §5.5 (4.000 Plätze 2014/Anfang 2015, 40.000 Ende 2015, 20.000 Mitte 2016, 9.440 Frühjahr 2018, 6.480/6.380 ab 2018/2019); Aufteilung auf Standorte und Zwischenschritte Modellannahme',
    'erstaufnahme.dwell': 'FACTS.md §2.3 (4–6 Wochen Anfang 2015; ≈ 8 Wochen 2016; 3–4 Monate 2020 — siehe Ereignisse)',
    'erstaufnahme.maxDays': 'FACTS.md §1b (§ 47 AsylG: 3 Monate; 6 ab 24.10.2015; 18 ab 2019 [M])',
    'erstaufnahme.holdSafeCountry': 'FACTS.md §1b (erst ab Asylpaket I, 24.10.2015)',
    'erstaufnahme.forwardingShare':
      '2014: 0,13 (17.500 registriert vs. KS-Anteil 7,50502 % × 202.834 Anträge = 15.223, FACTS.md §2.5/§3.1/§5.3); Jan–Aug 2015: 0,42 (Q1 2015: 13.000 registriert vs. 7.477 KS-Anteil, §2.2/§3.1/§3.3); ab Sep 2015 0; 2016 0,17 (§2.4/§3.2); 2017 0,08 (§2.4/§5.5); ab 2019 0,16 (hessen_asylum_annual.csv 2020)',
    'procedure.periods':
      'FACTS.md §5.3 (7,1 + ≈ 6 Monate 2016; 10,7 + 4,2 Monate 2017; 7,3 Monate Q2 2018), §5.4 (≈ 50 % 2015, ≈ 62 % 2016, 43 % 2017, ≈ 35 % 2018; 2014 bereinigt 48,5 %); Zuordnung zu Ankunftskohorten und 2014: Modellannahme',
    'accommodation.kreisPerThousand': 'Modellannahme: 2,5 Plätze je 1.000 Einwohner Anfang 2014 (Kassel Okt 2014 ≈ 3,5 Geflüchtete je 1.000, FACTS.md §4.2); Typen FACTS.md §5.1/§5.6',
    'accommodation.gemeindePerThousand': 'wie accommodation.kreisPerThousand (Landkreise geben alle an Gemeinden weiter)',
    'accommodation.units': 'Landkreise ohne eigene Plätze auf Kreisebene (Weitergabe an Gemeinden, policies.kreis)',
    'accommodation.initialPerThousand': 'Modellannahme: 2 je 1.000 Einwohner Anfang 2014 (unter Kassel Okt 2014 ≈ 3,5 je 1.000, FACTS.md §4.2)',
    'accommodation.initialErstaufnahme': 'abgeleitet: Zugänge Januar 2014 je Tag × mittlere Verweildauer (Little)',
    'money.gemeindeReimbursementPerPersonDay': 'FACTS.md §1.2/§4.2 (Wetteraukreis 2014: 6,80 €; ab 2016 7,30 € + 1,50 €, siehe Ereignis)',
    'money.pauschaleMonthsAfterRejection': 'FACTS.md §4.1 (Fulda: 2 Jahre für vor 2017, 3 Jahre für ab 2017 Zugewiesene, siehe Ereignis)',
    'money.pauschale': 'FACTS.md §4.1 (2015: 725,40/652,20/601,46 €; ab 2016: 1.050/940/865 €); 2014 gelten die Beträge von 2015 (für 2014 keine Angabe: Modellannahme)',
  },
  arrivals: {
    series: { kind: 'monthly', values: ARRIVALS },
    noise: 'none',
    householdSizes: HOUSEHOLD_SIZES,
    safeCountryShare: 0.05,
  },
  erstaufnahme: {
    sites: sitesFor(START, END),
    dwell: { dist: 'gamma', mean: DWELL_DAYS, cv: 0.35 },
    maxDays: 91,
    holdSafeCountry: false,
    forwardingShare: FORWARDING_2014,
    forwardingDelay: { dist: 'uniform', min: 2, max: 10 },
  },
  procedure: { periods: PROCEDURE_2014_2019 },
  exits: hessenExits(KREIS_FACTOR_CITIES),
  accommodation: {
    order: ['eigene', 'gu', 'wohnung', 'hotel'],
    ...hessenKommunalCapacity(2.5),
    costs: COSTS_DEFAULT,
    initialPerThousand: 2,
    initialErstaufnahme: Math.round((((ARRIVALS['2014-01'] ?? 0) / 31) * ((1 - FORWARDING_2014) * DWELL_DAYS + FORWARDING_2014 * 6))),
  },
  situation: SITUATION_HESSEN,
  procurement: PROCUREMENT_HESSEN,
  money: { pauschale: PAUSCHALE_HESSEN, pauschaleMonthsAfterRejection: 24, gemeindeReimbursementPerPersonDay: GEMEINDE_REIMBURSEMENT_2014 },
  policies: { land: 'quote', kreis: 'einwohner', quota: hessenQuota(), weekdays: [1, 2, 3, 4, 5] },
  events: byDate(
    [
      ...ZELTE_GIESSEN_2014,
      FORWARDING_REGIME_2015,
      ...EAE_BUILDUP_2015,
      FORWARDING_SEP_2015,
      ASYLPAKET_I,
      PAUSCHALE_2016,
      QUOTE_WETTERAU_2016,
      FORWARDING_2016,
      BALKANROUTE_2016,
      STANDORTKONZEPT_2016,
      PAUSCHALE_LIMIT_2017,
      WOHNSITZAUFLAGE_2017,
      ...EAE_REDUCTION_2017_2019,
      FORWARDING_2019,
      ACHTZEHN_MONATE_2019,
    ],
    START,
    END,
  ),
};
