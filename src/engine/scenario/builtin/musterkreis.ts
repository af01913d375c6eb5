/** `musterkreis`: a small fictional Land (two Landkreise, one kreisfreie Stadt, 20 Gemeinden) for first lessons. */
import type { ScenarioInput } from '../schema.ts';
import { COSTS_DEFAULT, PAUSCHALE_HESSEN, SOURCES_DEFAULT } from './common.ts';

const g = (ags: string, name: string, kreisAgs: string, population: number, lon: number, lat: number) => ({
  ags,
  name,
  kreisAgs,
  population,
  lon,
  lat,
});

export const musterkreis: ScenarioInput = {
  id: 'musterkreis',
  name: { de: 'Musterland mit drei Kreisen', en: 'Model Land with three Kreise' },
  description: {
    de: 'Ein erfundenes kleines Land: eine Erstaufnahme, zwei Landkreise mit zusammen 20 Gemeinden und eine kreisfreie Stadt. Gleichmäßige Zugänge zeigen die Kette vom Ankommen bis zum Auszug.',
    en: 'A small fictional Land: one initial-reception centre, two Landkreise with 20 municipalities between them and one kreisfreie Stadt. Steady arrivals show the chain from arrival to moving out.',
  },
  period: { start: '2024-01-01', end: '2025-12-31' },
  seed: 1,
  region: {
    id: 'musterland',
    name: 'Musterland',
    kreise: [
      { ags: 'K1', name: 'Landkreis Waldau', kind: 'landkreis', population: 180000, pauschaleStufe: 'III' },
      { ags: 'K2', name: 'Landkreis Auental', kind: 'landkreis', population: 240000, pauschaleStufe: 'II' },
      { ags: 'S1', name: 'Stadt Bergheim', kind: 'kreisfreie-stadt', population: 160000, pauschaleStufe: 'I' },
    ],
    gemeinden: [
      g('K1-01', 'Waldau', 'K1', 42000, 9.1, 50.9),
      g('K1-02', 'Eichenrode', 'K1', 18000, 9.02, 50.95),
      g('K1-03', 'Buchfeld', 'K1', 16000, 9.18, 50.96),
      g('K1-04', 'Tannbach', 'K1', 21000, 9.22, 50.88),
      g('K1-05', 'Hohenstein', 'K1', 9000, 9.05, 50.84),
      g('K1-06', 'Moosdorf', 'K1', 14000, 8.98, 50.9),
      g('K1-07', 'Lindenau', 'K1', 25000, 9.14, 50.82),
      g('K1-08', 'Ahornhain', 'K1', 12000, 9.27, 50.93),
      g('K1-09', 'Kleinwalden', 'K1', 23000, 9.0, 50.99),
      g('K2-01', 'Auental', 'K2', 52000, 9.0, 50.6),
      g('K2-02', 'Wiesbrunn', 'K2', 31000, 8.92, 50.64),
      g('K2-03', 'Mühlhausen am Bach', 'K2', 17000, 9.08, 50.66),
      g('K2-04', 'Steinfurt', 'K2', 26000, 9.12, 50.58),
      g('K2-05', 'Rodenbach', 'K2', 8000, 8.95, 50.53),
      g('K2-06', 'Ufersheim', 'K2', 19000, 9.04, 50.52),
      g('K2-07', 'Kirchberg', 'K2', 22000, 8.86, 50.58),
      g('K2-08', 'Feldkirchen', 'K2', 14000, 9.17, 50.63),
      g('K2-09', 'Obermühle', 'K2', 11000, 8.9, 50.69),
      g('K2-10', 'Niederau', 'K2', 40000, 9.1, 50.7),
      g('S1-00', 'Bergheim', 'S1', 160000, 9.35, 50.72),
    ],
  },
  sources: { ...SOURCES_DEFAULT, arrivals: 'erfunden (Lehrbeispiel)', 'accommodation.kreisPerThousand': 'erfunden (Lehrbeispiel)' },
  arrivals: {
    series: { kind: 'rate', perDay: 18 },
    noise: 'poisson',
    householdSizes: [0.45, 0.15, 0.12, 0.13, 0.1, 0.05],
    safeCountryShare: 0.1,
  },
  erstaufnahme: {
    sites: [{ id: 'eae-musterstadt', name: 'Erstaufnahme Musterstadt', host: 'K2-01', capacity: [{ from: '2024-01-01', places: 900, notunterkunft: 0 }] }],
    dwell: { dist: 'gamma', mean: 56, cv: 0.3 },
    maxDays: 180,
    holdSafeCountry: true,
    forwardingShare: 0.1,
  },
  procedure: { periods: [{ from: '2024-01-01', duration: { dist: 'lognormal', mean: 210, cv: 0.5 }, protectionRate: 0.55 }] },
  exits: {
    afterRecognition: { dist: 'exponential', mean: 240 },
    departShare: 0.4,
    departDelay: { dist: 'exponential', mean: 120 },
    geduldetStay: { dist: 'exponential', mean: 720 },
    kreisFactor: { S1: 1.5 },
  },
  accommodation: {
    kreisPerThousand: { gu: 2.5, wohnung: 0.5 },
    gemeindePerThousand: { gu: 4, wohnung: 2 },
    units: { S1: { gu: 900, wohnung: 300, hotel: 60 } },
    costs: COSTS_DEFAULT,
    initialPerThousand: 4,
    initialErstaufnahme: 600,
  },
  money: { pauschale: PAUSCHALE_HESSEN, pauschaleMonthsAfterRejection: 36, gemeindeReimbursementPerPersonDay: 8.8 },
  policies: { land: 'quote', kreis: 'einwohner' },
  events: [],
};
