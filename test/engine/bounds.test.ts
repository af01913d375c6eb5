/** The bounds of the scenario format: every number, text and list bounded on the schema, checked also for values events set; prototype keys refused anywhere; limits that keep a run within the engine's number types. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { getBuiltinScenario } from '../../src/engine/scenario/builtin/index.ts';
import { numberBounds, parameterCatalogue, unwrap } from '../../src/engine/scenario/catalogue.ts';
import * as L from '../../src/engine/scenario/limits.ts';
import { loadScenario, MAX_SCENARIO_BYTES, MAX_SCENARIO_ENTRIES } from '../../src/engine/scenario/load.ts';
import { scenarioSchema, type ScenarioInput } from '../../src/engine/scenario/schema.ts';
import type { ScenarioIssue } from '../../src/engine/scenario/issues.ts';
import { issuesOf, pathsOf, rejected, smallScenario, type DeepPartial } from './helpers.ts';

const bad = rejected;
const paths = pathsOf;
const ev = (set: Record<string, unknown>, rest: Record<string, unknown> = {}) => ({ date: '2024-02-01', label: { de: 'E', en: 'E' }, set, ...rest });

/** Every schema reachable from the scenario schema, with where it is, also inside distributions and texts. */
function allSchemas(): { at: string; schema: z.ZodType }[] {
  const out: { at: string; schema: z.ZodType }[] = [];
  const seen = new Set<z.ZodType>();
  const visit = (schema: z.ZodType, at: string) => {
    const s = unwrap(schema);
    if (seen.has(s)) return;
    seen.add(s);
    out.push({ at, schema: s });
    if (s instanceof z.ZodObject) for (const [k, c] of Object.entries(s.shape as Record<string, z.ZodType>)) visit(c, `${at}.${k}`);
    else if (s instanceof z.ZodArray) visit(s.element as z.ZodType, `${at}[]`);
    else if (s instanceof z.ZodRecord) {
      visit(s.keyType as z.ZodType, `${at}.<key>`);
      visit(s.valueType as z.ZodType, `${at}.*`);
    } else if (s instanceof z.ZodUnion) (s.options as readonly z.ZodType[]).forEach((o, i) => visit(o, `${at}|${i}`));
  };
  visit(scenarioSchema, '');
  return out;
}

const checksOf = (s: z.ZodType) => (s._zod.def.checks ?? []).map((c) => c._zod.def as { check: string; maximum?: number });

describe('the schema bounds every value', () => {
  it('every number has a lower and an upper bound', () => {
    const numbers = allSchemas().filter((x) => x.schema instanceof z.ZodNumber);
    expect(numbers.length).toBeGreaterThan(50);
    for (const { at, schema } of numbers) {
      const { min, max } = numberBounds(schema as z.ZodNumber);
      expect(min, at).toBeDefined();
      expect(max, at).toBeDefined();
    }
  });

  it('every text and every list has a greatest length; every object is strict', () => {
    for (const { at, schema } of allSchemas()) {
      if (schema instanceof z.ZodString) expect(checksOf(schema).some((c) => c.check === 'max_length'), at).toBe(true);
      if (schema instanceof z.ZodArray) expect(checksOf(schema).some((c) => c.check === 'max_length'), at).toBe(true);
      if (schema instanceof z.ZodObject) expect(schema._zod.def.catchall, at).toBeInstanceOf(z.ZodNever);
    }
  });

  it('names and labels take at most 200 characters, descriptions and citation texts 2,000, ids 64', () => {
    const name = (n: number) => 'x'.repeat(n);
    expect(loadScenario(smallScenario({ name: { de: name(200), en: 'x' } })).ok).toBe(true);
    expect(paths(bad({ name: { de: name(201), en: 'x' } }))).toEqual(['name.de']);
    expect(loadScenario(smallScenario({ description: { de: name(2000), en: 'x' } })).ok).toBe(true);
    expect(paths(bad({ description: { de: name(2001), en: 'x' } }))).toEqual(['description.de']);
    expect(paths(bad({ events: [ev({}, { source: name(2001) })] }))).toEqual(['events[0].source']);
    expect(paths(bad({ policies: { land: name(65) } }))).toEqual(['policies.land']);
  });

  it('a text of ten million characters as a site host is refused at once, with a short message', () => {
    const site = { id: 'eae-a', name: 'A', host: 'x'.repeat(10_000_000), capacity: [{ from: '2024-01-01', places: 10 }] };
    const t0 = performance.now();
    const issues = bad({ erstaufnahme: { sites: [site] } });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(issues).toMatchObject([{ path: 'erstaufnahme.sites[0].host', message: expect.stringMatching(/64 characters/) }]);
    expect(issues[0]!.message.length).toBeLessThan(100);
  });

  it('a `{ de, en }` text is strict: another language is an unknown key', () => {
    expect(bad({ name: { de: 'a', en: 'b', fr: 'c' } as never })).toMatchObject([{ path: 'name', message: 'Unrecognized key: "fr"' }]);
    expect(paths(bad({ events: [{ date: '2024-02-01', label: { de: 'a', en: 'b', x: 1 } as never }] }))).toEqual(['events[0].label']);
  });

  it('the built-in scenarios and the example keep within every bound', () => {
    for (const id of ['musterkreis', 'herbst-2015', 'zyklus-2014-2019', '2022-2024']) expect(loadScenario(getBuiltinScenario(id)).ok, id).toBe(true);
  });
});

describe('bounds from the domain', () => {
  it.each([
    ['arrivals.series.perDay', { arrivals: { series: { kind: 'rate', perDay: L.MAX_PERSONS_PER_DAY + 1 } } }],
    ['arrivals.series.values.2024-02', { arrivals: { series: { kind: 'monthly', values: { '2024-02': 1e9 } } } }],
    ['period.end', { period: { start: '2024-01-01', end: '3024-01-01' } }],
    ['region.kreise[0].population', { region: { kreise: [{ ags: 'K1', name: 'K', kind: 'landkreis', population: 2 ** 31 }] } }],
    ['erstaufnahme.sites[0].capacity[0].places', { erstaufnahme: { sites: [{ id: 'a', name: 'a', host: 'K1', capacity: [{ from: '2024-01-01', places: 3e9 }] }] } }],
    ['accommodation.costs.gu.perPlaceDay', { accommodation: { costs: { gu: { perPlaceDay: 1e308, perPersonDay: 1 } } } }],
    ['money.pauschale[0].I', { money: { pauschale: [{ from: '2024-01-01', I: 1e308, II: 1, III: 1 }] } }],
    ['situation.angespannt', { situation: { angespannt: 1e-320 } }],
    ['procurement.threshold', { procurement: { threshold: 1e-320 } }],
    ['accommodation.initialPerThousand', { accommodation: { initialPerThousand: 1e9 } }],
    ['accommodation.kreisPerThousand.gu', { accommodation: { kreisPerThousand: { gu: 1e9 } } }],
    ['erstaufnahme.dwell.cv', { erstaufnahme: { dwell: { dist: 'gamma', mean: 30, cv: 1e-320 } } }],
    ['erstaufnahme.dwell.mean', { erstaufnahme: { dwell: { dist: 'exponential', mean: 365_000 } } }],
    ['arrivals.householdSizes', { arrivals: { householdSizes: Array.from({ length: 13 }, () => 1) } }],
    ['seed', { seed: 2 ** 32 }],
  ])('%s: the absurd value of the adversarial run is refused by its field', (path, over) => {
    expect(paths(bad(over as DeepPartial<ScenarioInput>))).toContain(path);
  });

  /** Parameters an event may set that are numbers, each at a concrete path. */
  const numeric = parameterCatalogue().filter((e) => !e.startOnly && !/[[*]/.test(e.path) && !e.variant && unwrap(e.type) instanceof z.ZodNumber);

  it.each(numeric.map((e) => [e.path, e] as const))('%s: a value an event sets beyond the bounds is refused by the same schema', (path, e) => {
    expect(numeric.length).toBeGreaterThan(20);
    const { min, max } = numberBounds(unwrap(e.type) as z.ZodNumber);
    for (const value of [max!.value * 2 + 1, min!.value - 1, min!.value > 0 ? min!.value / 2 : -1e-9]) {
      // A field of the optional direct admissions is set by an event only where the scenario has them.
      const direct = path.startsWith('arrivals.direct.') ? { arrivals: { direct: { series: { kind: 'rate' as const, perDay: 1 } } } } : {};
      const issues = bad({ ...direct, events: [ev({ [path]: value })] });
      expect(paths(issues), `${path} = ${value}`).toContain(`events[0] → ${path}`);
    }
  });

  it('a distribution or a series set by an event is checked like one in the file', () => {
    expect(bad({ events: [ev({ 'arrivals.series': { kind: 'rate', perDay: 1e9 } })] })).toMatchObject([
      { path: 'events[0] → arrivals.series.perDay', message: `Too big: expected number to be <=${L.MAX_PERSONS_PER_DAY}` },
    ]);
    expect(paths(bad({ events: [ev({ 'erstaufnahme.dwell': { dist: 'lognormal', mean: 10, cv: 1e-320 } })] }))).toEqual(['events[0] → erstaufnahme.dwell.cv']);
    expect(paths(bad({ events: [ev({ 'policies.quota.K1': 1e12 })] }))).toEqual(['events[0] → policies.quota.K1']);
  });
});

describe('no key reaches what every object inherits', () => {
  const text = JSON.stringify(smallScenario());

  it.each([
    ['policies', 'quota', '__proto__', { polluted: 1 }],
    ['accommodation', 'units', 'constructor', { gu: 5 }],
    ['exits', 'kreisFactor', 'prototype', 2],
    ['arrivals', 'series', '__proto__', 1],
  ])('the key %s.%s.%s is refused, naming where it is', (group, record, key, value) => {
    const input = JSON.parse(text) as Record<string, Record<string, Record<string, unknown>>>;
    const target = (input[group]![record] ??= {});
    Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
    for (const form of [input, JSON.stringify(input)]) {
      expect(issuesOf(form)).toMatchObject([{ path: `${group}.${record}`, message: expect.stringContaining(`the key "${key}" is not allowed`) }]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('also inside a value an event sets, and as a step of a set path or a sources path', () => {
    const event = `{"date":"2024-02-01","label":{"de":"E","en":"E"},"set":{"arrivals.series":{"kind":"rate","perDay":1,"__proto__":{"polluted":1}}}}`;
    expect(paths(issuesOf(text.replace(/}$/, `,"events":[${event}]}`)))).toEqual(['events[0].set.arrivals.series']);
    for (const path of ['policies.quota.__proto__', 'exits.kreisFactor.constructor', 'policies.params.prototype']) {
      expect(bad({ events: [ev({ [path]: 1 })] }), path).toMatchObject([{ path: `events[0].set["${path}"]`, message: expect.stringMatching(/^no parameter .*every JavaScript object has/) }]);
    }
    expect(paths(bad({ sources: { 'exits.__proto__.x': 'modellannahme' } }))).toEqual(['sources.exits.__proto__.x']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('also as a key a list carries beside its entries', () => {
    const sizes = [0.5, 0.5];
    Object.defineProperty(sizes, 'constructor', { value: { [Symbol.species]: 1 }, enumerable: true });
    expect(bad({ arrivals: { householdSizes: sizes } })).toMatchObject([{ path: 'arrivals.householdSizes', message: expect.stringContaining('the key "constructor" is not allowed') }]);
  });

  it('a text longer than a scenario file may be is refused before it is parsed', () => {
    const text = JSON.stringify(smallScenario({ description: { de: 'x'.repeat(MAX_SCENARIO_BYTES), en: 'x' } }));
    expect(issuesOf(text)).toMatchObject([{ path: '', message: 'larger than 20 MB' }]);
  });

  it('objects and lists of more entries than any list of the format are refused before the schema reads them', () => {
    expect(bad({ arrivals: { householdSizes: new Array(MAX_SCENARIO_ENTRIES + 1).fill(1) } })).toMatchObject([
      { path: 'arrivals.householdSizes', message: `more than ${MAX_SCENARIO_ENTRIES.toLocaleString('en-GB')} entries` },
    ]);
    expect(paths(bad({ sources: { ['x'.repeat(L.MAX_PATH_LENGTH + 1)]: 'a' } }))).toEqual(['sources']);
  });
});

describe('places a run opens stay within its 32-bit counts', () => {
  const region = (population: number) => {
    const r = structuredClone(smallScenario().region) as Exclude<ScenarioInput['region'], string>;
    r.kreise[0]!.population = population;
    return r;
  };

  it('places per 1,000 inhabitants of a large Kreis beyond the places of one unit', () => {
    const input = { ...smallScenario({ accommodation: { kreisPerThousand: { gu: 1000 } } }), region: region(2_000_000) };
    expect(issuesOf(input)).toMatchObject([{ path: 'accommodation.kreisPerThousand.gu', message: expect.stringContaining('2,000,000 places for the Kreis K1') }]);
  });

  it('places the events add to one unit, counted in date order', () => {
    const add = (date: string) => ({ date, label: { de: 'E', en: 'E' }, capacity: [{ unit: 'K1', type: 'gu' as const, delta: L.MAX_PLACES - 1000 }] });
    expect(loadScenario(smallScenario({ events: [add('2024-02-01')] })).ok).toBe(true);
    expect(paths(bad({ events: [add('2024-03-01'), add('2024-02-01')] }))).toEqual(['events[0].capacity[0].delta']);
  });

  it('places of all units together beyond RUN_LIMITS.places, naming the largest share', () => {
    const r = structuredClone(smallScenario().region) as Exclude<ScenarioInput['region'], string>;
    const units: Record<string, Record<string, number>> = {};
    for (let i = 0; i < 30; i++) {
      r.gemeinden!.push({ ags: `K1-x${i}`, name: `G${i}`, kreisAgs: 'K1', population: 1000, lon: 9, lat: 50 });
      units[`K1-x${i}`] = { eigene: L.MAX_PLACES, gu: L.MAX_PLACES, wohnung: L.MAX_PLACES, hotel: L.MAX_PLACES };
    }
    const issues = issuesOf({ ...smallScenario({ accommodation: { units } }), region: r });
    expect(issues).toMatchObject([{ path: 'accommodation.units', message: expect.stringContaining(`at most ${L.RUN_LIMITS.places.toLocaleString('en-GB')}`) }]);
  });

  it('RUN_LIMITS agree with the bounds and the engine: 24-bit household numbers, 16-bit units, 32-bit counts, 8-bit sizes', () => {
    expect(L.RUN_LIMITS.population).toBe(L.MAX_POPULATION);
    expect(L.RUN_LIMITS.persons).toBeLessThan(2 ** 24);
    expect(L.RUN_LIMITS.units).toBeLessThanOrEqual(2 ** 15 - 1);
    expect(L.MAX_HOUSEHOLD_SIZE).toBeLessThanOrEqual(255);
    // Procurement orders at most persons ÷ threshold (plus as many again by stepShare) and minPlaces per unit, in
    // regular places and in emergency Notunterkunft; with what the scenario opens this stays a 32-bit count.
    const procured = 2 * (1 + L.MAX_STEP_SHARE) * (L.RUN_LIMITS.persons / L.MIN_OCCUPANCY) + 2 * L.RUN_LIMITS.units * L.MAX_MIN_ORDER;
    expect(L.RUN_LIMITS.places + procured).toBeLessThan(L.INT32_MAX);
    expect(L.MAX_PERSONS_PER_MONTH).toBe(31 * L.MAX_PERSONS_PER_DAY);
    expect(L.MAX_DAYS).toBe(10_958);
  });
});

describe('the limits in the documentation', () => {
  it('docs/scenario-format.md, section 9.1, states the limits of a run and the bounds as limits.ts has them', () => {
    const doc = readFileSync(new URL('../../docs/scenario-format.md', import.meta.url), 'utf8');
    const section = doc.slice(doc.indexOf('### 9.1 Limits'), doc.indexOf('## 10.'));
    const n = (x: number) => x.toLocaleString('en-GB');
    for (const [name, value] of Object.entries(L.RUN_LIMITS)) expect(section, name).toContain(n(value));
    for (const value of [L.MAX_PERSONS_PER_DAY, L.MAX_PERSONS_PER_MONTH, L.MAX_DAYS, L.MAX_PLACES, L.MAX_MIN_ORDER, L.MAX_EUR_PER_DAY, L.MAX_EUR_PER_MONTH, L.MAX_SEED]) {
      expect(section).toContain(n(value));
    }
    expect(section).toContain(`${L.MIN_OCCUPANCY} to ${L.MAX_OCCUPANCY}`);
    expect(section).toContain(`≤ ${L.MAX_ID_LENGTH} characters`);
  });
});
