/** Texts of the detail panel (German default, English). */
import type { LageState } from '../../../engine/machines/lage.ts';
import type { UnitType } from '../../data/runData.ts';
import type { Lang } from '../../i18n/index.ts';
import { LOG_MESSAGES } from '../log/messages.ts';

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
  /** Units (the Kreis and its Gemeinden) with more persons than regular places. */
  readonly unitsOver: string;
  readonly unitsOverValue: (over: string, of: string) => string;
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
  readonly quotaKreis: string;
  readonly quotaGemeinde: string;
  readonly soll: string;
  readonly ist: string;
  readonly difference: string;
  readonly over: string;
  readonly under: string;
  readonly even: string;
  readonly sollIstNoteKreis: string;
  readonly sollIstNoteGemeinde: string;
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
  readonly procurement: string;
  readonly noProcurement: string;
  readonly procurementPending: string;
  readonly moreProcurement: (n: number) => string;
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
  unitsOver: 'Einheiten über 100 %',
  unitsOverValue: (over, of) => `${over} von ${of} (Kreis und Gemeinden)`,
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
  quotaKreis: 'Aufnahmequote am Tag',
  quotaGemeinde: 'Anteil an den Zuweisungen des Kreises',
  soll: 'Soll',
  ist: 'Ist',
  difference: 'Differenz Ist − Soll',
  over: 'über Soll',
  under: 'unter Soll',
  even: 'Soll erfüllt',
  sollIstNoteKreis: 'Stand des Soll/Ist-Kontos am Ende des Tages, nach dem das Land den Kreisen zuweist; eine Änderung der Quote gilt ab ihrem Datum.',
  sollIstNoteGemeinde: 'Stand des Soll/Ist-Kontos am Ende des Tages, nach dem der Kreis seinen Gemeinden zuweist.',
  costs: 'Kosten bis zum Tag',
  cost: 'Unterbringungskosten',
  pauschale: 'Pauschale des Landes',
  balance: 'Pauschale − Kosten',
  costsNote: (date) => `Summe vom Beginn des Laufs bis ${date}.`,
  lage: 'Lage',
  lageStates: LOG_MESSAGES.de.lage,
  since: (date) => `seit ${date}`,
  sinceStart: 'seit Beginn',
  changes: 'Wechsel der Lage bis zum Tag',
  noChanges: 'Bis zu diesem Tag keine Wechsel.',
  procurement: 'Beschaffung bis zum Tag',
  noProcurement: 'Bis zu diesem Tag keine Plätze bestellt oder gekündigt.',
  procurementPending: 'Die Beschaffungen stehen fest, sobald die Berechnung abgeschlossen ist.',
  moreProcurement: (n) => `und ${n} frühere`,
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
  unitsOver: 'Units over 100 %',
  unitsOverValue: (over, of) => `${over} of ${of} (Kreis and municipalities)`,
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
  quotaKreis: 'Aufnahmequote on the day',
  quotaGemeinde: "Share of the Kreis's Zuweisungen",
  soll: 'Target (Soll)',
  ist: 'Actual (Ist)',
  difference: 'Difference actual − target',
  over: 'above target',
  under: 'below target',
  even: 'target met',
  sollIstNoteKreis: 'The Soll/Ist account by which the Land assigns to the Kreise, at the end of the day; a change of the quota applies from its date.',
  sollIstNoteGemeinde: 'The Soll/Ist account by which the Kreis assigns to its Gemeinden, at the end of the day.',
  costs: 'Costs up to the day',
  cost: 'Accommodation cost',
  pauschale: 'Land Pauschale (lump sum)',
  balance: 'Pauschale − cost',
  costsNote: (date) => `Sum from the start of the run to ${date}.`,
  lage: 'Situation',
  lageStates: LOG_MESSAGES.en.lage,
  since: (date) => `since ${date}`,
  sinceStart: 'since the start',
  changes: 'Changes of situation up to the day',
  noChanges: 'No changes up to this day.',
  procurement: 'Procurement up to the day',
  noProcurement: 'No places ordered or given notice on up to this day.',
  procurementPending: 'Procurement is known once the computation has finished.',
  moreProcurement: (n) => `and ${n} earlier`,
  gemeinden: (n: number) => `Municipalities of the Kreis (${n})`,
  gemeindenCaption: 'Persons accommodated, regular places and occupancy per municipality on the cursor day; a click opens the municipality.',
  gemeinde: 'Municipality',
  selectGemeinde: (name: string) => `Open ${name}`,
  responsible: 'Responsible',
  legalBasis: 'Legal basis',
  duration: 'Typical duration',
};

export const DETAIL_MESSAGES: Record<Lang, DetailMessages> = { de, en };
