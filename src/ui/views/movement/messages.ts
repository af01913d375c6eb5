/** Texts of the Bewegung view in German and English. */
import type { Lang } from '../../i18n/index.ts';

export interface MovementMessages {
  readonly legend: string;
  readonly stageSite: string;
  readonly stageKreis: string;
  readonly stageGemeinde: string;
  readonly stageExit: string;
  readonly stageKreisintern: string;
  /** "1 Punkt = N Personen" with N already formatted. */
  readonly scale: (n: number, formatted: string) => string;
  readonly markers: string;
  readonly density: string;
  readonly reduced: string;
  readonly startDay: string;
  /** Summary for the canvas's aria-label; numbers already formatted. */
  readonly summary: (p: {
    date: string;
    arrivals: string;
    toKreis: string;
    toGemeinde: string;
    betweenSites: string | null;
    /** Persons moved within their Kreis, formatted with the unit; null for none. */
    withinKreis: string | null;
    exits: string;
  }) => string;
}

export const MOVEMENT_MESSAGES: Record<Lang, MovementMessages> = {
  de: {
    legend: 'Legende',
    stageSite: 'in Erstaufnahme (Ankunft, Verlegung)',
    stageKreis: 'unterwegs zum Kreis',
    stageGemeinde: 'unterwegs zur Gemeinde',
    stageExit: 'Abgang',
    stageKreisintern: 'Verlegung innerhalb des Kreises (aus einer Notunterkunft)',
    scale: (n, f) => (n === 1 ? '1 Punkt = 1 Person' : `1 Punkt = ${f} Personen`),
    markers: '◆ Erstaufnahme · ● Kreis · Gemeinden blass',
    density: 'Flächen: Personen in Erstaufnahme und Kreisen',
    reduced: 'Reduzierte Bewegung: Linien zeigen die Zuweisungen und Verlegungen des Tages, ihre Breite die Personen.',
    startDay: 'Der erste Tag enthält den Anfangsbestand und wird nicht als Bewegung gezeigt.',
    summary: ({ date, arrivals, toKreis, toGemeinde, betweenSites, withinKreis, exits }) =>
      `Bewegung am ${date}: ${arrivals} Ankünfte, ${toKreis} Zuweisungen an Kreise, ${toGemeinde} an Gemeinden, ` +
      `${betweenSites === null ? '' : `${betweenSites} Verlegungen zwischen Erstaufnahmen, `}` +
      `${withinKreis === null ? '' : `Verlegung innerhalb des Kreises: ${withinKreis}, `}${exits} Abgänge`,
  },
  en: {
    legend: 'Legend',
    stageSite: 'in initial reception (arrival, transfer)',
    stageKreis: 'on the way to a Kreis',
    stageGemeinde: 'on the way to a Gemeinde',
    stageExit: 'leaving',
    stageKreisintern: 'transfer within the Kreis (from an emergency shelter)',
    scale: (n, f) => (n === 1 ? '1 dot = 1 person' : `1 dot = ${f} persons`),
    markers: '◆ initial reception · ● Kreis · Gemeinden pale',
    density: 'Areas: persons in initial reception and in the Kreise',
    reduced: 'Reduced motion: lines show the day’s Zuweisungen and transfers, their width the persons.',
    startDay: 'The first day holds the stock at the start and is not shown as movement.',
    summary: ({ date, arrivals, toKreis, toGemeinde, betweenSites, withinKreis, exits }) =>
      `Movement on ${date}: ${arrivals} arrivals, ${toKreis} Zuweisungen to Kreise, ${toGemeinde} to Gemeinden, ` +
      `${betweenSites === null ? '' : `${betweenSites} transferred between sites, `}` +
      `${withinKreis === null ? '' : `transfer within the Kreis: ${withinKreis}, `}${exits} leaving`,
  },
};
