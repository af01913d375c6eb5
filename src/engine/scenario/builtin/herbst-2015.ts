/** `herbst-2015`: Hessen from June 2015 to December 2016 — the peak, Asylpaket I, the Pauschale raise, the Erstaufnahme build-up. */
import type { ScenarioInput } from '../schema.ts';
import { FORWARDING_SHARE_H1_2015, hessenMonthly } from './arrivals.ts';
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
import { ASYLPAKET_I, BALKANROUTE_2016, EAE_BUILDUP_2015, FORWARDING_2016, FORWARDING_SEP_2015, PAUSCHALE_2016, PROCEDURE_2014_2019, QUOTE_WETTERAU_2016, STANDORTKONZEPT_2016, byDate } from './timeline.ts';
import { sitesFor } from './erstaufnahme.ts';

const START = '2015-06-01';
const END = '2016-12-31';
const ARRIVALS = hessenMonthly('2015-06', '2016-12');
const DWELL_DAYS = 35;
const FORWARD_DAYS = 6;

/**
 * Persons in the Erstaufnahme on 1 June 2015: June's inflow per day × the mean stay (Little's law) — those who stay
 * for the dwell time, those forwarded for the forwarding delay.
 */
const INITIAL_EAE = Math.round(((ARRIVALS['2015-06'] ?? 0) / 30) * ((1 - FORWARDING_SHARE_H1_2015) * DWELL_DAYS + FORWARDING_SHARE_H1_2015 * FORWARD_DAYS));

export const herbst2015: ScenarioInput = {
  id: 'herbst-2015',
  name: { de: 'Herbst 2015 in Hessen', en: 'Autumn 2015 in Hessen' },
  description: {
    de: 'Juni 2015 bis Dezember 2016: bis zu 15.000 Zugänge im Monat, Ausbau der Erstaufnahme von gut 4.000 auf 40.000 Plätze, Asylpaket I (24.10.2015), die höhere Pauschale ab 01.01.2016 und der Rückgang nach der Schließung der Balkanroute.',
    en: 'June 2015 to December 2016: up to 15,000 arrivals a month, Erstaufnahme grown from just over 4,000 to 40,000 places, Asylpaket I (24 Oct 2015), the higher Pauschale from 1 Jan 2016 and the fall after the Balkan route closed.',
  },
  period: { start: START, end: END },
  seed: 2015,
  region: 'hessen-2019',
  sources: {
    ...SOURCES_HESSEN,
    'arrivals.series':
      'builtin/arrivals.ts: Hessens eigene Zahlen (FACTS.md §3.2, §2.3, §2.4: Nov 2015 > 15.000, Dez 8.900, Jan 2016 6.823, Feb 5.165, März ≈ 68/Tag, 2016: 24.615); Jun–Okt 2015 EASY (FACTS.md §3.3) × Königsteiner Schlüssel 7,31557 % (§3.1) × Verhältnis Hessen/KS-Anteil (Q1 2015: 1,74; ab Sep 2015: 1, Modellannahme)',
    'arrivals.safeCountryShare': 'Modellannahme (Westbalkan nach Sommer 2015 nur noch ein kleiner Teil der Zugänge)',
    'erstaufnahme.sites': 'builtin/erstaufnahme.ts: FACTS.md §2.2 (4.000 → 40.000 Plätze 2015; 19 Standorte mit 20.000 Plätzen Mitte 2016); Aufteilung auf Standorte Modellannahme',
    'erstaufnahme.dwell': 'FACTS.md §2.3 (4–6 Wochen Anfang 2015; ≈ 8 Wochen ab Asylpaket I, siehe Ereignis)',
    'erstaufnahme.maxDays': 'FACTS.md §1b (§ 47 AsylG: 3 Monate, ab 24.10.2015 6 Monate)',
    'erstaufnahme.holdSafeCountry': 'FACTS.md §1b (erst ab Asylpaket I, 24.10.2015)',
    'erstaufnahme.forwardingShare':
      'FACTS.md §2.2, §3.1, §3.3: Q1 2015 13.000 registriert gegenüber 7.477 KS-Anteil → 1 − 1/1,74 = 0,42 weitergeleitet; ab Sep 2015 ≈ 0 (Nov 2015–Jan 2016 entsprechen die Zugänge dem KS-Anteil); 2016 0,17 (24.615 vs. 20.500, §2.4)',
    'procedure.periods':
      'FACTS.md §5.3 (7,1 + ≈ 6 Monate für 2016 Entschiedene, 10,7 + 4,2 Monate 2017), §5.4 (Schutzquote ≈ 50 % 2015, ≈ 62 % 2016, 43 % 2017); Zuordnung der Entscheidungsjahre zu Ankunftskohorten: Modellannahme',
    'accommodation.kreisPerThousand': 'Modellannahme: 5 Plätze je 1.000 Einwohner Mitte 2015 (Kassel Okt 2014 ≈ 700 Geflüchtete = 3,5 je 1.000, FACTS.md §4.2); Typen FACTS.md §5.1/§5.6',
    'accommodation.gemeindePerThousand': 'wie accommodation.kreisPerThousand (Landkreise geben alle an Gemeinden weiter)',
    'accommodation.units': 'Landkreise ohne eigene Plätze auf Kreisebene (Weitergabe an Gemeinden, policies.kreis)',
    'accommodation.initialPerThousand': 'Modellannahme: 4 je 1.000 Einwohner Mitte 2015 (Kassel Okt 2014 ≈ 3,5 je 1.000, FACTS.md §4.2)',
    'accommodation.initialErstaufnahme': 'abgeleitet: Zugänge Juni 2015 je Tag × mittlere Verweildauer (Little)',
    'money.gemeindeReimbursementPerPersonDay': 'FACTS.md §1.2/§4.2 (Wetteraukreis 2014: 6,80 €; ab 2016 7,30 € + 1,50 €, siehe Ereignis)',
    'money.pauschaleMonthsAfterRejection': 'FACTS.md §4.1 (Fulda: 2 Jahre für vor 2017 Zugewiesene)',
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
    forwardingShare: Math.round(FORWARDING_SHARE_H1_2015 * 1000) / 1000,
    forwardingDelay: { dist: 'uniform', min: 2, max: 2 * FORWARD_DAYS - 2 },
  },
  procedure: { periods: PROCEDURE_2014_2019.filter((p) => p.from >= '2015-01-01') },
  exits: hessenExits(KREIS_FACTOR_CITIES),
  accommodation: {
    order: ['eigene', 'gu', 'wohnung', 'hotel'],
    ...hessenKommunalCapacity(5),
    costs: COSTS_DEFAULT,
    initialPerThousand: 4,
    initialErstaufnahme: INITIAL_EAE,
  },
  situation: SITUATION_HESSEN,
  procurement: PROCUREMENT_HESSEN,
  money: { pauschale: PAUSCHALE_HESSEN, pauschaleMonthsAfterRejection: 24, gemeindeReimbursementPerPersonDay: GEMEINDE_REIMBURSEMENT_2014 },
  policies: { land: 'quote', kreis: 'einwohner', quota: hessenQuota(), weekdays: [1, 2, 3, 4, 5] },
  events: byDate([...EAE_BUILDUP_2015, FORWARDING_SEP_2015, ASYLPAKET_I, PAUSCHALE_2016, QUOTE_WETTERAU_2016, FORWARDING_2016, BALKANROUTE_2016, STANDORTKONZEPT_2016], START, END),
};
