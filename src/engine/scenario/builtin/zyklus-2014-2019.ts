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
  QUOTA_WINDOW_DAYS,
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
 * Share of registrations forwarded to other Länder in 2014: Hessen registered ≈ 17,500 [faz-40000-2015] against its
 * Königsteiner share of Germany's 202,834 applications (7.50502 % → 15,223; [biaj-ks-2016], [asylverfahren-dauer-2015]):
 * 1 − 15,223/17,500 ≈ 0.13.
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
      'faz-40000-2015: 2014 ≈ 17.500; welt-ausgereist-2016: Monate Nov 2015–Feb 2016; epd-verweildauer-2016: März 2016; sz-fluechtlingsheime-2018: 2016 24.615, Jan–Okt 2018 8.981; mittelhessen-heime-2018: 2017 12.073; morgenweb-hessen-2018: Jan–Apr 2018 3.746; welt-asylsuchende-2020: 2018 10.500, 2019 9.177; bamf-asylgeschaeftsstatistik: Form innerhalb eines Jahres; nd-easy-2015: EASY Apr–Okt 2015; niedersachsen-ks-2015: × Königsteiner Schlüssel; modellannahme: × Verhältnis Hessen/KS-Anteil, Herleitung in builtin/arrivals.ts',
    'arrivals.safeCountryShare': 'modellannahme: gilt erst ab Asylpaket I, 24.10.2015',
    'erstaufnahme.sites':
      'hessenschau-schliessungen: 4.000 Plätze Anfang 2015, 40.000 Ende 2015; lokalo24-nordhessen-2016: 20.000 Mitte 2016; mittelhessen-heime-2018: 9.440 Frühjahr 2018; rp-giessen-erstaufnahme: 6.480 ab 2018; tonline-kapazitaeten-2019: 6.380 ab 11.03.2019; modellannahme: Aufteilung auf die Standorte und Zwischenschritte (builtin/erstaufnahme.ts)',
    'erstaufnahme.dwell':
      'epd-heae-aussenstelle-2015: 4–6 Wochen Anfang 2015; epd-verweildauer-2016: ≈ 8 Wochen 2016; hessenschau-erstaufnahme-2020: 3–4 Monate 2020 (siehe Ereignisse)',
    'erstaufnahme.maxDays': 'unserac-asylpaket-1: § 47 AsylG 3 Monate, 6 ab 24.10.2015; esf-netwin-wohnverpflichtung: 18 Monate; unbelegt: 18 Monate ab August 2019',
    'erstaufnahme.holdSafeCountry': 'unserac-asylpaket-1: erst ab Asylpaket I, 24.10.2015',
    'erstaufnahme.forwardingShare':
      'faz-40000-2015: 2014 17.500 registriert; biaj-ks-2016: KS-Anteil 2014 7,50502 %; asylverfahren-dauer-2015: 202.834 Anträge 2014; epd-heae-aussenstelle-2015: Q1 2015 13.000 registriert; domradio-easy-2016: EASY Q1 2015 102.212; welt-asylsuchende-2020: 2020 1.054 von 6.653 weitergeleitet; modellannahme: 2014 0,13 (15.223 KS-Anteil gegenüber 17.500), Jan–Aug 2015 0,42, ab Sep 2015 0, 2016 0,17, 2017 0,08, ab 2019 0,16 (siehe Ereignisse)',
    'procedure.periods':
      'bt-drs-18-13472: 7,1 + ≈ 6 Monate 2016; bt-drs-19-1631: 10,7 + 4,2 Monate 2017; bt-drs-19-7552: 7,3 Monate Q2 2018; bt-drs-18-4980: 2014 bereinigt 48,5 %; bt-drs-18-8450: ≈ 50 % 2015; unbelegt: ≈ 62 % 2016; biaj-asyl-2017: 43 % 2017; biaj-asyl-2018: ≈ 35 % 2018; modellannahme: Zuordnung zu Ankunftskohorten und 2014',
    'accommodation.kreisPerThousand':
      'modellannahme: 2,5 Plätze je 1.000 Einwohner Anfang 2014, Typen nach Landkreis Kassel und Frankfurt; shortnews-kassel-2014: Kassel Okt 2014 ≈ 3,5 Geflüchtete je 1.000; hna-landkreis-kassel-2015: Landkreise ¾ GU, ¼ Wohnungen; fnp-frankfurt-2016-11: Städte mit Hotels',
    'accommodation.gemeindePerThousand': 'modellannahme: wie accommodation.kreisPerThousand (Landkreise geben alle an Gemeinden weiter)',
    'accommodation.units': 'modellannahme: Landkreise ohne eigene Plätze auf Kreisebene (Weitergabe an Gemeinden, policies.kreis)',
    'accommodation.initialPerThousand': 'modellannahme: 2 je 1.000 Einwohner Anfang 2014; shortnews-kassel-2014: Kassel Okt 2014 ≈ 3,5 je 1.000',
    'accommodation.initialErstaufnahme': 'modellannahme: Zugänge Januar 2014 je Tag × mittlere Verweildauer (Little)',
    'money.gemeindeReimbursementPerPersonDay': 'kaemmerer-wetterau-2014: Wetteraukreis 2014 6,80 €; fnp-wetterau-2016: ab 2016 7,30 € + 1,50 € (siehe Ereignis)',
    'money.pauschaleMonthsAfterRejection': 'fuldaer-zeitung-pauschale-2023: 2 Jahre für vor 2017, 3 Jahre für ab 2017 Zugewiesene (siehe Ereignis)',
    'money.pauschale':
      'hlt-drs-19-3266: 2015 725,40 / 652,20 / 601,46 €, ab 2016 1.050 / 940 / 865 €; modellannahme: 2014 gelten die Beträge von 2015 (für 2014 keine Angabe)',
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
  policies: { land: 'quote', kreis: 'einwohner', quota: hessenQuota(), weekdays: [1, 2, 3, 4, 5], quotaWindowDays: QUOTA_WINDOW_DAYS },
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
