/**
 * Share links: an own scenario as its difference from the built-in it was made from (RFC 6902 patch), or whole when
 * it has no base, compressed into one URL parameter; and back, with every way a link can be broken named.
 */
// Both packages are CommonJS: their default export is what Node and the bundler agree on.
import jsonpatch, { type Operation } from 'fast-json-patch';
import lz from 'lz-string';
import { z } from 'zod';
import { getBuiltinScenario } from '../../engine/scenario/builtin/index.ts';
import { PROTOTYPE_KEYS } from '../../engine/scenario/limits.ts';
import { loadScenario } from '../../engine/scenario/load.ts';
import type { OwnScenario } from '../app/choice.tsx';
import type { Lang } from '../i18n/index.ts';
import { issueText, zodProblemText } from '../i18n/problems.ts';

/** Longest share code accepted and written, in characters (browsers and mail clients keep links of this length intact). */
export const MAX_SHARE_CHARS = 8000;

/** A message in both UI languages. */
export interface ShareProblem {
  readonly de: string;
  readonly en: string;
}

/** The JSON inside a code: a base's id with the patch from it (`b`, `p`), or a whole scenario (`s`). */
// The link's own messages carry both languages in the issue's params, where zodIssueText finds them.
const said = (de: string, en: string) => ({ message: en, params: { text: { de, en } } });
const pointer = z
  .string()
  .max(500)
  .refine((p) => /^(\/[^/]*)+$/.test(p), said('der Pfad muss in das Szenario zeigen („/…“)', 'path must point inside the scenario ("/…")'))
  .refine(
    (p) => p.split('/').every((step) => !PROTOTYPE_KEYS.includes(step.replace(/~1/g, '/').replace(/~0/g, '~'))),
    said('der Pfad darf nicht __proto__, constructor oder prototype nennen', 'path must not name __proto__, constructor or prototype'),
  );
const value = z.unknown().refine((v) => v !== undefined, said('der Wert fehlt', 'value is missing'));
const operation = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('add'), path: pointer, value }),
  z.strictObject({ op: z.literal('replace'), path: pointer, value }),
  z.strictObject({ op: z.literal('remove'), path: pointer }),
]);
const shared = z.union([z.strictObject({ b: z.string().max(100), p: z.array(operation).max(100_000) }), z.strictObject({ s: z.unknown() })]);

const cache = new WeakMap<OwnScenario, { readonly code: string } | { readonly problem: ShareProblem }>();

/** The share code of an own scenario, or why it cannot be shared by link (too long). */
export function encodeShare(own: OwnScenario): { readonly code: string } | { readonly problem: ShareProblem } {
  const known = cache.get(own);
  if (known) return known;
  const base = own.base === undefined ? undefined : getBuiltinScenario(own.base);
  const body =
    base && typeof own.value === 'object' && own.value !== null
      ? { b: own.base, p: jsonpatch.compare(base as object, own.value as object) }
      : { s: own.value };
  const code = lz.compressToEncodedURIComponent(JSON.stringify(body));
  const result =
    code.length <= MAX_SHARE_CHARS
      ? { code }
      : {
          problem: {
            de: `Das Szenario ist für einen Link zu groß (${code.length.toLocaleString('de-DE')} Zeichen, höchstens ${MAX_SHARE_CHARS.toLocaleString('de-DE')}). Speichern Sie es oder exportieren Sie die Datei.`,
            en: `The scenario is too large for a link (${code.length.toLocaleString('en-GB')} characters, at most ${MAX_SHARE_CHARS.toLocaleString('en-GB')}). Save it or export the file.`,
          },
        };
  cache.set(own, result);
  return result;
}

/**
 * The own scenario of a share code, checked by the engine's loader, or what is wrong with the link: too long, not
 * decompressible, not the link's JSON, an unknown base, a patch operation that is not allowed or does not apply, or
 * a scenario the loader rejects (with its field paths).
 */
export function decodeShare(code: string, lang: Lang = 'de'): { readonly own: OwnScenario } | { readonly problem: ShareProblem } {
  const broken = (de: string, en: string) => ({ problem: { de: `Der geteilte Link ist ungültig: ${de}`, en: `The shared link is invalid: ${en}` } });
  if (code.length > MAX_SHARE_CHARS) {
    return broken(
      `zu lang (${code.length.toLocaleString('de-DE')} Zeichen, höchstens ${MAX_SHARE_CHARS.toLocaleString('de-DE')}).`,
      `too long (${code.length.toLocaleString('en-GB')} characters, at most ${MAX_SHARE_CHARS.toLocaleString('en-GB')}).`,
    );
  }
  let text: string | null;
  try {
    text = lz.decompressFromEncodedURIComponent(code);
  } catch {
    text = null;
  }
  if (!text) return broken('er lässt sich nicht entpacken (unvollständig kopiert?).', 'it cannot be decompressed (copied incompletely?).');
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    return broken('sein Inhalt ist kein JSON.', 'its content is not JSON.');
  }
  const body = shared.safeParse(json, { reportInput: true });
  if (!body.success) {
    return broken(
      `sein Inhalt hat nicht die Form eines geteilten Szenarios (${zodProblemText(body.error, 'de', '(Link)')}).`,
      `its content is not a shared scenario (${zodProblemText(body.error, 'en', '(link)')}).`,
    );
  }
  let value: unknown;
  let baseId: string | undefined;
  if ('b' in body.data) {
    baseId = body.data.b;
    const base = getBuiltinScenario(baseId);
    if (!base) return broken(`das Ausgangsszenario „${baseId}“ gibt es nicht.`, `the base scenario “${baseId}” does not exist.`);
    try {
      value = jsonpatch.applyPatch(structuredClone(base), body.data.p as Operation[], true, false, true).newDocument;
    } catch (e) {
      const index = typeof e === 'object' && e !== null && 'index' in e ? Number((e as { index: unknown }).index) : undefined;
      const what = e instanceof Error ? e.message.split('\n')[0]! : String(e);
      return broken(
        `die Änderung ${index === undefined ? '' : `Nr. ${index + 1} `}lässt sich nicht anwenden (${what}).`,
        `change ${index === undefined ? '' : `no. ${index + 1} `}cannot be applied (${what}).`,
      );
    }
  } else value = body.data.s;
  const loaded = loadScenario(value);
  if (!loaded.ok) return broken(`das Szenario ist fehlerhaft – ${issueText(loaded.issues, 'de')}`, `the scenario is faulty – ${issueText(loaded.issues, 'en')}`);
  return { own: { name: loaded.scenario.name[lang], value, ...(baseId === undefined ? {} : { base: baseId }) } };
}
