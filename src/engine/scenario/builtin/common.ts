/** Defaults and building blocks shared by the built-in scenarios, each with its source (ids of src/engine/sources.ts). */
import { hessen2019 } from '../../data/hessen-2019.ts';
import { sourcesOf } from '../catalogue.ts';
import type { ScenarioInput } from '../schema.ts';

type Accommodation = ScenarioInput['accommodation'];

/**
 * Cost per contracted place-day and per occupied person-day, EUR: rented GU 10–16 €/person-day (Kassel 2014,
 * [shortnews-kassel-2014]) ≈ 14.7 €/place-day rent (Kassel 2018, [hna-kassel-kosten-2018]) plus running costs;
 * hotels/Pensionen 25–45 €/day (Berlin 2015, [morgenpost-berlin-2015]); Notunterkunft priced near the 75 €/day
 * full-cost benchmark of the Hessian associations of Kommunen [finanznachrichten-spitzenverbaende-2022]; flats at local rent.
 */
export const COSTS_DEFAULT: Accommodation['costs'] = {
  eigene: { perPlaceDay: 6, perPersonDay: 8 },
  gu: { perPlaceDay: 14.7, perPersonDay: 6 },
  wohnung: { perPlaceDay: 0, perPersonDay: 12 },
  hotel: { perPlaceDay: 0, perPersonDay: 35 },
  notunterkunft: { perPlaceDay: 20, perPersonDay: 55 },
};

/**
 * LAG große Pauschale per person-month by tier I/II/III, EUR. 2015 and 2016–2021 as published [hlt-drs-19-3266];
 * 2022–2027 +1.5 % a year from the 2021 amounts, which reproduces all published end points (878 € tier III 2022
 * [fuldaer-zeitung-pauschale-2023]; 1,148/1,028/946 € in 2027 [epd-pauschalen-2020]) — own arithmetic; from 2024
 * +10 % (decided 2024, retroactive to 01.01.2024) and +1.5 % a year after that [rodgauer-morgen-pauschale-2024] —
 * applying the 10 % to the planned 2024 amounts is a Modellannahme.
 */
export const PAUSCHALE_HESSEN: ScenarioInput['money']['pauschale'] = [
  { from: '2015-01-01', I: 725.4, II: 652.2, III: 601.46 },
  { from: '2016-01-01', I: 1050, II: 940, III: 865 },
  { from: '2022-01-01', I: 1065.75, II: 954.1, III: 878 },
  { from: '2023-01-01', I: 1081.74, II: 968.41, III: 891.14 },
  { from: '2024-01-01', I: 1207.76, II: 1081.23, III: 994.96 },
  { from: '2025-01-01', I: 1225.87, II: 1097.45, III: 1009.89 },
  { from: '2026-01-01', I: 1244.26, II: 1113.91, III: 1025.04 },
  { from: '2027-01-01', I: 1262.93, II: 1130.62, III: 1040.41 },
];

/** Wetteraukreis → Gemeinden: 6.80 €/person-day (2014) [kaemmerer-wetterau-2014]; 7.30 € + 1.50 € for services (~2016) [fnp-wetterau-2016]. */
export const GEMEINDE_REIMBURSEMENT_2014 = 6.8;
export const GEMEINDE_REIMBURSEMENT_2016 = 7.3 + 1.5;

/**
 * Household sizes 1, 2, 3, … (shares). Modellannahme: no household statistics were found; many single young men in
 * 2015/16, families otherwise.
 */
export const HOUSEHOLD_SIZES = [0.42, 0.14, 0.13, 0.14, 0.1, 0.07];

/**
 * Where the values all built-ins share come from (parameter path → citation text): the catalogue's sources of these
 * fields, written once on the schema. Scenario files add or override the rest.
 */
export const SOURCES_DEFAULT: Record<string, string> = sourcesOf([
  'accommodation.costs',
  'accommodation.order',
  'money.pauschale',
  'money.pauschaleMonthsAfterRejection',
  'money.gemeindeReimbursementPerPersonDay',
  'procurement.strategy',
  'procurement.threshold',
  'procurement.type',
  'procurement.stepShare',
  'procurement.minPlaces',
  'procurement.contractDays',
  'procurement.openDays',
  'procurement.termDays',
  'procurement.emergencyOpenDays',
  'procurement.emergencyTermDays',
  'situation',
  'policies.land',
  'policies.kreis',
  'policies.weekdays',
  'policies.params',
  'arrivals.householdSizes',
  'erstaufnahme.forwardingDelay',
  'exits.departDelay',
  'exits.geduldetStay',
]);

/** Sources of the defaults specific to the Hessen scenarios (on top of SOURCES_DEFAULT). */
export const SOURCES_HESSEN: Record<string, string> = {
  ...SOURCES_DEFAULT,
  'arrivals.noise': 'modellannahme: Erwartungswert je Tag, ohne Zufall',
  'policies.quota':
    'extratipp-mtk-2015: Main-Taunus-Kreis 3,81 %; spd-wetterau-2016: Wetteraukreis 5,5 % (ab 2016 4,75 %); fr-verteilung-2023: Main-Kinzig-Kreis 8,5 %; welt-frankfurt-2016: 3.300 Zuweisungen an Frankfurt 2015; fnp-frankfurt-2016-12: 2.416 Zuweisungen an Frankfurt 2016; modellannahme: Frankfurt ≈ 6,2 % (gegenüber ≈ 57.000 bzw. 36.500 Zuweisungen in Hessen), übrige Kreise nach Einwohneranteil (Tabelle nicht veröffentlicht)',
  'exits.afterRecognition': 'modellannahme: ≈ 9 Monate bis zur eigenen Wohnung; taz-fehlbeleger-2017: keine hessischen Zahlen zu Fehlbelegern',
  'procurement.mix':
    'bergstraesser-dadi-2021: auf dem Höhepunkt in der Regel 10 Jahre; bild-leere-unterkuenfte-2016: längere Mietverträge kurzfristig geschlossen; tonline-leere-heime-2018: die langen Verträge laufen weiter; fnp-frankfurt-2016-12: Umbauten dauern 6 Monate bis 2 Jahre; hna-kassel-2016: Miet- und Betreiberverträge gekündigt, wo es ging; hna-landkreis-kassel-2015: ¼ in Wohnungen; fnp-frankfurt-2016-11: Wohnungen meist befristet, ≈ 1.300 von 5.460 Plätzen in Hotels; lk-pfaffenhofen-unterkuenfte: Mietverträge 2–3 Jahre (Bayern); modellannahme: 45 % GU 10 Jahre ohne Kündigung (Bezug nach einem Jahr), 25 % GU 3 Jahre kündbar, 25 % Wohnungen 3 Jahre fest, 5 % Hotels für ein Jahr, kündbar (builtin/common.ts)',
  'procurement.cancelBelow': 'hna-kassel-2016: Kassel kündigte nach dem Rückgang, wo es ging, und hält die Unterkünfte zu mindestens 75 % belegt, wie es die Verträge vorsehen; modellannahme: Kündigung kündbarer Verträge unter 75 % Belegung, nur leerer Plätze',
  'policies.quotaWindowDays': 'spd-wetterau-2016: Aufnahmesoll je Quartal, abzüglich schon Zugewiesener; mtk-medieninformation-2016: das RP Darmstadt teilt die Zahlen je Quartal mit; modellannahme: Konto über die letzten 91 Tage, auch für die Anrechnung direkt Aufgenommener',
  'exits.departShare': 'modellannahme: 0,45; welt-ausgereist-2016: 2015 in Hessen 2.658 Abschiebungen, 6.666 freiwillige Ausreisen',
  'exits.kreisFactor':
    'fnp-frankfurt-2017-11: Frankfurt Nov 2017 ≈ 30 Auszüge im Monat bei 4.800 Untergebrachten; frankfurt-vorlage-b2-2025: Bestand 2018–2020 fast unverändert (Frankfurt Faktor 4); modellannahme: Offenbach, Wiesbaden, Darmstadt 1,4 (enge Wohnungsmärkte)',
};

/**
 * Slower moving out in the tight housing markets of the Rhein-Main cities. Frankfurt: in Nov 2017 about 30 persons a
 * month left the city's refugee accommodation with 4,800 residents [fnp-frankfurt-2017-11], and the number housed barely
 * changed 2018–2020 (4,775 / 4,851 / 4,544, [frankfurt-vorlage-b2-2025]) — stays of several years; factor 4 (≈ 3 years after recognition) stays
 * below what those figures imply. Offenbach, Wiesbaden, Darmstadt 1.4: Modellannahme.
 */
export const KREIS_FACTOR_CITIES: Record<string, number> = { '06411': 1.4, '06412': 4, '06413': 1.4, '06414': 1.4 };

const CITIES = hessen2019.kreise.filter((k) => k.kind === 'kreisfreie-stadt');
const LANDKREISE = hessen2019.kreise.filter((k) => k.kind === 'landkreis');

/**
 * Aufnahmequoten (shares of all Zuweisungen) where a value is known; every other Kreis gets its population share,
 * scaled so that all add up to 1. The Verteilungsverordnung deducts the foreign population and uses size classes
 * ([verteilungsvo-hessen], [main-echo-mkk-2023]), so cities get less than their population share and large Landkreise
 * more: Main-Taunus-Kreis 3.81 % (2015, [extratipp-mtk-2015]); Wetteraukreis 5.5 % (4.75 % from 2016 with the
 * Büdingen credit, [spd-wetterau-2016]); Main-Kinzig-Kreis 8.5 % ("a Landkreis with 400,000 inhabitants", 2023,
 * [fr-verteilung-2023]; § 1 VO unchanged since 04.12.2014); Frankfurt ≈ 6.2 % (derived: 3,300 Zuweisungen in 2015
 * [welt-frankfurt-2016] and 2,416 in 2016 [fnp-frankfurt-2016-12], against Hessen's Zuweisungen ≈ those who stayed —
 * 75,000 and 20,500 [hessen-zugaenge-2006-2015], [hessen-zugaenge-2017] — corrected for the change of the Erstaufnahme
 * stock, ≈ +18,000 in 2015 and ≈ −16,000 in 2016 (22,600 in Erstaufnahme on 19.01.2016, [welt-erstaufnahme-2016-01]):
 * 3,300/57,000 = 5.8 %, 2,416/36,500 = 6.6 %).
 */
export const QUOTA_KNOWN: Readonly<Record<string, number>> = { '06436': 0.0381, '06440': 0.055, '06435': 0.085, '06412': 0.062 };

export function hessenQuota(known: Readonly<Record<string, number>> = QUOTA_KNOWN): Record<string, number> {
  const fixed = Object.values(known).reduce((a, b) => a + b, 0);
  const rest = hessen2019.kreise.filter((k) => known[k.ags] === undefined);
  const restPop = rest.reduce((a, k) => a + k.population, 0);
  const out: Record<string, number> = {};
  for (const k of hessen2019.kreise) out[k.ags] = Math.round((known[k.ags] ?? ((1 - fixed) * k.population) / restPop) * 1e6) / 1e6;
  return out;
}

/** AGS of Hessen's 21 Landkreise and 5 kreisfreie Städte. */
export const LANDKREIS_AGS: readonly string[] = LANDKREISE.map((k) => k.ags);
export const CITY_AGS: readonly string[] = CITIES.map((k) => k.ags);

/**
 * Places of the Kommunen at the start. A kreisfreie Stadt houses people itself (Kreis-level places); a Landkreis
 * passes everyone on to its Gemeinden (`einwohner`), so its places sit in the Gemeinden and the Kreis itself keeps
 * none. Mix of types (Modellannahme): Landkreise ≈ 3/4 GU, 1/4 flats (LK Kassel 2015: 1,245 GU places, 433 in flats,
 * [hna-landkreis-kassel-2015]); cities with hotels (Frankfurt 2016: ≈ 1,300 of 5,460 places in hotels, [fnp-frankfurt-2016-11]).
 */
export function hessenKommunalCapacity(perThousand: number): Pick<Accommodation, 'kreisPerThousand' | 'gemeindePerThousand' | 'units'> {
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    kreisPerThousand: { gu: r(perThousand * 0.65), wohnung: r(perThousand * 0.15), hotel: r(perThousand * 0.2) },
    gemeindePerThousand: { gu: r(perThousand * 0.75), wohnung: r(perThousand * 0.25) },
    units: Object.fromEntries(LANDKREISE.map((k) => [k.ags, {}])),
  };
}

/** Factors on the time to move out after the Wohnsitzauflage (see WOHNSITZAUFLAGE_2017). */
export const KREIS_FACTOR_WOHNSITZAUFLAGE: Record<string, number> = {
  ...KREIS_FACTOR_CITIES,
  ...Object.fromEntries(LANDKREIS_AGS.map((ags) => [ags, 1.25])),
};

/**
 * Exits, situation thresholds and procurement shared by the Hessen scenarios. Move-out after recognition 270 days,
 * departures and Duldung: Modellannahmen checked against [taz-fehlbeleger-2017] (Fehlbeleger) and
 * [welt-ausgereist-2016] (departures 2015); contracts of 10 years [bergstraesser-dadi-2021].
 */
export function hessenExits(kreisFactor: Record<string, number>): ScenarioInput['exits'] {
  return {
    afterRecognition: { dist: 'exponential', mean: 270 },
    departShare: 0.45,
    departDelay: { dist: 'exponential', mean: 150 },
    geduldetStay: { dist: 'exponential', mean: 900 },
    kreisFactor,
  };
}

type ContractMix = NonNullable<NonNullable<ScenarioInput['procurement']>['mix']>;

/**
 * Kinds of contract behind the places the Kommunen procured at the 2015/16 peak (`procurement.mix`), and how they
 * ended. Most Gemeinschaftsunterkunft places (45 of 70 %) on ten-year leases without early notice ("in der Regel" ten
 * years, [bergstraesser-dadi-2021]; longer leases signed at short notice that run on, [bild-leere-unterkuenfte-2016],
 * [tonline-leere-heime-2018]), ready after a year (conversions and new buildings took 6 months to 2 years,
 * [fnp-frankfurt-2016-12]); the rest operator contracts and containers for three years, ready in 75 days, that may be
 * given notice (Kassel cancelled where it could, [hna-kassel-2016]). A quarter of the places in flats on fixed-term
 * leases of three years (LK Kassel 2015: 433 of ≈ 1,700 housed in flats, [hna-landkreis-kassel-2015]; Frankfurt's flats
 * "mostly fixed-term", [fnp-frankfurt-2016-11]; 2–3 years in Bavaria, [lk-pfaffenhofen-unterkuenfte]). Hotels 5 %,
 * rented within days for a year and given up when empty: hotels were a city's resort (Frankfurt ≈ 1,300 of 5,460
 * places in 2016, [fnp-frankfurt-2016-11] — the cities' hotel places are in their places at the start), while the
 * Landkreis Kassel housed in GUs and flats [hna-landkreis-kassel-2015]. Shares, the three-year terms and the hotel year
 * are Modellannahmen. Contracts whose places are still occupied at the end of their term are extended (`extend`,
 * default): a Kommune does not put its residents out of a hotel or a flat it still needs.
 */
export const CONTRACTS_2015: ContractMix = [
  { type: 'gu', share: 0.45, openDays: 365, termDays: 3650, earlyNotice: false },
  { type: 'gu', share: 0.25, openDays: 75, termDays: 1095, earlyNotice: true },
  { type: 'wohnung', share: 0.25, openDays: 30, termDays: 1095, earlyNotice: false },
  { type: 'hotel', share: 0.05, openDays: 7, termDays: 365, earlyNotice: true },
];

/**
 * Kinds of contract for the Ukrainians in 2022: mostly temporary — hotels and youth hostels, privately offered flats
 * and rooms rented through the Kreise's housing exchanges, Leichtbauhallen and containers
 * ([stern-ukraine-wohnungssuche-2022]; Frankfurt: 948 persons in rented hotels in August 2022, [fr-ukrainer-2022];
 * Main-Kinzig-Kreis Leichtbauhallen and containers, [gn-mkk-2023]). They run for a year and end then, occupied or
 * not: the places are lost and their residents must move into other places — in 2023 the Kreise reported more people
 * in Notunterkünften, tents and gyms [vodafone-landkreistag-2023], [hessenschau-kapazitaeten-2023]. Shares and the
 * one-year terms are Modellannahmen.
 */
export const CONTRACTS_2022: ContractMix = [
  { type: 'hotel', share: 0.4, openDays: 7, termDays: 365, earlyNotice: true, extend: false },
  { type: 'wohnung', share: 0.3, openDays: 14, termDays: 365, earlyNotice: true, extend: false },
  { type: 'gu', share: 0.3, openDays: 30, termDays: 365, earlyNotice: true, extend: false },
];

/**
 * The Soll/Ist account of the Zuweisung over a quarter: RP Darmstadt announces an Aufnahmesoll per quarter, net of what
 * was already assigned ([spd-wetterau-2016]; numbers communicated quarterly, [mtk-medieninformation-2016]). Persons
 * taken in outside the LAG (Ukrainians 2022) count in the same account, so their credit runs out with the quarter.
 */
export const QUOTA_WINDOW_DAYS = 91;

export const SITUATION_HESSEN: NonNullable<ScenarioInput['situation']> = { angespannt: 0.9, ueberlastet: 1, notbetrieb: 1.1, hysteresis: 0.05 };

export const PROCUREMENT_HESSEN: NonNullable<ScenarioInput['procurement']> = {
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
  mix: CONTRACTS_2015,
  cancelBelow: 0.75,
};
