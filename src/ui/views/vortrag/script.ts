/**
 * Chapter scripts for the lecturer mode: the JSON format a lecturer writes (zod schema), and reading one with
 * messages that name the field, in the language of the UI. Format documented in docs/chapters.md.
 */
import { z } from 'zod';
import { de as zodDe, en as zodEn } from 'zod/locales';
import { formatPath, type ScenarioIssue } from '../../../engine/scenario/issues.ts';
import { BUILTIN_SCENARIOS } from '../../../engine/scenario/builtin/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { SPEEDS } from '../../machines/runControl.ts';

/** The views a chapter can show (the scenario view is for editing, not for presenting). */
export const CHAPTER_VIEWS = ['karte', 'bewegung', 'zeitverlauf', 'fluesse'] as const;
export type ChapterView = (typeof CHAPTER_VIEWS)[number];
/** At most nine chapters: the keys 1–9 choose them. */
export const MAX_CHAPTERS = 9;

const text = z.strictObject({ de: z.string().trim().min(1), en: z.string().trim().min(1) });
// ISO dates of the calendar (zod checks the form and the day of the month).
const isoDate = z.iso.date();

const chapterSchema = z.strictObject({
  title: text,
  view: z.enum(CHAPTER_VIEWS),
  /** A Kreis, Gemeinde or Erstaufnahme site to select (its AGS or site id). */
  unit: z.string().min(1).optional(),
  from: isoDate,
  to: isoDate,
  /** Days per second while the chapter plays; one of the speeds of the run bar. */
  speed: z.literal(SPEEDS).optional(),
  /** The question or prompt shown when the chapter has played to its end. */
  prompt: text,
});

export const chapterScriptSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: text,
  /** The id of the built-in scenario the chapters replay. */
  scenario: z.string().min(1),
  chapters: z.array(chapterSchema).min(1).max(MAX_CHAPTERS),
});

export type ChapterScript = z.infer<typeof chapterScriptSchema>;
export type Chapter = ChapterScript['chapters'][number];

/** A problem with a script: the field's path (`chapters[1].to`) and the message in the UI's language. */
export type ScriptIssue = Pick<ScenarioIssue, 'path' | 'message'>;

export type ScriptResult = { readonly ok: true; readonly script: ChapterScript } | { readonly ok: false; readonly issues: readonly ScriptIssue[] };

const ZOD_LOCALE = { de: zodDe(), en: zodEn() };

/** Checks the schema cannot express: a known scenario, and each chapter's dates in order and inside its period. */
function meaningIssues(script: ChapterScript, lang: Lang): ScriptIssue[] {
  const de = lang === 'de';
  const issues: ScriptIssue[] = [];
  const scenario = BUILTIN_SCENARIOS[script.scenario];
  if (!scenario) {
    const known = Object.keys(BUILTIN_SCENARIOS).join(', ');
    issues.push({ path: 'scenario', message: de ? `unbekanntes Szenario „${script.scenario}“ (möglich: ${known})` : `unknown scenario “${script.scenario}” (allowed: ${known})` });
  }
  script.chapters.forEach((c, i) => {
    if (c.to <= c.from) {
      issues.push({ path: `chapters[${i}].to`, message: de ? `liegt nicht nach „from“ (${c.from})` : `is not after “from” (${c.from})` });
    }
    if (!scenario) return;
    const { start, end } = scenario.period;
    for (const field of ['from', 'to'] as const) {
      if (c[field] < start || c[field] > end) {
        issues.push({
          path: `chapters[${i}].${field}`,
          message: de ? `${c[field]} liegt außerhalb des Szenarios (${start} bis ${end})` : `${c[field]} is outside the scenario (${start} to ${end})`,
        });
      }
    }
  });
  return issues;
}

/** Reads a parsed JSON value as a chapter script; every problem names its field. */
export function readChapterScript(value: unknown, lang: Lang): ScriptResult {
  const parsed = chapterScriptSchema.safeParse(value, { error: ZOD_LOCALE[lang].localeError });
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => ({ path: formatPath(i.path) || (lang === 'de' ? '(Skript)' : '(script)'), message: i.message })) };
  }
  const issues = meaningIssues(parsed.data, lang);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, script: parsed.data };
}

/** Reads the text of a script file: JSON syntax first, then the fields. */
export function readChapterScriptText(text: string, lang: Lang): ScriptResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, issues: [{ path: lang === 'de' ? '(Datei)' : '(file)', message: `${lang === 'de' ? 'kein gültiges JSON' : 'not valid JSON'} (${detail})` }] };
  }
  return readChapterScript(value, lang);
}

/**
 * Checks a script against its run once the run has started: each chapter's unit must be one of the run's (a Kreis,
 * Gemeinde or Erstaufnahme site of its region). The schema cannot know the region's units.
 */
export function unitIssues(script: ChapterScript, hasUnit: (id: string) => boolean, lang: Lang): ScriptIssue[] {
  return script.chapters.flatMap((c, i) =>
    c.unit === undefined || hasUnit(c.unit)
      ? []
      : [
          {
            path: `chapters[${i}].unit`,
            message:
              lang === 'de'
                ? `Kapitel ${i + 1} („${c.title.de}“): Die Einheit „${c.unit}“ gibt es im Lauf von „${script.scenario}“ nicht (Kreis oder Gemeinde als AGS, Erstaufnahme als Standortkennung).`
                : `Chapter ${i + 1} (“${c.title.en}”): the run of “${script.scenario}” has no unit “${c.unit}” (a Kreis or Gemeinde by its AGS, an Erstaufnahme site by its id).`,
          },
        ],
  );
}
