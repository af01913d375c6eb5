/** Problems in one line in the UI's language: a scenario's (as the loader names them) and a failed parse's (zod). */
import type { z } from 'zod';
import { zodIssueText, type ScenarioIssue } from '../../engine/scenario/issues.ts';
import type { Lang } from './messages.ts';

/** The first three of a scenario's problems in one line, in the language given. */
export const issueText = (issues: readonly ScenarioIssue[], lang: Lang): string =>
  issues
    .slice(0, 3)
    .map((i) => `${i.path || (lang === 'de' ? '(Szenario)' : '(scenario)')}: ${i.text[lang]}`)
    .join('; ') + (issues.length > 3 ? ' …' : '');

/**
 * Where a parse failed, in the language given: the first three issues with their field paths (`root` names the whole).
 * The parse must report its input (`{ reportInput: true }`): the German names the type it received.
 */
export const zodProblemText = (error: z.ZodError, lang: Lang, root: string): string =>
  error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : root}: ${zodIssueText(i)[lang]}`)
    .join('; ') + (error.issues.length > 3 ? ' …' : '');
