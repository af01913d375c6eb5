/** Defaults shared by the built-in scenarios, each with its source (FACTS.md §). */
import type { ScenarioInput } from '../schema.ts';

/**
 * Cost per contracted place-day and per occupied person-day, EUR (FACTS.md §4.2): rented GU 10–16 €/person-day
 * (Kassel 2014) ≈ 14.7 €/place-day rent (Kassel 2018) plus running costs; hotels/Pensionen 25–45 €/day (Berlin 2015);
 * Notunterkunft priced near the 75 €/day full-cost benchmark (Spitzenverbände 2022); flats at local rent.
 */
export const COSTS_DEFAULT: ScenarioInput['accommodation']['costs'] = {
  eigene: { perPlaceDay: 6, perPersonDay: 8 },
  gu: { perPlaceDay: 14.7, perPersonDay: 6 },
  wohnung: { perPlaceDay: 0, perPersonDay: 12 },
  hotel: { perPlaceDay: 0, perPersonDay: 35 },
  notunterkunft: { perPlaceDay: 20, perPersonDay: 55 },
};

/** LAG große Pauschale per person-month by tier I/II/III, EUR (FACTS.md §4.1). */
export const PAUSCHALE_HESSEN: ScenarioInput['money']['pauschale'] = [
  { from: '2015-01-01', I: 725.4, II: 652.2, III: 601.46 },
  { from: '2016-01-01', I: 1050, II: 940, III: 865 },
  { from: '2022-01-01', I: 1050, II: 940, III: 878 },
  { from: '2027-01-01', I: 1148, II: 1028, III: 946 },
];

export const SOURCES_DEFAULT: Record<string, string> = {
  'accommodation.costs': 'FACTS.md §4.2 (Kassel 2014/2018, Berlin 2015, Spitzenverbände 2022)',
  'money.pauschale': 'FACTS.md §4.1 (Drs. 19/3266; kopo.de 2016; epd 2020; Fulda 2023; +10 % 2024)',
  'money.pauschaleMonthsAfterRejection': 'FACTS.md §4.1 (Landkreis Fulda 2023: 2–3 Jahre)',
  'money.gemeindeReimbursementPerPersonDay': 'FACTS.md §4.2 (Wetteraukreis: 7,30 € + 1,50 €)',
  'procurement.termDays': 'FACTS.md §4.2/§5.5 (Darmstadt-Dieburg: 10 Jahre)',
  'situation': 'Modellannahme',
};
