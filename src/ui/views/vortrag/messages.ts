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
  },
};
