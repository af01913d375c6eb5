/** Texts of the Szenario view and of the parameter descriptions (German default, English); names and units of the parameters come from the catalogue. */
import { UNITS, type UnitKind } from '../../../engine/scenario/meta.ts';
import { ACCOMMODATION_TYPE_LABELS, ACCOMMODATION_TYPES, type Unterkunftsart } from '../../../engine/scenario/schema.ts';
import type { Lang } from '../../i18n/index.ts';

type Countable = 'months' | 'dailyValues' | 'sites' | 'periods' | 'kreise' | 'units' | 'entries' | 'parameters' | 'events';

export interface ScenarioMessages {
  readonly heading: string;
  readonly noScenario: string;
  readonly facts: string;
  readonly period: string;
  readonly periodText: (from: string, to: string, days: string) => string;
  readonly seed: string;
  readonly region: string;
  readonly regionBuiltin: (name: string, id: string) => string;
  readonly regionInline: (name: string, id: string) => string;
  readonly regionCounts: (kreise: string, gemeinden: string) => string;
  readonly landPolicy: string;
  readonly kreisPolicy: string;
  readonly policyOverride: (inScenario: string) => string;
  readonly policyPending: string;
  readonly kreisByKreis: (n: number) => string;
  readonly seedOverride: (inScenario: string) => string;
  readonly unknownPolicy: string;
  readonly sourceSummary: string;
  readonly sourceCounts: (withSource: number, defaults: number, none: number) => string;
  readonly events: string;
  readonly eventsCaption: (count: number, cursor: string) => string;
  readonly noEvents: string;
  readonly colDate: string;
  readonly colEvent: string;
  readonly colChanges: string;
  readonly colSource: string;
  readonly seekTitle: (date: string) => string;
  readonly passed: string;
  readonly upcoming: string;
  readonly capacityChange: (unit: string, delta: string, type: string) => string;
  readonly noChange: string;
  readonly parameters: string;
  readonly parametersIntro: string;
  readonly colParameter: string;
  readonly colValue: string;
  readonly groupCaption: (group: string) => string;
  readonly changedBy: (date: string, value: string) => string;
  readonly changedByOther: (date: string, path: string) => string;
  readonly sourceDefault: string;
  readonly sourceNone: string;
  readonly sourceCovers: string;
  readonly noSourceGiven: string;
  /** Read after the title of a linked source. */
  readonly opensInNewTab: string;
}

const de: ScenarioMessages = {
  heading: 'Szenario',
  noScenario: 'Zu dieser Berechnung liegen die Eingaben des Szenarios nicht vor. Bitte das Szenario neu berechnen.',
  facts: 'Eckdaten des Szenarios',
  period: 'Zeitraum',
  periodText: (from, to, days) => `${from} bis ${to} (${days} Tage)`,
  seed: 'Zufallsstartwert (Seed)',
  region: 'Gebiet',
  regionBuiltin: (name, id) => `${name} (eingebaut: ${id})`,
  regionInline: (name, id) => `${name} (im Szenario festgelegt: ${id})`,
  regionCounts: (k, g) => `${k} Kreise, ${g} Gemeinden`,
  landPolicy: 'Zuweisung Land → Kreis zu Beginn',
  kreisPolicy: 'Zuweisung Kreis → Gemeinde zu Beginn',
  policyOverride: (s) => `für diesen Lauf gewählt; im Szenario: ${s}`,
  policyPending: 'laut Szenario (die Berechnung läuft noch)',
  kreisByKreis: (n) => `${n} ${n === 1 ? 'Kreis weicht' : 'Kreise weichen'} davon ab (siehe Parameter policies.kreisByKreis).`,
  seedOverride: (s) => `für diesen Lauf gewählt; im Szenario: ${s}`,
  unknownPolicy: 'unbekannte Politik',
  sourceSummary: 'Quellen der Parameter',
  sourceCounts: (w, d, n) =>
    `${w} mit Quellenangabe, ${d} ${d === 1 ? 'Standardwert' : 'Standardwerte'} des Modells, ${n} ohne Quellenangabe`,
  events: 'Ereignisse',
  eventsCaption: (n, cursor) =>
    `Ereignisse des Szenarios (${n}) mit Datum, Änderungen und Quelle. Bis zum Cursortag ${cursor} eingetretene Ereignisse sind hervorgehoben; ein Klick auf das Datum springt dorthin.`,
  noEvents: 'Das Szenario enthält keine Ereignisse: Alle Parameter gelten unverändert über den ganzen Zeitraum.',
  colDate: 'Datum',
  colEvent: 'Ereignis',
  colChanges: 'Was sich ändert',
  colSource: 'Quelle',
  seekTitle: (d) => `Zum ${d} springen`,
  passed: 'eingetreten',
  upcoming: 'steht bevor',
  capacityChange: (unit, delta, type) => `${unit}: ${delta} Plätze ${type}`,
  noChange: 'keine Parameteränderung (nur Markierung im Zeitverlauf)',
  parameters: 'Parameter',
  parametersIntro:
    'Werte zu Beginn des Laufs mit Einheit und Quelle. Die Quelle gilt für den Parameter oder die Gruppe, zu der er gehört. ' +
    '„Standardwert des Modells“: Das Szenario lässt den Wert offen; „ohne Quellenangabe“: Das Szenario setzt den Wert, nennt aber keine Quelle.',
  colParameter: 'Parameter',
  colValue: 'Wert',
  groupCaption: (g) => `Parameter: ${g}`,
  changedBy: (date, value) => `ab ${date}: ${value} (Ereignis)`,
  changedByOther: (date, path) => `ab ${date}: geändert über ${path} (Ereignis)`,
  sourceDefault: 'Standardwert des Modells',
  sourceNone: 'ohne Quellenangabe',
  sourceCovers: 'Quelle zu',
  noSourceGiven: 'Achtung:',
  opensInNewTab: '(öffnet in neuem Tab)',
};

const en: ScenarioMessages = {
  heading: 'Scenario',
  noScenario: 'The inputs of the scenario are not available for this run. Please compute the scenario again.',
  facts: 'Key facts of the scenario',
  period: 'Period',
  periodText: (from, to, days) => `${from} to ${to} (${days} days)`,
  seed: 'Random seed',
  region: 'Region',
  regionBuiltin: (name, id) => `${name} (built in: ${id})`,
  regionInline: (name, id) => `${name} (defined in the scenario: ${id})`,
  regionCounts: (k, g) => `${k} Kreise, ${g} municipalities`,
  landPolicy: 'Allocation Land → Kreis at the start',
  kreisPolicy: 'Allocation Kreis → municipality at the start',
  policyOverride: (s) => `chosen for this run; in the scenario: ${s}`,
  policyPending: 'as in the scenario (still computing)',
  kreisByKreis: (n) => `${n} ${n === 1 ? 'Kreis deviates' : 'Kreise deviate'} from it (see parameter policies.kreisByKreis).`,
  seedOverride: (s) => `chosen for this run; in the scenario: ${s}`,
  unknownPolicy: 'unknown policy',
  sourceSummary: 'Sources of the parameters',
  sourceCounts: (w, d, n) => `${w} with a source, ${d} model ${d === 1 ? 'default' : 'defaults'}, ${n} without a source`,
  events: 'Events',
  eventsCaption: (n, cursor) =>
    `Events of the scenario (${n}) with date, changes and source. Events up to the cursor day ${cursor} are highlighted; click a date to go there.`,
  noEvents: 'The scenario has no events: all parameters hold unchanged for the whole period.',
  colDate: 'Date',
  colEvent: 'Event',
  colChanges: 'What changes',
  colSource: 'Source',
  seekTitle: (d) => `Go to ${d}`,
  passed: 'passed',
  upcoming: 'upcoming',
  capacityChange: (unit, delta, type) => `${unit}: ${delta} places ${type}`,
  noChange: 'no parameter change (a marker on the timeline only)',
  parameters: 'Parameters',
  parametersIntro:
    'Values at the start of the run with unit and source. A source holds for the parameter or for the group it belongs to. ' +
    '“Model default”: the scenario leaves the value open; “no source given”: the scenario sets the value but names no source.',
  colParameter: 'Parameter',
  colValue: 'Value',
  groupCaption: (g) => `Parameters: ${g}`,
  changedBy: (date, value) => `from ${date}: ${value} (event)`,
  changedByOther: (date, path) => `from ${date}: changed via ${path} (event)`,
  sourceDefault: 'model default',
  sourceNone: 'no source given',
  sourceCovers: 'source for',
  noSourceGiven: 'Note:',
  opensInNewTab: '(opens in a new tab)',
};

export const SCENARIO_MESSAGES: Record<Lang, ScenarioMessages> = { de, en };

const UNIT_KINDS = Object.keys(UNITS) as UnitKind[];
const unitTexts = (form: (u: (typeof UNITS)[UnitKind]) => string | undefined): Partial<Record<UnitKind, string>> =>
  Object.fromEntries(
    UNIT_KINDS.flatMap((k) => {
      const text = form(UNITS[k]);
      return text === undefined ? [] : [[k, text]];
    }),
  );

/** Names of the units, from the catalogue. */
export const UNIT_LABELS: Record<Lang, Record<UnitKind, string>> = {
  de: unitTexts((u) => u.de) as Record<UnitKind, string>,
  en: unitTexts((u) => u.en) as Record<UnitKind, string>,
};

/** Singular forms where a value of exactly 1 needs one. */
export const UNIT_SINGULAR: Record<Lang, Partial<Record<UnitKind, string>>> = {
  de: unitTexts((u) => ('one' in u ? u.one.de : undefined)),
  en: unitTexts((u) => ('one' in u ? u.one.en : undefined)),
};

const typeNames = (lang: Lang) => Object.fromEntries(ACCOMMODATION_TYPES.map((t) => [t, ACCOMMODATION_TYPE_LABELS[t][lang]])) as Record<Unterkunftsart, string>;

const COUNT_WORDS: Record<Lang, Record<Countable, readonly [string, string]>> = {
  de: {
    months: ['Monatswert', 'Monatswerte'],
    dailyValues: ['Tageswert', 'Tageswerte'],
    sites: ['Standort', 'Standorte'],
    periods: ['Zeitraum', 'Zeiträume'],
    kreise: ['Kreis', 'Kreise'],
    units: ['Einheit', 'Einheiten'],
    entries: ['Eintrag', 'Einträge'],
    parameters: ['Parameter', 'Parameter'],
    events: ['Ereignis', 'Ereignisse'],
  },
  en: {
    months: ['monthly value', 'monthly values'],
    dailyValues: ['daily value', 'daily values'],
    sites: ['site', 'sites'],
    periods: ['period', 'periods'],
    kreise: ['Kreis', 'Kreise'],
    units: ['unit', 'units'],
    entries: ['entry', 'entries'],
    parameters: ['parameter', 'parameters'],
    events: ['event', 'events'],
  },
};

export function countText(lang: Lang, n: number, what: Countable): string {
  const [one, many] = COUNT_WORDS[lang][what];
  return `${n.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB')} ${n === 1 ? one : many}`;
}

/** Words used inside parameter values. */
export interface ValueWords {
  readonly yes: string;
  readonly no: string;
  readonly none: string;
  readonly notSet: string;
  readonly dist: { readonly fixed: string; readonly uniform: string; readonly exponential: string; readonly gamma: string; readonly lognormal: string };
  readonly mean: string;
  readonly cv: string;
  readonly noise: { readonly none: string; readonly poisson: string };
  readonly householdSize: (n: number) => string;
  readonly types: Readonly<Record<Unterkunftsart, string>>;
  readonly typesShort: { readonly eigene: string; readonly gu: string; readonly wohnung: string; readonly hotel: string; readonly notunterkunft: string };
  readonly weekdays: readonly string[];
  readonly perDayRate: string;
  readonly cols: {
    readonly from: string;
    readonly month: string;
    readonly day: string;
    readonly site: string;
    readonly host: string;
    readonly places: string;
    readonly notunterkunft: string;
    readonly duration: string;
    readonly protectionRate: string;
    readonly tier: (t: string) => string;
    readonly kreis: string;
    readonly unit: string;
    readonly name: string;
    readonly value: string;
    readonly policy: string;
  };
  /** Text for optional parameters left out, by path. */
  readonly absent: Readonly<Record<string, string>>;
  /** Text for empty maps and lists, by path. */
  readonly empty: Readonly<Record<string, string>>;
}

export const VALUE_WORDS: Record<Lang, ValueWords> = {
  de: {
    yes: 'ja',
    no: 'nein',
    none: 'keine',
    notSet: 'nicht gesetzt',
    dist: { fixed: 'fest', uniform: 'gleichverteilt', exponential: 'Exponential', gamma: 'Gamma', lognormal: 'Lognormal' },
    mean: 'Mittel',
    cv: 'VK',
    noise: { none: 'kein Zufall (Erwartungswert je Tag)', poisson: 'Poisson-Zufall um den Erwartungswert' },
    householdSize: (n) => `${n}\u00a0Pers.`,
    types: typeNames('de'),
    typesShort: { eigene: 'eigene', gu: 'GU', wohnung: 'Wohnungen', hotel: 'Hotels', notunterkunft: 'Notunterkunft' },
    weekdays: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'],
    perDayRate: 'gleichbleibend',
    cols: {
      from: 'ab',
      month: 'Monat',
      day: 'Tag',
      site: 'Standort',
      host: 'Sitz',
      places: 'Plätze',
      notunterkunft: 'Notunterkunft (Plätze)',
      duration: 'Dauer bis zur Entscheidung',
      protectionRate: 'Schutzquote',
      tier: (t) => `Stufe ${t}`,
      kreis: 'Kreis',
      unit: 'Kreis oder Gemeinde',
      name: 'Name',
      value: 'Wert',
      policy: 'Politik',
    },
    absent: {
      'arrivals.direct': 'keine (alle kommen über die Erstaufnahme)',
      'erstaufnahme.maxDaysFamilies': 'nicht gesetzt (wie die Höchstdauer für alle)',
      'policies.quotaWindowDays': 'nicht gesetzt (Soll/Ist ab Beginn des Laufs)',
    },
    empty: {
      'policies.quota': 'keine (Anteile nach Einwohnern)',
      'policies.kreisByKreis': 'keine (alle Kreise wie policies.kreis)',
      'policies.params': 'keine',
      'exits.kreisFactor': 'keine (überall Faktor 1)',
      'accommodation.units': 'keine (alle nach Plätzen je 1.000 Einwohner)',
      'accommodation.kreisPerThousand': 'keine',
      'accommodation.gemeindePerThousand': 'keine',
      'arrivals.direct.shares': 'keine (Anteile nach Einwohnern)',
    },
  },
  en: {
    yes: 'yes',
    no: 'no',
    none: 'none',
    notSet: 'not set',
    dist: { fixed: 'fixed', uniform: 'uniform', exponential: 'Exponential', gamma: 'Gamma', lognormal: 'Log-normal' },
    mean: 'mean',
    cv: 'CV',
    noise: { none: 'no randomness (expected value per day)', poisson: 'Poisson draw around the expected value' },
    householdSize: (n) => `${n}\u00a0${n === 1 ? 'person' : 'persons'}`,
    types: typeNames('en'),
    typesShort: { eigene: 'own', gu: 'GU', wohnung: 'flats', hotel: 'hotels', notunterkunft: 'emergency shelter' },
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    perDayRate: 'constant',
    cols: {
      from: 'from',
      month: 'Month',
      day: 'Day',
      site: 'Site',
      host: 'Located in',
      places: 'Places',
      notunterkunft: 'Emergency shelter (places)',
      duration: 'Time to decision',
      protectionRate: 'Protection rate',
      tier: (t) => `Tier ${t}`,
      kreis: 'Kreis',
      unit: 'Kreis or municipality',
      name: 'Name',
      value: 'Value',
      policy: 'Policy',
    },
    absent: {
      'arrivals.direct': 'none (everyone comes via the Erstaufnahme)',
      'erstaufnahme.maxDaysFamilies': 'not set (same maximum for everyone)',
      'policies.quotaWindowDays': 'not set (target/actual from the start of the run)',
    },
    empty: {
      'policies.quota': 'none (shares by population)',
      'policies.kreisByKreis': 'none (every Kreis as policies.kreis)',
      'policies.params': 'none',
      'exits.kreisFactor': 'none (factor 1 everywhere)',
      'accommodation.units': 'none (all by places per 1,000 inhabitants)',
      'accommodation.kreisPerThousand': 'none',
      'accommodation.gemeindePerThousand': 'none',
      'arrivals.direct.shares': 'none (shares by population)',
    },
  },
};
