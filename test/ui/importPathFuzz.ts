/**
 * The fuzz of the app's import path: malformed scenario files (cut, with control characters, a second byte order
 * mark, wrong types and out-of-range numbers at field paths, prototype keys, deep nesting, bare values, oversized
 * files), broken share links and corrupt storage records, each through the functions the app itself uses
 * (`importScenarioFile` and the engine's loader as the worker runs it, `decodeShare`, `readRecord`). Every input is
 * bad by construction; the check: nothing throws, every input gets a message naming the file, the link, a field or
 * the record, and no built-in scenario or prototype changes. Free of vitest, shared by the suite and `npm run fuzz:import`.
 */
import fc from 'fast-check';
import lz from 'lz-string';
import { z } from 'zod';
import example from '../../examples/mein-landkreis.json' with { type: 'json' };
import { BUILTIN_SCENARIOS } from '../../src/engine/scenario/builtin/index.ts';
import { nodesAt, numberBounds, unwrap } from '../../src/engine/scenario/catalogue.ts';
import { loadScenario, MAX_SCENARIO_BYTES } from '../../src/engine/scenario/load.ts';
import { importScenarioFile } from '../../src/ui/app/importFile.ts';
import { decodeShare, encodeShare, MAX_SHARE_CHARS } from '../../src/ui/share/share.ts';
import { readRecord } from '../../src/ui/storage/idb.ts';

// ---- the scenarios made bad -------------------------------------------------------------------------

const EXAMPLE: unknown = example;
const BASES: readonly { readonly name: string; readonly builtin: boolean; readonly value: unknown }[] = [
  ...Object.entries(BUILTIN_SCENARIOS).map(([name, s]) => ({ name, builtin: true, value: JSON.parse(JSON.stringify(s)) as unknown })),
  { name: 'mein-landkreis.json', builtin: false, value: EXAMPLE },
];

type Key = string | number;
interface Leaf {
  readonly path: readonly Key[];
  readonly value: unknown;
  /** The schema's bounds for a number, where it declares them. */
  readonly bounds?: { readonly min?: number; readonly max?: number };
}

function leavesOf(root: unknown): { leaves: Leaf[]; objects: (readonly Key[])[] } {
  const leaves: Leaf[] = [];
  const objects: (readonly Key[])[] = [];
  const stack: [unknown, Key[]][] = [[root, []]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [v, at] = top;
    if (v !== null && typeof v === 'object') {
      if (!Array.isArray(v)) objects.push(at);
      for (const [k, c] of Object.entries(v)) stack.push([c, [...at, Array.isArray(v) ? Number(k) : k]]);
      continue;
    }
    let bounds: Leaf['bounds'];
    if (typeof v === 'number') {
      const nodes = nodesAt(at.join('.'));
      const type = nodes.length > 0 ? unwrap(nodes[nodes.length - 1]!.schema) : undefined;
      if (type instanceof z.ZodNumber) {
        const { min, max } = numberBounds(type);
        bounds = { min: min?.value, max: max?.value };
      }
    }
    leaves.push({ path: at, value: v, ...(bounds ? { bounds } : {}) });
  }
  return { leaves, objects };
}
const SHAPES = BASES.map((b) => ({ ...b, ...leavesOf(b.value), text: JSON.stringify(b.value) }));
/** The built-ins as they were, to show that no input changed them. */
const BUILTIN_TEXT = JSON.stringify(BUILTIN_SCENARIOS);

/** Values of another JSON type than the field's (all rejected by the format at every field of the bases). */
const WRONG: Readonly<Record<string, readonly unknown[]>> = {
  number: ['x', '', true, [], { x: 1 }, null, [1, 2]],
  string: [7, 0, false, [1], { x: 1 }, null, ['a']],
  boolean: ['ja', 0, 1, {}, null, []],
};
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const BARE = ['null', '0', '-1', '1e999', 'true', 'false', '[]', '[{}]', '{}', '"herbst-2015"', '""', '[null]'];
const BAD_OPS: readonly unknown[] = [
  { op: 'move', from: '/id', path: '/name' },
  { op: 'copy', from: '/id', path: '/name' },
  { op: 'test', path: '/id', value: 'x' },
  { op: '_get', path: '/id' },
  { op: 'replace', path: '', value: {} },
  { op: 'add', path: '/__proto__/polluted', value: 1 },
  { op: 'add', path: '/constructor/prototype/polluted', value: 1 },
  { op: 'replace', path: '/policies/prototype', value: 1 },
  { op: 'replace', path: '/id' },
  { op: 'add', path: 'id', value: 'x' },
  { op: 'remove', path: '/id', value: 1 },
  { op: 'replace', path: 7, value: 1 },
  'replace',
  null,
];

// ---- the cases --------------------------------------------------------------------------------------

export type ImportCase =
  | { readonly kind: 'cut'; readonly base: number; readonly at: number }
  | { readonly kind: 'control'; readonly base: number; readonly at: number; readonly char: number }
  | { readonly kind: 'bom2'; readonly base: number }
  | { readonly kind: 'wrongType'; readonly base: number; readonly at: number; readonly pick: number }
  | { readonly kind: 'range'; readonly base: number; readonly at: number; readonly pick: number }
  | { readonly kind: 'proto'; readonly base: number; readonly at: number; readonly key: number }
  | { readonly kind: 'deep'; readonly base: number; readonly at: number; readonly depth: number; readonly array: boolean }
  | { readonly kind: 'bare'; readonly pick: number }
  | { readonly kind: 'size'; readonly over: number }
  | { readonly kind: 'linkText'; readonly text: string }
  | { readonly kind: 'linkCut'; readonly base: number; readonly at: number; readonly pick: number }
  | { readonly kind: 'linkOp'; readonly base: number; readonly pick: number; readonly before: number }
  | { readonly kind: 'linkValue'; readonly base: number; readonly at: number; readonly pick: number; readonly whole: boolean }
  | { readonly kind: 'linkMissing'; readonly base: number; readonly at: number }
  | { readonly kind: 'linkBody'; readonly body: unknown }
  | { readonly kind: 'linkLong'; readonly extra: number }
  | { readonly kind: 'record'; readonly field: number; readonly pick: number; readonly old: boolean };

const n = fc.nat({ max: 1_000_000 });
const base = fc.nat({ max: BASES.length - 1 });
const builtinBase = fc.nat({ max: BASES.filter((b) => b.builtin).length - 1 });

export const arbImportCase: fc.Arbitrary<ImportCase> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('cut' as const), base, at: n }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('control' as const), base, at: n, char: fc.integer({ min: 0, max: 0x1f }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bom2' as const), base }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('wrongType' as const), base, at: n, pick: n }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('range' as const), base, at: n, pick: n }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('proto' as const), base, at: n, key: n }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deep' as const), base, at: n, depth: fc.constantFrom(65, 100, 1_000, 5_000), array: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bare' as const), pick: n }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('size' as const), over: fc.nat({ max: 1e9 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('linkText' as const), text: fc.oneof(fc.string({ maxLength: 300 }), fc.base64String({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 100 })) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('linkCut' as const), base: builtinBase, at: n, pick: n }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('linkOp' as const), base: builtinBase, pick: n, before: fc.nat({ max: 3 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('linkValue' as const), base, at: n, pick: n, whole: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('linkMissing' as const), base: builtinBase, at: n }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('linkBody' as const),
      body: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.record({ b: fc.oneof(fc.string(), fc.constant('mars'), n), p: fc.jsonValue({ maxDepth: 2 }) })),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('linkLong' as const), extra: fc.nat({ max: 100_000 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('record' as const), field: n, pick: n, old: fc.boolean() }) },
);

const at = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

/** A copy of a value with `value` at `path` (set as an own property, also `__proto__`). */
function withAt(root: unknown, path: readonly Key[], value: unknown): unknown {
  const copy = structuredClone(root);
  let o = copy as Record<Key, unknown>;
  for (const k of path.slice(0, -1)) o = o[k] as Record<Key, unknown>;
  Object.defineProperty(o, path[path.length - 1]!, { value, writable: true, enumerable: true, configurable: true });
  return copy;
}

/** A number outside the bounds the format declares for a field, or a non-number (JSON writes NaN and ∞ as null). */
function outOfRange(leaf: Leaf, pick: number): unknown {
  const { min, max } = leaf.bounds ?? {};
  const options = [
    ...(max !== undefined && Number.isFinite(max) ? [max + Math.max(1, Math.abs(max)), max * 10 + 1, 1e308] : []),
    ...(min !== undefined && Number.isFinite(min) ? [min - Math.max(1, Math.abs(min)), -1e308] : []),
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ];
  return at(options, pick);
}

const nestedText = (depth: number, array: boolean) => (array ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);

/** What a case hands to the app: a file (name and text, or a file-like object of a size), a share code, or a stored record. */
export type ImportInput =
  | { readonly file: File; readonly expect: 'file' | 'field' }
  | { readonly link: string; readonly same?: unknown }
  | { readonly record: unknown; readonly id: string | undefined };

export function importInput(c: ImportCase): ImportInput {
  const file = (text: string, expect: 'file' | 'field', name = 'fuzz.json') => ({ file: new File([text], name, { type: 'application/json' }), expect });
  const code = (body: unknown) => lz.compressToEncodedURIComponent(JSON.stringify(body));
  switch (c.kind) {
    case 'cut': {
      const text = SHAPES[c.base]!.text;
      return file(text.slice(0, c.at % text.length), 'file');
    }
    case 'control': {
      const text = SHAPES[c.base]!.text;
      // Tab, line feed and carriage return are white space between tokens; every other control character is an error anywhere.
      const ch = [9, 10, 13].includes(c.char) ? 1 : c.char;
      const i = c.at % (text.length + 1);
      return file(`${text.slice(0, i)}${String.fromCharCode(ch)}${text.slice(i)}`, 'file');
    }
    case 'bom2':
      return file(`\uFEFF\uFEFF${SHAPES[c.base]!.text}`, 'file');
    case 'wrongType': {
      const s = SHAPES[c.base]!;
      const leaf = at(s.leaves, c.at);
      return file(JSON.stringify(withAt(s.value, leaf.path, at(WRONG[typeof leaf.value] ?? WRONG.number!, c.pick))), 'field');
    }
    case 'range': {
      const s = SHAPES[c.base]!;
      const numbers = s.leaves.filter((l) => l.bounds);
      const leaf = at(numbers, c.at);
      return file(JSON.stringify(withAt(s.value, leaf.path, outOfRange(leaf, c.pick))), 'field');
    }
    case 'proto': {
      const s = SHAPES[c.base]!;
      const path = at(s.objects, c.at);
      return file(JSON.stringify(withAt(s.value, [...path, at(PROTO_KEYS, c.key)], { polluted: 1 })), 'field');
    }
    case 'deep': {
      const s = SHAPES[c.base]!;
      const leaf = at(s.leaves, c.at);
      const marked = JSON.stringify(withAt(s.value, leaf.path, '@@deep@@'));
      return file(marked.replace('"@@deep@@"', nestedText(c.depth, c.array)), 'file');
    }
    case 'bare':
      return file(at(BARE, c.pick), 'field', 'wert.json');
    case 'size': {
      const size = MAX_SCENARIO_BYTES + 1 + c.over;
      // Refused by its size before it is read: reading it would throw.
      const big = { name: 'gross.json', size, arrayBuffer: () => Promise.reject(new Error('read a file refused by its size')) } as unknown as File;
      return { file: big, expect: 'file' };
    }
    case 'linkText':
      return { link: c.text };
    case 'linkCut': {
      const s = SHAPES[c.base]!;
      const leaf = at(s.leaves, c.pick);
      // A valid link of a changed scenario, cut short.
      const own = { name: 'x', value: withAt(s.value, leaf.path, leaf.value), base: s.name };
      const full = encodeShare(own);
      if (!('code' in full)) throw new Error(`the fuzz base ${s.name} does not fit in a link`);
      return { link: full.code.slice(0, c.at % full.code.length), same: own.value };
    }
    case 'linkOp': {
      const s = SHAPES[c.base]!;
      const good = Array.from({ length: c.before }, (_, i) => ({ op: 'replace', path: '/name/de', value: `Name ${i}` }));
      return { link: code({ b: s.name, p: [...good, at(BAD_OPS, c.pick)] }) };
    }
    case 'linkValue': {
      const s = SHAPES[c.base]!;
      const leaf = at(s.leaves, c.at);
      const wrong = at(WRONG[typeof leaf.value] ?? WRONG.number!, c.pick);
      const pointer = `/${leaf.path.map((k) => String(k).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
      return { link: code(c.whole || !s.builtin ? { s: withAt(s.value, leaf.path, wrong) } : { b: s.name, p: [{ op: 'replace', path: pointer, value: wrong }] }) };
    }
    case 'linkMissing':
      return { link: code({ b: SHAPES[c.base]!.name, p: [{ op: 'remove', path: `/gibt-es-nicht-${c.at}/x` }] }) };
    case 'linkBody': {
      // Anything but the two forms of a link: a body that happens to be one is made not to be.
      const body = c.body;
      const isLink = typeof body === 'object' && body !== null && !Array.isArray(body) && ('s' in body || ('b' in body && Array.isArray((body as { p?: unknown }).p)));
      return { link: code(isLink ? { ...body, extra: 1 } : body) };
    }
    case 'linkLong':
      return { link: 'A'.repeat(MAX_SHARE_CHARS + 1 + c.extra) };
    case 'record': {
      const good = c.old
        ? { v: 1, id: 'r1', kind: 'scenario', title: 'Alt', saved: 1_700_000_000_000, payload: {} }
        : { v: 2, id: 'r2', kind: 'comparison', name: 'Neu', savedAt: '2026-01-01T10:00:00.000Z', payload: {} };
      const field = at(Object.keys(good), c.field);
      const bad = at<unknown>(field === 'payload' ? [undefined] : field === 'v' ? [0, 3.5, '2', null, undefined, -1] : [undefined, null, 7, '', [], { x: 1 }, 'x'.repeat(501), -5, 'gestern'], c.pick);
      const record: Record<string, unknown> = { ...good };
      if (bad === undefined) delete record[field];
      else record[field] = bad;
      // A value that is still right for the field (a number as `saved`…) is made wrong in another way.
      if (readRecordOk(record)) record.kind = 'unbekannt';
      return { record, id: typeof record.id === 'string' ? record.id : undefined };
    }
  }
}

const readRecordOk = (r: unknown) => 'record' in readRecord(r);

// ---- the check --------------------------------------------------------------------------------------

/** The names every object inherits through, as they are before the fuzz. */
export function prototypeState(): string {
  return [Object.prototype, Array.prototype, Function.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join(',')).join('|');
}

export interface ImportOutcome {
  /** The messages the app would show. */
  readonly messages: readonly string[];
  /** A cut link that still decompressed to the whole, unchanged scenario (not a bad input after all). */
  readonly intact?: boolean;
}

/**
 * One input through the app's functions: throws if one of them throws, if a bad input gets no message naming the
 * file, the link, a field or the record, or if a built-in scenario or a prototype changed.
 */
export async function checkImport(input: ImportInput, prototypes: string): Promise<ImportOutcome> {
  const fail = (why: string): never => {
    throw new Error(why);
  };
  let outcome: ImportOutcome;
  if ('file' in input) {
    const read = await importScenarioFile('de', input.file);
    if ('problem' in read) {
      if (!read.problem.startsWith(`${input.file.name}: `)) fail(`the message does not name the file: ${read.problem}`);
      outcome = { messages: [read.problem] };
    } else {
      // The worker's check: the engine's loader on the value read.
      const loaded = loadScenario(read.upload.value);
      if (loaded.ok) fail(`accepted without a message: ${input.file.name}`);
      const issues = loaded.ok ? [] : loaded.issues;
      if (issues.length === 0 || issues.some((i) => i.message.trim() === '')) fail('rejected without saying why');
      // A field is named (by its path, or a key at the top by its name), or the scenario as a whole when it is no object.
      const whole = read.upload.value === null || typeof read.upload.value !== 'object' || Array.isArray(read.upload.value);
      if (!whole && !issues.some((i) => i.path !== '' || /"[^"]+"/.test(i.message))) fail(`no field named: ${JSON.stringify(issues.slice(0, 2))}`);
      outcome = { messages: issues.map((i) => `${i.path || '(Szenario)'}: ${i.message}`) };
    }
  } else if ('link' in input) {
    const r = decodeShare(input.link);
    if ('own' in r) {
      // A link cut after its last meaningful character still holds the whole scenario: that is no bad link.
      if (input.same !== undefined && JSON.stringify(r.own.value) === JSON.stringify(input.same)) outcome = { messages: [], intact: true };
      else fail(`a broken link was accepted: ${input.link.slice(0, 80)}`);
    }
    if (!('own' in r)) {
      if (!r.problem.de.startsWith('Der geteilte Link ist ungültig: ') || !r.problem.en.startsWith('The shared link is invalid: ')) fail(`the message does not name the link: ${r.problem.de}`);
      outcome = { messages: [r.problem.de] };
    }
  } else {
    const r = readRecord(input.record);
    if ('record' in r) fail(`a corrupt record was read: ${JSON.stringify(input.record)}`);
    const problem = 'problem' in r ? r.problem : fail('no problem');
    if (input.id !== undefined && !problem.de.includes(input.id)) fail(`the message does not name the record: ${problem.de}`);
    outcome = { messages: [problem.de] };
  }
  if (prototypeState() !== prototypes || ({} as Record<string, unknown>).polluted !== undefined) fail('a prototype changed');
  return outcome!;
}

/** Whether the built-in scenarios are still as they were (checked after a run of cases: the comparison is not cheap). */
export const builtinsIntact = (): boolean => JSON.stringify(BUILTIN_SCENARIOS) === BUILTIN_TEXT;
