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
  QUOTA_WINDOW_DAYS,
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
      'welt-ausgereist-2016: Nov 2015 > 15.000, Dez 8.900, Jan 2016 6.823, Feb 5.165; epd-verweildauer-2016: März 2016 ≈ 68 am Tag; sz-fluechtlingsheime-2018: 2016 24.615; nd-easy-2015: EASY Jun–Okt 2015; niedersachsen-ks-2015: × Königsteiner Schlüssel 7,31557 %; modellannahme: × Verhältnis Hessen/KS-Anteil (Q1 2015 1,74, ab Sep 2015 1), Herleitung in builtin/arrivals.ts',
    'arrivals.safeCountryShare': 'modellannahme: Westbalkan nach Sommer 2015 nur noch ein kleiner Teil der Zugänge',
    'erstaufnahme.sites':
      'hessenschau-schliessungen: 4.000 → 40.000 Plätze 2015; lokalo24-nordhessen-2016: 19 Standorte mit 20.000 Plätzen Mitte 2016; modellannahme: Aufteilung auf die Standorte (builtin/erstaufnahme.ts)',
    'erstaufnahme.dwell': 'epd-heae-aussenstelle-2015: 4–6 Wochen Anfang 2015; epd-verweildauer-2016: ≈ 8 Wochen ab Asylpaket I (siehe Ereignis)',
    'erstaufnahme.maxDays': 'unserac-asylpaket-1: § 47 AsylG 3 Monate, ab 24.10.2015 6 Monate',
    'erstaufnahme.holdSafeCountry': 'unserac-asylpaket-1: erst ab Asylpaket I, 24.10.2015',
    'erstaufnahme.forwardingShare':
      'epd-heae-aussenstelle-2015: Q1 2015 13.000 registriert; niedersachsen-ks-2015: KS-Anteil 7,31557 %; domradio-easy-2016: EASY Q1 2015 102.212 (Anteil 7.477); modellannahme: 1 − 1/1,74 = 0,42 weitergeleitet, ab Sep 2015 ≈ 0 (Nov 2015–Jan 2016 entsprechen die Zugänge dem KS-Anteil), 2016 0,17 (24.615 gegenüber 20.500 Gebliebenen, siehe Ereignis)',
    'procedure.periods':
      'bt-drs-18-13472: 7,1 + ≈ 6 Monate für 2016 Entschiedene; bt-drs-19-1631: 10,7 + 4,2 Monate 2017; bt-drs-18-8450: Schutzquote ≈ 50 % 2015; unbelegt: ≈ 62 % 2016; biaj-asyl-2017: 43 % 2017; modellannahme: Zuordnung der Entscheidungsjahre zu Ankunftskohorten',
    'accommodation.kreisPerThousand':
      'modellannahme: 5 Plätze je 1.000 Einwohner Mitte 2015, Typen nach Landkreis Kassel und Frankfurt; shortnews-kassel-2014: Kassel Okt 2014 ≈ 700 Geflüchtete = 3,5 je 1.000; hna-landkreis-kassel-2015: Landkreise ¾ GU, ¼ Wohnungen; fnp-frankfurt-2016-11: Städte mit Hotels',
    'accommodation.gemeindePerThousand': 'modellannahme: wie accommodation.kreisPerThousand (Landkreise geben alle an Gemeinden weiter)',
    'accommodation.units': 'modellannahme: Landkreise ohne eigene Plätze auf Kreisebene (Weitergabe an Gemeinden, policies.kreis)',
    'accommodation.initialPerThousand': 'modellannahme: 4 je 1.000 Einwohner Mitte 2015; shortnews-kassel-2014: Kassel Okt 2014 ≈ 3,5 je 1.000',
    'accommodation.initialErstaufnahme': 'modellannahme: Zugänge Juni 2015 je Tag × mittlere Verweildauer (Little)',
    'money.gemeindeReimbursementPerPersonDay': 'kaemmerer-wetterau-2014: Wetteraukreis 2014 6,80 €; fnp-wetterau-2016: ab 2016 7,30 € + 1,50 € (siehe Ereignis)',
    'money.pauschaleMonthsAfterRejection': 'fuldaer-zeitung-pauschale-2023: 2 Jahre für vor 2017 Zugewiesene',
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
  policies: { land: 'quote', kreis: 'einwohner', quota: hessenQuota(), weekdays: [1, 2, 3, 4, 5], quotaWindowDays: QUOTA_WINDOW_DAYS },
  events: byDate([...EAE_BUILDUP_2015, FORWARDING_SEP_2015, ASYLPAKET_I, PAUSCHALE_2016, QUOTE_WETTERAU_2016, FORWARDING_2016, BALKANROUTE_2016, STANDORTKONZEPT_2016], START, END),
};
