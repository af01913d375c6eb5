/**
 * The import fuzz: hostile scenario inputs made by mutating the built-in scenarios and examples/mein-landkreis.json
 * (huge, tiny, negative and non-finite numbers, wrong types, deep nesting, long strings, prototype keys, removed
 * fields, events that set absurd values), and the check of one input: the loader answers in time without throwing,
 * an accepted scenario runs with every invariant kept, and the prototypes of all objects stay as they were. Free of
 * vitest, shared by the test suite and `npm run fuzz:import`.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { z } from 'zod';
import { RunBudgetExceeded } from '../../src/engine/budget.ts';
import { addDays, daysBetween } from '../../src/engine/dates.ts';
import { runScenario } from '../../src/engine/run.ts';
import { BUILTIN_SCENARIOS } from '../../src/engine/scenario/builtin/index.ts';
import { nodesAt, numberBounds, parameterCatalogue, unwrap } from '../../src/engine/scenario/catalogue.ts';
import { loadScenario } from '../../src/engine/scenario/load.ts';
import { ACCOMMODATION_TYPES, type Scenario } from '../../src/engine/scenario/schema.ts';
import { byTypeViolation, conservationViolation, flowRecordViolation, flowViolation, sollIstViolation, valueViolation } from './invariants.ts';

// ---- the inputs mutated -----------------------------------------------------------------------------

const EXAMPLE = JSON.parse(readFileSync(new URL('../../examples/mein-landkreis.json', import.meta.url), 'utf8')) as unknown;

/** The scenarios mutated, by name: the built-ins and the example file. */
export const FUZZ_BASES: Readonly<Record<string, unknown>> = { ...BUILTIN_SCENARIOS, 'mein-landkreis.json': EXAMPLE };
const BASE_NAMES = Object.keys(FUZZ_BASES);

/** Numbers at and beyond the bounds of the format and of the engine's integer types, and no numbers at all. */
const EDGE_NUMBERS = [
  0, -0, 1, -1, 0.5, 1.5, 0.1, 0.09, 0.01, 1e-6, 1e-320, 5e-324, 10, 12, 13, 100, 255, 256, 360, 361, 1000, 1001,
  10_000, 10_001, 10_958, 10_959, 32_767, 32_768, 50_000, 50_001, 65_536, 1e6, 1e6 + 1, 1_550_000, 1_550_001, 1e7,
  2e7, 2e7 + 1, 1e8, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 53 + 2, 1e9, -1e9, 1e15, 1e308, -1e308,
  Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY,
];
const WRONG_TYPES: readonly unknown[] = ['', 'x', '1e9', true, false, null, [], {}, [1, 2, 3], { a: 1 }, { kind: 'rate' }];
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const PROTOTYPE_VALUES: readonly unknown[] = [{ polluted: 1 }, { toString: 1 }, {}, 1, { prototype: { polluted: 1 } }];
const STRING_LENGTHS = [65, 201, 2_001, 100_000];
const DEPTHS = [10, 63, 65, 300, 5_000];
const HOSTILE_SET_PATHS = [
  '__proto__.polluted',
  'constructor.prototype.polluted',
  'policies.quota.__proto__',
  'policies.params.constructor',
  'exits.kreisFactor.prototype',
  'arrivals.series.values.__proto__',
  'toString',
  'policies.quota.hasOwnProperty',
];
const SET_KEYS = ['06411', '99101', 'K1', 'neu', 'valueOf', '2015-11', '__proto__'];

/** One change to a scenario; the numbers pick among the candidates found when it is applied. */
export type Mutation =
  | { readonly kind: 'number'; readonly at: number; readonly pick: number; readonly scale: number }
  | { readonly kind: 'extreme'; readonly at: number; readonly high: boolean }
  | { readonly kind: 'type'; readonly at: number; readonly pick: number }
  | { readonly kind: 'deep'; readonly at: number; readonly depth: number; readonly array: boolean }
  | { readonly kind: 'long'; readonly at: number; readonly length: number }
  | { readonly kind: 'proto'; readonly at: number; readonly key: number; readonly value: number }
  | { readonly kind: 'remove'; readonly at: number }
  | { readonly kind: 'grow'; readonly at: number; readonly entries: number }
  | { readonly kind: 'event'; readonly day: number; readonly path: number; readonly value: number; readonly capacity: readonly number[]; readonly hostilePath: boolean }
  | { readonly kind: 'whole'; readonly pick: number };

/** A hostile input: a base, the mutations applied to a copy of it, and whether it reaches the loader as JSON text (cut short with `cut`). */
export interface FuzzCase {
  readonly base: number;
  readonly mutations: readonly Mutation[];
  readonly text: boolean;
  readonly cut: number;
}

const int = (max = 1_000_000) => fc.nat({ max });

const arbMutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('number' as const), at: int(), pick: int(), scale: fc.integer({ min: 0, max: 5 }) }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('extreme' as const), at: int(), high: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('type' as const), at: int(), pick: int() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deep' as const), at: int(), depth: int(), array: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('long' as const), at: int(), length: int() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('proto' as const), at: int(), key: int(), value: int() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('remove' as const), at: int() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('grow' as const), at: int(), entries: fc.constantFrom(2, 100, 2_000, 40_000) }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('event' as const),
      day: fc.integer({ min: -40, max: 800 }),
      path: int(),
      value: int(),
      capacity: fc.array(int(), { maxLength: 3 }),
      hostilePath: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('whole' as const), pick: int() }) },
);

/** Hostile scenario inputs: one to three mutations of a base, as an object or as JSON text (sometimes cut short). */
export const arbFuzzCase: fc.Arbitrary<FuzzCase> = fc.record({
  base: fc.nat({ max: BASE_NAMES.length - 1 }),
  mutations: fc.array(arbMutation, { minLength: 1, maxLength: 3 }),
  text: fc.boolean(),
  cut: fc.oneof({ weight: 19, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: 5_000 }) }),
});

type Key = string | number;
type Container = Record<string, unknown> | unknown[];

interface Place {
  readonly parent: Container;
  readonly key: Key;
  readonly value: unknown;
  /** The keys from the root, as a dotted path (`erstaufnahme.sites.0.capacity.1.places`). */
  readonly path: string;
}

/** Every place in the value, walked without recursion and not below the depth the format needs. */
function places(root: unknown): Place[] {
  const out: Place[] = [];
  const stack: [unknown, number, string][] = [[root, 0, '']];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [v, depth, at] = top;
    if (v === null || typeof v !== 'object' || depth > 12) continue;
    // Not v.map: a list may carry its own `constructor` (a mutation puts one there).
    const keys: Key[] = Array.isArray(v) ? Array.from({ length: v.length }, (_, i) => i) : Object.keys(v);
    for (const k of keys) {
      const child = (v as Record<Key, unknown>)[k];
      const path = at ? `${at}.${k}` : String(k);
      out.push({ parent: v as Container, key: k, value: child, path });
      stack.push([child, depth + 1, path]);
    }
  }
  return out;
}

/** The bounds the schema declares for the number at a concrete path, if it names a bounded number. */
function boundsAt(path: string): { min: number; max: number } | undefined {
  const nodes = nodesAt(path);
  const last = nodes[nodes.length - 1];
  const type = last && unwrap(last.schema);
  if (!(type instanceof z.ZodNumber)) return undefined;
  const { min, max } = numberBounds(type);
  return min && max ? { min: min.value, max: max.value } : undefined;
}

/** A legal but extreme value: the bound itself. */
const extreme = (b: { min: number; max: number }, high: boolean): number => (high ? b.max : b.min);

/** Sets a key as an own property, also `__proto__` (which assignment would take as the prototype). */
function put(target: Container, key: Key, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

/** Nested values made by `nested`, with the text JSON would give them (JSON.stringify itself overflows the stack on them). */
const NESTED = new WeakMap<object, string>();

function nested(depth: number, array: boolean): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = array ? [v] : { a: v };
  NESTED.set(v as object, array ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
  return v;
}

/** JSON text of a value that may hold deeply nested values: those are written in place of a marker. */
function jsonText(value: unknown): string {
  const texts: string[] = [];
  const marked = JSON.stringify(value, (_key, v: unknown) => {
    const text = typeof v === 'object' && v !== null ? NESTED.get(v) : undefined;
    if (text === undefined) return v;
    texts.push(text);
    return `@@nested-${texts.length - 1}@@`;
  }) as string | undefined;
  return (marked ?? 'null').replace(/"@@nested-(\d+)@@"/g, (_m, i: string) => texts[Number(i)] as string);
}

/** A hostile value for an event to set. */
function eventValue(n: number): unknown {
  const choices: readonly (() => unknown)[] = [
    () => pick(EDGE_NUMBERS, n >> 3),
    () => pick(WRONG_TYPES, n >> 3),
    () => ({ kind: 'rate', perDay: pick(EDGE_NUMBERS, n >> 3) }),
    () => ({ kind: 'daily', values: Array.from({ length: 1 + ((n >> 3) % 50) }, () => pick(EDGE_NUMBERS, n >> 5)) }),
    () => ({ dist: 'gamma', mean: pick(EDGE_NUMBERS, n >> 3), cv: pick(EDGE_NUMBERS, n >> 6) }),
    () => ({ dist: 'uniform', min: pick(EDGE_NUMBERS, n >> 3), max: pick(EDGE_NUMBERS, n >> 6) }),
    () => nested(pick(DEPTHS, n >> 3), (n & 8) === 0),
    () => ({ I: pick(EDGE_NUMBERS, n >> 3), II: 1, III: 1 }),
  ];
  return pick(choices, n)();
}

/** The set paths an event may name: the parameters of the catalogue, lists and records filled with an index or key. */
const SET_PATHS: readonly string[] = [
  ...parameterCatalogue().map((e) => e.path.replace(/\[\]/g, '.0')),
  ...['policies.quota', 'policies.kreisByKreis', 'policies.params', 'exits.kreisFactor', 'arrivals.series.values', 'arrivals.direct.shares'].map((p) => `${p}.*`),
];

function concretePath(template: string, n: number): string {
  return template.replace(/\.\*/g, () => `.${pick(SET_KEYS, n >> 4)}`);
}

/** Length of a value's JSON text; a value nested too deep for it (inside what `nested` made) counts as 20 MB. */
function textLength(value: unknown): number {
  try {
    return jsonText(value).length;
  } catch (e) {
    if (e instanceof RangeError) return 20e6;
    throw e;
  }
}

function applyMutation(root: { value: unknown }, m: Mutation): void {
  const all = places(root.value);
  const where = (at: number, filter: (p: (typeof all)[number]) => boolean = () => true) => {
    const candidates = all.filter(filter);
    return candidates.length > 0 ? pick(candidates, at) : undefined;
  };
  switch (m.kind) {
    case 'number': {
      const p = where(m.at, (x) => typeof x.value === 'number');
      if (!p) return;
      const v = p.value as number;
      const scaled = [v * 10, v * 1000, v * 1e6, -v, v + 1e-9, v / 1e9];
      put(p.parent, p.key, m.scale === 0 ? pick(EDGE_NUMBERS, m.pick) : pick(scaled, m.scale + m.pick));
      return;
    }
    case 'extreme': {
      const p = where(m.at, (x) => typeof x.value === 'number' && boundsAt(x.path) !== undefined);
      if (p) put(p.parent, p.key, extreme(boundsAt(p.path)!, m.high));
      return;
    }
    case 'type': {
      const p = where(m.at);
      if (p) put(p.parent, p.key, pick(WRONG_TYPES, m.pick));
      return;
    }
    case 'deep': {
      const p = where(m.at);
      if (p) put(p.parent, p.key, nested(pick(DEPTHS, m.depth), m.array));
      return;
    }
    case 'long': {
      const p = where(m.at, (x) => typeof x.value === 'string') ?? where(m.at);
      // Rarely a string of ten million characters, as the adversarial run used as a site host.
      const length = m.length % 97 === 0 ? 10_000_000 : pick(STRING_LENGTHS, m.length);
      if (p) put(p.parent, p.key, 'x'.repeat(length));
      return;
    }
    case 'proto': {
      const p = where(m.at, (x) => x.value !== null && typeof x.value === 'object');
      const target = (p?.value ?? root.value) as Container;
      if (target !== null && typeof target === 'object') put(target, pick(PROTOTYPE_KEYS, m.key), structuredClone(pick(PROTOTYPE_VALUES, m.value)));
      return;
    }
    case 'remove': {
      const p = where(m.at);
      if (!p) return;
      if (Array.isArray(p.parent)) {
        // By hand, not splice: a list with its own `constructor` would make splice throw.
        const list = p.parent;
        for (let i = p.key as number; i < list.length - 1; i++) list[i] = list[i + 1];
        list.length = Math.max(0, list.length - 1);
      }
      else delete p.parent[p.key];
      return;
    }
    case 'grow': {
      const p = where(m.at, (x) => Array.isArray(x.value) && x.value.length > 0);
      if (!p) return;
      const list = p.value as unknown[];
      // No longer than a scenario file may be (20 MB): beyond that the JSON text could not even be made.
      const size = list.reduce<number>((a, x) => a + textLength(x) + 1, 0) / list.length;
      const entries = Math.min(m.entries, Math.max(2, Math.floor(20e6 / size)));
      // The same entries again (not copies: an entry may be nested too deep to copy).
      put(p.parent, p.key, Array.from({ length: entries }, (_, i) => list[i % list.length]));
      return;
    }
    case 'event': {
      const s = root.value as { period?: { start?: unknown }; events?: unknown };
      if (s === null || typeof s !== 'object') return;
      const start = typeof s.period?.start === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s.period.start) ? s.period.start : '2024-01-01';
      const path = m.hostilePath ? pick(HOSTILE_SET_PATHS, m.path) : concretePath(pick(SET_PATHS, m.path), m.path);
      // Half of the values set are the bounds of the field (legal, extreme), the others hostile.
      const bounds = boundsAt(path);
      const value = bounds && m.value % 2 === 0 ? extreme(bounds, m.value % 4 === 0) : eventValue(m.value >> 1);
      const units = ['eae-giessen', '06411', '06531005', '99101', '99101001', 'unbekannt', '__proto__'];
      const event = {
        date: addDays(start, m.day),
        label: { de: 'Unfug', en: 'Nonsense' },
        set: { [path]: value },
        capacity: m.capacity.map((n) => ({ unit: pick(units, n), type: pick(ACCOMMODATION_TYPES, n >> 3), delta: Math.trunc(pick(EDGE_NUMBERS, n >> 6)) || 1 })),
      };
      put(s as Container, 'events', [...(Array.isArray(s.events) ? s.events : []), event]);
      return;
    }
    case 'whole':
      root.value = pick([null, 5, 'szenario', [], [root.value], true, {}], m.pick);
      return;
  }
}

/** The input a case describes: an object, or JSON text (NaN and Infinity become null there). */
export function fuzzInput(c: FuzzCase): unknown {
  const root = { value: structuredClone(FUZZ_BASES[pick(BASE_NAMES, c.base)]) };
  for (const m of c.mutations) applyMutation(root, m);
  if (!c.text) return root.value;
  let text: string;
  try {
    text = jsonText(root.value);
  } catch (e) {
    // A text longer than JavaScript strings may be (entries grown, then a long text put into an entry they share)
    // could never come from a file of 20 MB: the loader gets the object.
    if (e instanceof RangeError) return root.value;
    throw e;
  }
  return c.cut > 0 ? text.slice(0, Math.max(0, text.length - c.cut)) : text;
}

/** What a case came to: for the counts of the fuzz. */
export interface FuzzOutcome {
  readonly accepted: boolean;
  /** An accepted scenario whose run was stopped by its time budget (counted, not a failure: it did not hang). */
  readonly stoppedByBudget: boolean;
  readonly loadMs: number;
}

export interface FuzzLimits {
  /** Longest a load may take, ms. */
  readonly loadMs: number;
  /** Days an accepted scenario is run for (from its start). */
  readonly horizonDays: number;
  /** Time budget of that run, ms. */
  readonly runMs: number;
}

export const FUZZ_LIMITS: FuzzLimits = { loadMs: 3_000, horizonDays: 90, runMs: 20_000 };

// ---- the prototypes -----------------------------------------------------------------------------------

const WATCHED: readonly object[] = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype];

/** The own properties of the prototypes every scenario value inherits from, to compare after each case. */
export function prototypeSnapshot(): readonly Map<PropertyKey, PropertyDescriptor>[] {
  return WATCHED.map((o) => new Map(Reflect.ownKeys(o).map((k) => [k, Object.getOwnPropertyDescriptor(o, k)!])));
}

/** The first difference of the prototypes from the snapshot, or null. */
export function prototypeChange(before: readonly Map<PropertyKey, PropertyDescriptor>[]): string | null {
  const same = (a: PropertyDescriptor, b: PropertyDescriptor) =>
    Object.is(a.value, b.value) && a.get === b.get && a.set === b.set && a.writable === b.writable && a.enumerable === b.enumerable && a.configurable === b.configurable;
  for (let i = 0; i < WATCHED.length; i++) {
    const o = WATCHED[i]!;
    const was = before[i]!;
    const now = Reflect.ownKeys(o);
    if (now.length !== was.size) return `${o === Object.prototype ? 'Object' : o === Array.prototype ? 'Array' : 'a'}.prototype has ${now.length} own keys, had ${was.size}`;
    for (const k of now) {
      const prev = was.get(k);
      if (!prev || !same(prev, Object.getOwnPropertyDescriptor(o, k)!)) return `prototype key ${String(k)} changed`;
    }
  }
  if (Object.getPrototypeOf(Object.prototype) !== null || Object.getPrototypeOf(Array.prototype) !== Object.prototype) return 'a prototype chain changed';
  return null;
}

// ---- one case -----------------------------------------------------------------------------------------

/** The first invariant an accepted scenario's run breaks, or null. */
function runViolation(s: Scenario, limits: FuzzLimits): { problem: string | null; stopped: boolean } {
  const days = daysBetween(s.period.start, s.period.end) + 1;
  const scenario = days > limits.horizonDays ? { ...s, period: { start: s.period.start, end: addDays(s.period.start, limits.horizonDays - 1) } } : s;
  let r;
  try {
    r = runScenario(scenario, { strict: true, budget: { maxMs: limits.runMs, now: () => performance.now() } });
  } catch (e) {
    if (e instanceof RunBudgetExceeded) return { problem: null, stopped: true };
    return { problem: `accepted, but the run failed: ${e instanceof Error ? e.message : String(e)}`, stopped: false };
  }
  const problem = conservationViolation(r) ?? valueViolation(r) ?? flowViolation(r) ?? byTypeViolation(r) ?? flowRecordViolation(r) ?? sollIstViolation(r);
  return { problem: problem && `accepted, but the run breaks an invariant: ${problem}`, stopped: false };
}

/**
 * Loads one hostile input and checks the promises of the loader: it answers (issues or a scenario) without throwing
 * and within the time limit, an accepted scenario runs (for the horizon) with every invariant kept, and the
 * prototypes are as in `before`. Throws an Error describing the first broken promise.
 */
export function checkFuzzCase(input: unknown, before: readonly Map<PropertyKey, PropertyDescriptor>[], limits: FuzzLimits = FUZZ_LIMITS): FuzzOutcome {
  const t0 = performance.now();
  let loaded;
  try {
    loaded = loadScenario(input);
  } catch (e) {
    throw new Error(`the loader threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
  const loadMs = performance.now() - t0;
  if (loadMs > limits.loadMs) throw new Error(`the loader took ${Math.round(loadMs)} ms (limit ${limits.loadMs} ms)`);
  if (!loaded.ok && loaded.issues.length === 0) throw new Error('rejected without an issue');
  const polluted = prototypeChange(before);
  if (polluted) throw new Error(`loading changed a prototype: ${polluted}`);
  if (!loaded.ok) return { accepted: false, stoppedByBudget: false, loadMs };
  const { problem, stopped } = runViolation(loaded.scenario, limits);
  if (problem) throw new Error(problem);
  const pollutedByRun = prototypeChange(before);
  if (pollutedByRun) throw new Error(`the run changed a prototype: ${pollutedByRun}`);
  return { accepted: true, stoppedByBudget: stopped, loadMs };
}

/** A readable account of a case: base, mutations, form. */
export function describeCase(c: FuzzCase): string {
  return `${pick(BASE_NAMES, c.base)} ${c.text ? `as JSON text${c.cut ? ` cut by ${c.cut}` : ''}` : 'as object'}: ${JSON.stringify(c.mutations)}`;
}
