/** Texts of the lecturer mode (presentation, chapters, figure export) in German and English. */
import type { Lang } from '../../i18n/index.ts';

export interface VortragMessages {
  readonly present: string;
  readonly presentHint: string;
  readonly region: string;
  readonly leave: string;
  readonly fullscreen: string;
  readonly script: string;
  readonly noScript: string;
  readonly ownScript: string;
  readonly scriptProblems: (name: string) => string;
  readonly unknownScript: (id: string, known: string) => string;
  readonly chapters: string;
  readonly chapterOf: (n: number, total: number) => string;
  readonly chapterButton: (n: number, title: string) => string;
  readonly preparing: string;
  readonly question: string;
  readonly continueHint: string;
  readonly lastHint: string;
  readonly finished: string;
  readonly finishedHint: string;
  readonly indicator: string;
  readonly daysPerSecond: string;
  readonly playing: string;
  readonly paused: string;
  readonly exportSvg: string;
  readonly exportPng: string;
  readonly print: string;
  readonly exportFailed: string;
  readonly noFigure: string;
  readonly whatIf: string;
  readonly whatIfHint: string;
  readonly whatIfField: string;
  readonly whatIfPolicy: string;
  readonly whatIfValue: string;
  readonly whatIfApply: string;
  readonly whatIfLine: string;
  readonly whatIfDrop: string;
  readonly whatIfComputing: (change: string) => string;
  readonly whatIfSame: (field: string) => string;
  readonly whatIfRejected: string;
  readonly whatIfFailed: string;
  readonly whatIfNotReady: string;
  readonly whatIfLastDay: string;
  readonly whatIfLater: (date: string) => string;
  readonly scriptUnitProblems: (title: string) => string;
}

export const VORTRAG_MESSAGES: Record<Lang, VortragMessages> = {
  de: {
    present: 'Präsentation',
    presentHint: 'Vollbild mit großer Schrift, gesteuert über die Tastatur',
    region: 'Präsentation',
    leave: 'Präsentation verlassen',
    fullscreen: 'Vollbild',
    script: 'Kapitelskript',
    noScript: 'ohne Kapitel',
    ownScript: 'Eigenes Kapitelskript (JSON) …',
    scriptProblems: (name) => `${name}: Das Kapitelskript wurde nicht übernommen:`,
    unknownScript: (id, known) => `Parameter „kapitel“: „${id}“ ist unbekannt (möglich: ${known}).`,
    chapters: 'Kapitel',
    chapterOf: (n, total) => `Kapitel ${n} von ${total}`,
    chapterButton: (n, title) => `Kapitel ${n}: ${title}`,
    preparing: 'Die Berechnung läuft …',
    question: 'Frage',
    continueHint: 'Weiter: Bild↓ oder N · Fortsetzen: Leertaste',
    lastHint: 'Letztes Kapitel · Ende: Bild↓ oder N',
    finished: 'Ende des Skripts',
    finishedHint: 'Kapitel wählen mit 1–9, zurück mit Bild↑ oder P, verlassen mit Esc.',
    indicator: 'Stand',
    daysPerSecond: 'Tage/s',
    playing: 'läuft',
    paused: 'angehalten',
    exportSvg: 'Abbildung als SVG',
    exportPng: 'Abbildung als PNG',
    print: 'Handout drucken',
    exportFailed: 'Die Abbildung konnte nicht exportiert werden:',
    noFigure: 'Diese Ansicht hat keine exportierbare Abbildung.',
    whatIf: 'Was wäre wenn …',
    whatIfHint: 'Eine Politik oder einen Parameter ab dem nächsten Tag ändern; die Ansichten zeigen den geänderten Lauf neben dem Original (Taste W).',
    whatIfField: 'Was ändern',
    whatIfPolicy: 'Politik',
    whatIfValue: 'Neuer Wert',
    whatIfApply: 'Berechnen',
    whatIfLine: 'Was wäre wenn',
    whatIfDrop: 'Änderung verwerfen',
    whatIfComputing: (change) => `Was wäre wenn: ${change} wird berechnet …`,
    whatIfSame: (field) => `„${field}“: Der Wert ist schon in Kraft; bitte einen anderen wählen.`,
    whatIfRejected: 'Die Änderung wurde nicht übernommen; der bisherige Lauf bleibt:',
    whatIfFailed: 'Der geänderte Lauf ist fehlgeschlagen; der bisherige Lauf bleibt:',
    whatIfNotReady: 'Der Lauf ist noch nicht fertig berechnet; bitte kurz warten.',
    whatIfLastDay: 'Am letzten Tag des Laufs gibt es kein „danach“ mehr.',
    whatIfLater: (date) => `Ein Ereignis des Szenarios setzt diesen Wert am ${date} neu; bis dahin gilt die Änderung.`,
    scriptUnitProblems: (title) => `Kapitelskript „${title}“ passt nicht zum Lauf:`,
  },
  en: {
    present: 'Presentation',
    presentHint: 'Full screen with large type, driven by the keyboard',
    region: 'Presentation',
    leave: 'Leave the presentation',
    fullscreen: 'Full screen',
    script: 'Chapter script',
    noScript: 'no chapters',
    ownScript: 'Own chapter script (JSON) …',
    scriptProblems: (name) => `${name}: the chapter script was not applied:`,
    unknownScript: (id, known) => `Parameter “kapitel”: “${id}” is unknown (allowed: ${known}).`,
    chapters: 'Chapters',
    chapterOf: (n, total) => `Chapter ${n} of ${total}`,
    chapterButton: (n, title) => `Chapter ${n}: ${title}`,
    preparing: 'Computing …',
    question: 'Question',
    continueHint: 'Next: Page Down or N · Go on playing: Space',
    lastHint: 'Last chapter · End: Page Down or N',
    finished: 'End of the script',
    finishedHint: 'Choose a chapter with 1–9, go back with Page Up or P, leave with Esc.',
    indicator: 'Now',
    daysPerSecond: 'days/s',
    playing: 'playing',
    paused: 'paused',
    exportSvg: 'Figure as SVG',
    exportPng: 'Figure as PNG',
    print: 'Print handout',
    exportFailed: 'The figure could not be exported:',
    noFigure: 'This view has no figure to export.',
    whatIf: 'What if …',
    whatIfHint: 'Change a policy or a parameter from the next day on; the views show the changed run beside the original (key W).',
    whatIfField: 'What to change',
    whatIfPolicy: 'Policy',
    whatIfValue: 'New value',
    whatIfApply: 'Compute',
    whatIfLine: 'What if',
    whatIfDrop: 'Drop the change',
    whatIfComputing: (change) => `What if: computing ${change} …`,
    whatIfSame: (field) => `“${field}”: this value is already in force; please choose another.`,
    whatIfRejected: 'The change was not applied; the run on screen stays:',
    whatIfFailed: 'The changed run failed; the run on screen stays:',
    whatIfNotReady: 'The run is not fully computed yet; please wait a moment.',
    whatIfLastDay: 'On the last day of the run there is no “after”.',
    whatIfLater: (date) => `An event of the scenario sets this value again on ${date}; the change holds until then.`,
    scriptUnitProblems: (title) => `Chapter script “${title}” does not fit the run:`,
  },
};
