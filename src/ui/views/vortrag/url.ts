/**
 * The lecturer mode in the URL: `?vortrag` opens the presentation, `?kapitel=<script id>` opens it with a chapter
 * script, `?kapitel=<script id>.<n>` at its chapter n (1-based), so that a reload returns to the chapter on screen.
 */
import type { Lang } from '../../i18n/index.ts';
import { BUILTIN_SCRIPTS } from './scripts/index.ts';
import type { ChapterScript } from './script.ts';

export interface VortragUrl {
  /** Open the presentation on load. */
  readonly present: boolean;
  readonly script: ChapterScript | null;
  /** The chapter to open (0-based); 0 without a number. */
  readonly chapter: number;
  /** A `kapitel` value that names no script. */
  readonly unknownScript: string | null;
  /** A chapter number the script does not have (the script then opens at its first chapter). */
  readonly unknownChapter: string | null;
}

/** The `kapitel` value for a script and chapter (0-based): the id alone for the first chapter. */
export function kapitelParam(id: string, index: number): string {
  return index > 0 ? `${id}.${index + 1}` : id;
}

export function parseVortragUrl(search: string): VortragUrl {
  const q = new URLSearchParams(search);
  const value = q.get('kapitel');
  // Script ids are lower-case letters, digits and hyphens: a dot can only begin the chapter number.
  const [id, number] = value === null ? [null, undefined] : (value.split('.', 2) as [string, string | undefined]);
  const script = id !== null && Object.hasOwn(BUILTIN_SCRIPTS, id) ? BUILTIN_SCRIPTS[id]! : null;
  const n = number === undefined ? 1 : /^\d{1,2}$/.test(number) ? Number(number) : Number.NaN;
  const fits = script !== null && Number.isInteger(n) && n >= 1 && n <= script.chapters.length;
  return {
    present: q.has('vortrag') || value !== null,
    script,
    chapter: fits ? n - 1 : 0,
    unknownScript: id !== null && script === null ? id : null,
    unknownChapter: script !== null && !fits ? (number ?? '') : null,
  };
}

/** Why a chapter number in the URL was not used, in the UI language. */
export function unknownChapterText(lang: Lang, script: ChapterScript, number: string): string {
  const n = script.chapters.length;
  return lang === 'de'
    ? `Parameter „kapitel“: „${script.id}“ hat kein Kapitel „${number}“ (möglich: 1 bis ${n}); es beginnt mit Kapitel 1.`
    : `Parameter “kapitel”: “${script.id}” has no chapter “${number}” (allowed: 1 to ${n}); it starts at chapter 1.`;
}
