/**
 * Reading a scenario file chosen or dropped by the user: size limit, byte order mark, nesting, JSON syntax and a bare
 * string are named with the file's name; what passes is an own scenario for the run (the loader then names fields).
 */
import { MAX_SCENARIO_BYTES, MAX_SCENARIO_DEPTH, parseScenarioJson } from '../../engine/scenario/load.ts';
import { formatNumber } from '../format.ts';
import type { Lang } from '../i18n/index.ts';
import type { OwnScenario } from './choice.tsx';

/** The size limit of scenario files, as a message when a file exceeds it. */
export function sizeProblem(lang: Lang, name: string, size: number): string | null {
  if (size <= MAX_SCENARIO_BYTES) return null;
  const mb = formatNumber(lang, size / 1024 / 1024, 1);
  const max = formatNumber(lang, MAX_SCENARIO_BYTES / 1024 / 1024);
  return lang === 'de' ? `${name}: zu groß (${mb} MB, höchstens ${max} MB)` : `${name}: too large (${mb} MB, at most ${max} MB)`;
}

/** The text of a chosen file read as a scenario by the loader's rule (byte order mark, syntax, nesting), or why not. */
export function readUpload(lang: Lang, name: string, text: string): { readonly problem: string } | { readonly upload: OwnScenario } {
  const de = lang === 'de';
  const json = parseScenarioJson(text);
  if (!json.ok && json.problem === 'depth') {
    return { problem: `${name}: ${de ? `zu tief verschachtelt (mehr als ${MAX_SCENARIO_DEPTH} Ebenen)` : `nested too deeply (more than ${MAX_SCENARIO_DEPTH} levels)`}` };
  }
  if (!json.ok) return { problem: `${name}: ${de ? 'kein gültiges JSON' : 'not valid JSON'} (${json.detail})` };
  // A bare string would be taken for the id of a built-in scenario.
  if (typeof json.value === 'string') return { problem: `${name}: ${de ? 'enthält nur einen Text, kein Szenario' : 'holds only a string, not a scenario'}` };
  return { upload: { name, value: json.value } };
}

/**
 * A file chosen or dropped, read as a scenario: refused above the size limit before it is read, then decoded with the
 * byte order mark kept (the loader's rule drops one, for the app as for the command line) and read by `readUpload`.
 */
export async function importScenarioFile(lang: Lang, file: File): Promise<{ readonly problem: string } | { readonly upload: OwnScenario }> {
  const tooBig = sizeProblem(lang, file.name, file.size);
  if (tooBig) return { problem: tooBig };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.arrayBuffer());
  } catch (e) {
    return { problem: `${file.name}: ${lang === 'de' ? 'nicht lesbar' : 'cannot be read'} (${e instanceof Error ? e.message : String(e)})` };
  }
  return readUpload(lang, file.name, text);
}
