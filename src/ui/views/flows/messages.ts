/** Texts of the Flüsse view (German default, English). */
import type { Lang } from '../../i18n/index.ts';
import type { FlowNodeKind } from './sankeyData.ts';
import type { PeriodProblem, Preset } from './period.ts';

export interface FlowsMessages {
  readonly heading: string;
  readonly period: string;
  readonly from: string;
  readonly to: string;
  readonly fromName: string;
  readonly toName: string;
  readonly presets: Record<Preset, string>;
  readonly presetsLabel: string;
  readonly problem: (p: PeriodProblem, first: string, last: string) => string;
  readonly periodSummary: (from: string, to: string, days: number) => string;
  readonly pending: (last: string) => string;
  readonly nodeLabel: Record<Exclude<FlowNodeKind, 'site' | 'kreis'>, string>;
  readonly diagram: (from: string, to: string) => string;
  readonly links: string;
  readonly nodes: string;
  readonly legend: string;
  readonly linkName: (source: string, target: string, persons: string) => string;
  /** A link of a move within a Kreis: its kind named with it, since a Kreis → Gemeinden link of Zuweisungen runs beside it. */
  readonly kreisinternLinkName: (source: string, target: string, persons: string) => string;
  /** Legend entry of the moves within a Kreis: the persons moved in the period (formatted, with unit). */
  readonly legendKreisintern: (persons: string) => string;
  /** Who answers for them and on which basis (from the household chart). */
  readonly responsible: (office: string, legalBasis: string) => string;
  readonly nodeName: (name: string, persons: string) => string;
  readonly selectHint: string;
  readonly empty: string;
  readonly note: (siteExits: string) => string;
  readonly noteBalance: string;
  /** Heading of the list of transfers between sites; the total already formatted. */
  readonly verlegungen: (total: string) => string;
  readonly legendSites: string;
  readonly legendKreise: string;
  readonly legendBezirke: readonly [string, string, string];
  readonly table: string;
  readonly cols: {
    readonly kreis: string;
    readonly fromSites: string;
    readonly initial: string;
    readonly direct: string;
    readonly fromStock: string;
    readonly toGemeinden: string;
    readonly kept: string;
    readonly withinKreis: string;
    readonly exits: string;
  };
  readonly total: string;
  readonly keyboard: string;
}

const de: FlowsMessages = {
  heading: 'Flüsse: Erstaufnahme → Kreise → Gemeinden (Personen im Zeitraum)',
  period: 'Zeitraum',
  from: 'von',
  to: 'bis',
  fromName: 'Zeitraum von',
  toName: 'Zeitraum bis',
  presetsLabel: 'Zeitraum wählen',
  presets: { toCursor: 'Bis zum Cursortag', month: 'Monat des Cursortags', quarter: 'Quartal des Cursortags', run: 'Ganzer Lauf' },
  problem: (p, first, last) =>
    (p === 'order'
      ? 'Das Enddatum liegt vor dem Anfangsdatum.'
      : p === 'outside'
        ? `Der Zeitraum muss im Lauf liegen (${first} bis ${last}).`
        : 'Bitte zwei gültige Daten eingeben.') + ' Es gilt weiter der bisherige Zeitraum.',
  periodSummary: (from, to, days) => `${from} bis ${to} (${days} ${days === 1 ? 'Tag' : 'Tage'})`,
  pending: (last) => `Die Berechnung läuft: Daten liegen bis ${last} vor, spätere Tage fehlen noch.`,
  nodeLabel: {
    initial: 'Bestand der Kreise zu Beginn des Laufs',
    direct: 'Direkt aufgenommen (ohne Erstaufnahme)',
    stock: 'Aus dem früheren Bestand des Kreises',
    notunterkunft: 'Aus Notunterkünften im Kreis',
    gemeinden: 'In Gemeinden des Kreises',
    kreisUnterkunft: 'Beim Kreis untergebracht',
    abgaenge: 'Abgänge (ausgezogen, ausgereist)',
  },
  diagram: (from, to) => `Sankey-Diagramm der Flüsse vom ${from} bis ${to}`,
  links: 'Flüsse',
  nodes: 'Erstaufnahme, Kreise und Ziele',
  legend: 'Legende',
  linkName: (s, t, p) => `${s} → ${t}: ${p}`,
  kreisinternLinkName: (s, t, p) => `${s} → ${t} (Verlegung innerhalb des Kreises): ${p}`,
  legendKreisintern: (p) => `Verlegung innerhalb des Kreises (aus einer Notunterkunft in einen freien regulären Platz): ${p}`,
  responsible: (office, basis) => `Zuständig: ${office}; Rechtsgrundlage: ${basis}`,
  nodeName: (n, p) => `${n}: ${p}`,
  selectHint: 'Erstaufnahme oder Kreis anklicken (oder Eingabetaste) öffnet die Details.',
  empty: 'Im gewählten Zeitraum gab es keine Zuweisungen und keine Abgänge.',
  note: (siteExits) =>
    'Die Flüsse in die Kreise sind genau die Zuweisungen, direkten Aufnahmen und Anfangsbestände, die die Berechnung verbucht hat, ' +
    'und ihre Verlegungen innerhalb des Kreises ' +
    `(je Einrichtung und Kreis). Nicht gezeigt: ${siteExits} verließen im Zeitraum die Erstaufnahme direkt (Weiterleitung nach EASY, Ausreise).`,
  noteBalance:
    'An jedem Kreis ist der Zufluss gleich dem Abfluss. „Aus dem früheren Bestand“: Der Kreis hat mehr Personen an Gemeinden weitergegeben, ' +
    'als er im Zeitraum erhielt. Abgänge können Personen betreffen, die schon vor dem Zeitraum da waren; wer bleibt, wird nicht weitergezeichnet.',
  verlegungen: (total) => `Verlegungen zwischen Erstaufnahme-Einrichtungen im Zeitraum (nicht gezeichnet): ${total}`,
  legendSites: 'Erstaufnahme (Orange- und Brauntöne)',
  legendKreise: 'Kreise nach Regierungsbezirk:',
  legendBezirke: ['Darmstadt (Blau)', 'Gießen (Grün)', 'Kassel (Lila)'],
  table: 'Flüsse je Kreis als Tabelle',
  cols: {
    kreis: 'Kreis',
    fromSites: 'aus der Erstaufnahme (Pers.)',
    initial: 'Bestand zu Beginn (Pers.)',
    direct: 'direkt aufgenommen (Pers.)',
    fromStock: 'aus früherem Bestand (Pers.)',
    toGemeinden: 'an Gemeinden (Pers.)',
    kept: 'beim Kreis (Pers.)',
    withinKreis: 'Verlegung innerhalb des Kreises (Pers.)',
    exits: 'Abgänge Kreis + Gemeinden (Pers.)',
  },
  total: 'Summe',
  keyboard: 'Pfeiltasten wechseln zwischen den Flüssen.',
};

const en: FlowsMessages = {
  heading: 'Flows: Erstaufnahme → Kreise → Gemeinden (persons in the period)',
  period: 'Period',
  from: 'from',
  to: 'to',
  fromName: 'Period from',
  toName: 'Period to',
  presetsLabel: 'Choose period',
  presets: { toCursor: 'Up to the cursor day', month: 'Month of the cursor day', quarter: 'Quarter of the cursor day', run: 'Whole run' },
  problem: (p, first, last) =>
    (p === 'order'
      ? 'The end date is before the start date.'
      : p === 'outside'
        ? `The period must lie within the run (${first} to ${last}).`
        : 'Please enter two valid dates.') + ' The previous period still applies.',
  periodSummary: (from, to, days) => `${from} to ${to} (${days} ${days === 1 ? 'day' : 'days'})`,
  pending: (last) => `Still computing: data up to ${last}, later days are missing.`,
  nodeLabel: {
    initial: 'Persons in the Kreise at the start of the run',
    direct: 'Admitted directly (bypassing Erstaufnahme)',
    stock: "From the Kreis's earlier stock",
    notunterkunft: 'From emergency shelters in the Kreis',
    gemeinden: 'To Gemeinden of the Kreis',
    kreisUnterkunft: 'Housed by the Kreis',
    abgaenge: 'Exits (moved out, departed)',
  },
  diagram: (from, to) => `Sankey diagram of the flows from ${from} to ${to}`,
  links: 'Flows',
  nodes: 'Erstaufnahme sites, Kreise and destinations',
  legend: 'Legend',
  linkName: (s, t, p) => `${s} → ${t}: ${p}`,
  kreisinternLinkName: (s, t, p) => `${s} → ${t} (transfer within the Kreis): ${p}`,
  legendKreisintern: (p) => `Transfer within the Kreis (from an emergency shelter into a free regular place): ${p}`,
  responsible: (office, basis) => `Responsible: ${office}; legal basis: ${basis}`,
  nodeName: (n, p) => `${n}: ${p}`,
  selectHint: 'Click an Erstaufnahme site or Kreis (or press Enter) to open its details.',
  empty: 'There were no Zuweisungen and no exits in the chosen period.',
  note: (siteExits) =>
    'The flows into the Kreise are exactly the Zuweisungen, direct admissions and initial stock the computation booked, ' +
    'and their transfers within the Kreis ' +
    `(per site and Kreis). Not shown: ${siteExits} left the Erstaufnahme directly in the period (forwarded by EASY, departed).`,
  noteBalance:
    'At every Kreis, inflow equals outflow. "From the earlier stock": the Kreis passed more persons on to Gemeinden than it received in the period. ' +
    'Exits may concern persons who were there before the period; persons who stay are not drawn further.',
  verlegungen: (total) => `Transfers between Erstaufnahme sites in the period (not drawn): ${total}`,
  legendSites: 'Erstaufnahme (orange and brown tones)',
  legendKreise: 'Kreise by Regierungsbezirk:',
  legendBezirke: ['Darmstadt (blue)', 'Gießen (green)', 'Kassel (purple)'],
  table: 'Flows per Kreis as a table',
  cols: {
    kreis: 'Kreis',
    fromSites: 'from Erstaufnahme (persons)',
    initial: 'at the start (persons)',
    direct: 'admitted directly (persons)',
    fromStock: 'from earlier stock (persons)',
    toGemeinden: 'to Gemeinden (persons)',
    kept: 'kept by Kreis (persons)',
    withinKreis: 'transfer within the Kreis (persons)',
    exits: 'exits Kreis + Gemeinden (persons)',
  },
  total: 'Total',
  keyboard: 'Arrow keys move between the flows.',
};

export const FLOWS_MESSAGES: Record<Lang, FlowsMessages> = { de, en };
