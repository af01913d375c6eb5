/** Texts of the detail panel (German default, English). */
import type { LageState } from '../../../engine/machines/lage.ts';
import type { UnitType } from '../../data/runData.ts';
import type { Lang } from '../../i18n/index.ts';

export interface DetailMessages {
  readonly close: string;
  readonly level: { readonly land: string; readonly erstaufnahme: string; readonly kreis: string; readonly landkreis: string; readonly kreisfreieStadt: string; readonly gemeinde: string };
  readonly partOf: string;
  readonly hostKreis: string;
  readonly asOf: (date: string) => string;
  readonly today: string;
  readonly persons: string;
  readonly withGemeinden: string;
  readonly ofWhichGemeinden: string;
  readonly places: string;
  readonly occupancy: string;
  readonly noPlaces: string;
  readonly notunterkunft: string;
  readonly statuswechsler: string;
  readonly unitPersons: string;
  readonly unitPlaces: string;
  readonly byType: string;
  readonly type: string;
  readonly typePlaces: string;
  readonly typePersons: string;
  readonly types: Record<UnitType, string>;
  readonly regularPlaces: string;
  readonly byTypeGemeinde: string;
  readonly sparkline: string;
  readonly sparklineName: (min: string, max: string, date: string, value: string) => string;
  readonly sollIst: string;
  readonly quota: string;
  readonly soll: string;
  readonly ist: string;
  readonly istDirect: (p: string) => string;
  readonly difference: string;
  readonly over: string;
  readonly under: string;
  readonly even: string;
  readonly sollIstNote: string;
  readonly costs: string;
  readonly cost: string;
  readonly pauschale: string;
  readonly balance: string;
  readonly costsNote: (date: string) => string;
  readonly lage: string;
  readonly lageStates: Record<LageState, string>;
  readonly since: (date: string) => string;
  readonly sinceStart: string;
  readonly changes: string;
  readonly noChanges: string;
  readonly lagePending: string;
  readonly gemeinden: (n: number) => string;
  readonly gemeindenCaption: string;
  readonly gemeinde: string;
  readonly selectGemeinde: (name: string) => string;
  readonly responsible: string;
  readonly legalBasis: string;
  readonly duration: string;
}

const de: DetailMessages = {
  close: 'Details schließen',
  level: {
    land: 'Land',
    erstaufnahme: 'Erstaufnahme-Einrichtung',
    kreis: 'Kreis',
    landkreis: 'Landkreis',
    kreisfreieStadt: 'Kreisfreie Stadt',
    gemeinde: 'Kreisangehörige Gemeinde',
  },
  partOf: 'gehört zu',
  hostKreis: 'Standort im Kreis',
  asOf: (date) => `Stand ${date}`,
  today: 'Am Cursortag',
  persons: 'Untergebrachte Personen',
  withGemeinden: '(mit Gemeinden)',
  ofWhichGemeinden: 'davon in den Gemeinden',
  places: 'Reguläre Plätze',
  occupancy: 'Auslastung',
  noPlaces: 'keine regulären Plätze',
  notunterkunft: 'In Notunterkunft',
  statuswechsler: 'Statuswechsler (anerkannt, noch untergebracht)',
  unitPersons: 'Pers.',
  unitPlaces: 'Plätze',
  byType: 'Plätze und Belegung nach Unterkunftsart',
  type: 'Art',
  typePlaces: 'Plätze',
  typePersons: 'Belegt (Pers.)',
  types: { eigene: 'Eigene Unterkünfte', gu: 'Gemeinschaftsunterkünfte', wohnung: 'Wohnungen', hotel: 'Hotels und Pensionen', notunterkunft: 'Notunterkünfte' },
  regularPlaces: 'Reguläre Plätze (alle Arten)',
  byTypeGemeinde: 'Für Gemeinden liegt keine Aufteilung nach Art vor; gezeigt sind die eigenen Zahlen der Gemeinde.',
  sparkline: 'Auslastung im Zeitverlauf',
  sparklineName: (min, max, date, value) => `Auslastung im Zeitverlauf: zwischen ${min} und ${max}; am ${date}: ${value}`,
  sollIst: 'Soll und Ist der Aufnahme',
  quota: 'Aufnahmequote (zu Beginn)',
  soll: 'Soll (Quote × Aufnahme aller Kreise)',
  ist: 'Ist (aufgenommen bis zum Tag)',
  istDirect: (p) => `darin direkt aufgenommen: ${p}`,
  difference: 'Differenz Ist − Soll',
  over: 'über Soll',
  under: 'unter Soll',
  even: 'Soll erfüllt',
  sollIstNote: 'Direkt aufgenommene Personen (ohne Erstaufnahme, ab dem zweiten Tag) sind im Ist und in der Summe für das Soll enthalten.',
  costs: 'Kosten bis zum Tag',
  cost: 'Unterbringungskosten',
  pauschale: 'Pauschale des Landes',
  balance: 'Pauschale − Kosten',
  costsNote: (date) => `Summe vom Beginn des Laufs bis ${date}.`,
  lage: 'Lage',
  lageStates: { normal: 'normal', angespannt: 'angespannt', ueberlastet: 'überlastet', notbetrieb: 'Notbetrieb' },
  since: (date) => `seit ${date}`,
  sinceStart: 'seit Beginn',
  changes: 'Wechsel der Lage bis zum Tag',
  noChanges: 'Bis zu diesem Tag keine Wechsel.',
  lagePending: 'Die Wechsel der Lage stehen fest, sobald die Berechnung abgeschlossen ist.',
  gemeinden: (n: number) => `Gemeinden des Kreises (${n})`,
  gemeindenCaption: 'Untergebrachte Personen, reguläre Plätze und Auslastung je Gemeinde am Cursortag; ein Klick öffnet die Gemeinde.',
  gemeinde: 'Gemeinde',
  selectGemeinde: (name: string) => `${name} öffnen`,
  responsible: 'Zuständig',
  legalBasis: 'Rechtsgrundlagen',
  duration: 'Übliche Dauer',
};

const en: DetailMessages = {
  close: 'Close details',
  level: {
    land: 'Land',
    erstaufnahme: 'Erstaufnahme (initial reception) site',
    kreis: 'Kreis',
    landkreis: 'Landkreis (district)',
    kreisfreieStadt: 'Kreisfreie Stadt (district-free city)',
    gemeinde: 'Gemeinde (municipality within a Landkreis)',
  },
  partOf: 'part of',
  hostKreis: 'located in',
  asOf: (date) => `as of ${date}`,
  today: 'On the cursor day',
  persons: 'Persons accommodated',
  withGemeinden: '(incl. Gemeinden)',
  ofWhichGemeinden: 'of which in the Gemeinden',
  places: 'Regular places',
  occupancy: 'Occupancy',
  noPlaces: 'no regular places',
  notunterkunft: 'In Notunterkunft (emergency shelter)',
  statuswechsler: 'Statuswechsler (recognised, still accommodated)',
  unitPersons: 'persons',
  unitPlaces: 'places',
  byType: 'Places and occupancy by type of accommodation',
  type: 'Type',
  typePlaces: 'Places',
  typePersons: 'Occupied (persons)',
  types: { eigene: 'Own buildings', gu: 'Shared accommodation (GU)', wohnung: 'Flats', hotel: 'Hotels and guesthouses', notunterkunft: 'Emergency shelters' },
  regularPlaces: 'Regular places (all types)',
  byTypeGemeinde: "No split by type is kept for Gemeinden; shown are the Gemeinde's own numbers.",
  sparkline: 'Occupancy over time',
  sparklineName: (min, max, date, value) => `Occupancy over time: between ${min} and ${max}; on ${date}: ${value}`,
  sollIst: 'Target and actual intake (Soll/Ist)',
  quota: 'Aufnahmequote (at the start)',
  soll: 'Target (quota × intake of all Kreise)',
  ist: 'Actual (taken in up to the day)',
  istDirect: (p) => `including direct admissions: ${p}`,
  difference: 'Difference actual − target',
  over: 'above target',
  under: 'below target',
  even: 'target met',
  sollIstNote: 'Persons admitted directly (bypassing Erstaufnahme, from the second day) are included in the actual figure and in the total behind the target.',
  costs: 'Costs up to the day',
  cost: 'Accommodation cost',
  pauschale: 'Land Pauschale (lump sum)',
  balance: 'Pauschale − cost',
  costsNote: (date) => `Sum from the start of the run to ${date}.`,
  lage: 'Situation',
  lageStates: { normal: 'normal', angespannt: 'tight (angespannt)', ueberlastet: 'overloaded (überlastet)', notbetrieb: 'emergency mode (Notbetrieb)' },
  since: (date) => `since ${date}`,
  sinceStart: 'since the start',
  changes: 'Changes of situation up to the day',
  noChanges: 'No changes up to this day.',
  lagePending: 'The changes of situation are known once the computation has finished.',
  gemeinden: (n: number) => `Municipalities of the Kreis (${n})`,
  gemeindenCaption: 'Persons accommodated, regular places and occupancy per municipality on the cursor day; a click opens the municipality.',
  gemeinde: 'Municipality',
  selectGemeinde: (name: string) => `Open ${name}`,
  responsible: 'Responsible',
  legalBasis: 'Legal basis',
  duration: 'Typical duration',
};

export const DETAIL_MESSAGES: Record<Lang, DetailMessages> = { de, en };
