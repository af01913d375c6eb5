/** Texts of the Zeitverlauf view, German and English (same keys). */
import type { Lang } from '../../i18n/index.ts';

const de = {
  chartsLabel: 'Zeitverlauf-Diagramme. Mit ←/→ den Tag wechseln, in ein Diagramm klicken oder ziehen, um den Tag zu wählen.',
  overview: 'Übersicht: Personen in Hessen',
  overviewHint: 'Bereich ziehen zum Vergrößern · Doppelklick zeigt alles',
  overviewAria: (from: string, to: string) =>
    `Übersicht über den ganzen Zeitraum ${from} bis ${to}: Personen in Hessen. Mit der Maus einen Bereich ziehen, um alle Diagramme auf ihn zu vergrößern.`,
  resetZoom: 'Ganzer Zeitraum',
  zoomRange: (from: string, to: string) => `Ausschnitt ${from} – ${to}`,
  wholeRange: (from: string, to: string) => `${from} – ${to}`,
  notComputed: 'noch nicht berechnet',
  day: 'Tag',
  persons: 'Personen',
  personsPerDay: 'Personen/Tag',
  places: 'Plätze',
  eurPerDay: '€/Tag',
  eurCumulative: '€ kumuliert',
  percentOfPlaces: '% der Plätze',
  // (1)
  arrivals: 'Zugänge in Hessen je Tag',
  arrivalsDaily: 'Zugänge',
  mean7: '7-Tage-Mittel',
  showMean7: '7-Tage-Mittel',
  initialStockNote: (date: string, n: string) => `${date} ausgeblendet: enthält den Anfangsbestand (${n} Personen)`,
  initialStockIncluded: '(einschließlich Anfangsbestand)',
  // (2)
  eae: 'Erstaufnahme: Belegung und Plätze (alle Standorte)',
  eaePersons: 'Erstaufnahme',
  eaeNu: 'davon in Notunterkunft',
  eaeCapacity: 'reguläre Plätze',
  // (3)
  kreise: 'Belegung der Kreise und kreisfreien Städte (mit ihren Gemeinden)',
  kreiseHint: 'Personen ÷ reguläre Plätze · gemeinsame y-Achse · Linie bei 100 % · Klick wählt den Kreis',
  /** After the value in a Kreis button's name: „Darmstadt 145 % belegt“. */
  kreisOccupied: 'belegt',
  // (4)
  nu: 'Notunterkunft und Statuswechsler (Hessen)',
  nuPersons: 'in Notunterkunft',
  statuswechsler: 'Statuswechsler',
  // (5)
  cost: 'Unterbringungskosten und Pauschalen (Hessen)',
  costPerDay: 'je Tag',
  costCumulative: 'kumuliert',
  costMode: 'Darstellung der Kosten',
  costLine: 'Unterbringungskosten',
  pauschale: 'Pauschalen des Landes',
  costCaptionPerDay: 'je Tag in Euro',
  costCaptionCumulative: 'kumuliert seit Beginn, in Euro',
  // Text alternatives of the charts
  ariaSeries: (title: string, from: string, to: string, parts: string) => `${title}, ${from} bis ${to}. ${parts}`,
  ariaMax: (what: string, value: string, date: string) => `${what}: höchstens ${value} am ${date}`,
  ariaNoData: 'Noch keine Daten im Ausschnitt.',
  ariaKreise: (n: number, over: number, date: string) =>
    `${n} Kreise und kreisfreie Städte; am ${date} sind ${over} über 100 % belegt.`,
  // Was wäre wenn
  baseline: 'Original (grau gestrichelt)',
  baselineOf: (what: string) => `${what} im Original`,
  kreiseBaselineHint: 'grau gestrichelt: Original',
};

export type TimelineMessages = typeof de;

const en: TimelineMessages = {
  chartsLabel: 'Time-series charts. Use ←/→ to change the day; click or drag in a chart to pick a day.',
  overview: 'Overview: persons in Hessen',
  overviewHint: 'Drag a range to zoom · double-click shows all',
  overviewAria: (from, to) =>
    `Overview of the whole period ${from} to ${to}: persons in Hessen. Drag a range with the mouse to zoom all charts to it.`,
  resetZoom: 'Whole period',
  zoomRange: (from, to) => `Zoomed to ${from} – ${to}`,
  wholeRange: (from, to) => `${from} – ${to}`,
  notComputed: 'not computed yet',
  day: 'Day',
  persons: 'persons',
  personsPerDay: 'persons/day',
  places: 'places',
  eurPerDay: 'EUR/day',
  eurCumulative: 'EUR cumulative',
  percentOfPlaces: '% of places',
  arrivals: 'Arrivals in Hessen per day',
  arrivalsDaily: 'Arrivals',
  mean7: '7-day mean',
  showMean7: '7-day mean',
  initialStockNote: (date, n) => `${date} not drawn: includes the initial stock (${n} persons)`,
  initialStockIncluded: '(including the initial stock)',
  eae: 'Erstaufnahme (initial reception): occupancy and places, all sites',
  eaePersons: 'Erstaufnahme',
  eaeNu: 'of which in emergency shelters',
  eaeCapacity: 'regular places',
  kreise: 'Occupancy of the Kreise and cities (with their municipalities)',
  kreiseHint: 'persons ÷ regular places · shared y axis · line at 100 % · click selects the Kreis',
  kreisOccupied: 'occupied',
  nu: 'Emergency shelters and status changers (Hessen)',
  nuPersons: 'in emergency shelters',
  statuswechsler: 'Status changers',
  cost: 'Accommodation cost and Pauschalen (Hessen)',
  costPerDay: 'per day',
  costCumulative: 'cumulative',
  costMode: 'Cost display',
  costLine: 'Accommodation cost',
  pauschale: 'Land Pauschalen',
  costCaptionPerDay: 'per day in EUR',
  costCaptionCumulative: 'cumulative since the start, in EUR',
  ariaSeries: (title, from, to, parts) => `${title}, ${from} to ${to}. ${parts}`,
  ariaMax: (what, value, date) => `${what}: at most ${value} on ${date}`,
  ariaNoData: 'No data in the range yet.',
  ariaKreise: (n, over, date) => `${n} Kreise and cities; on ${date}, ${over} are above 100 % occupancy.`,
  baseline: 'Original (grey, dashed)',
  baselineOf: (what) => `${what} in the original`,
  kreiseBaselineHint: 'grey dashed: original',
};

export const TIMELINE_MESSAGES: Record<Lang, TimelineMessages> = { de, en };

/** The texts with the name of the run's region in place of "Hessen" (e.g. a fictional Land for teaching). */
export function timelineMessages(lang: Lang, region: string): TimelineMessages {
  const base = TIMELINE_MESSAGES[lang];
  if (region === 'Hessen') return base;
  const swap = (text: string) => text.replace(/Hessen/g, region);
  return {
    ...base,
    overview: swap(base.overview),
    overviewAria: (from: string, to: string) => swap(base.overviewAria(from, to)),
    arrivals: swap(base.arrivals),
    nu: swap(base.nu),
    cost: swap(base.cost),
  };
}
