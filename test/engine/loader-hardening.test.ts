/** The loader against hostile input: inherited names as ids, the text rule for files, the seed range, runs too big to hold. */
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/engine/dates.ts';
import { policyCatalogue } from '../../src/engine/policies/registry.ts';
import { runScenario } from '../../src/engine/run.ts';
import { getBuiltinScenario } from '../../src/engine/scenario/builtin/index.ts';
import { MAX_DAYS, MAX_PERSONS_PER_DAY, MAX_PERSONS_PER_MONTH } from '../../src/engine/scenario/limits.ts';
import { loadScenario, MAX_SCENARIO_DEPTH, MAX_SEED, parseScenarioJson, RUN_LIMITS } from '../../src/engine/scenario/load.ts';
import { ScenarioError, type ScenarioIssue } from '../../src/engine/scenario/resolve.ts';
import type { ScenarioInput } from '../../src/engine/scenario/schema.ts';
import { issuesOf, load, pathsOf, rejected, smallScenario, type DeepPartial } from './helpers.ts';

const bad = rejected;
const paths = pathsOf;
const ev = (date: string, rest: Record<string, unknown>) => ({ date, label: { de: 'E', en: 'E' }, ...rest });

describe('names every object inherits are not ids', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it('as Land, Kreis and per-Kreis policies and as procurement strategy', () => {
    expect(paths(bad({ policies: { land: 'toString' } }))).toEqual(['policies.land']);
    expect(paths(bad({ policies: { kreis: '__proto__' } }))).toEqual(['policies.kreis']);
    expect(paths(bad({ policies: { kreisByKreis: { K1: 'hasOwnProperty' } } }))).toEqual(['policies.kreisByKreis.K1']);
    const strategy = bad({ procurement: { strategy: 'constructor' } });
    expect(strategy).toMatchObject([{ path: 'procurement.strategy', message: expect.stringContaining('unknown procurement strategy "constructor"') }]);
  });

  it('as a policy an event switches to', () => {
    expect(paths(bad({ events: [ev('2024-02-01', { set: { 'policies.land': 'valueOf' } })] }))).toEqual([expect.stringMatching(/^events\[0\]\.set/)]);
  });

  it('as a policy override of a run: an input problem, not a failure inside the run', () => {
    const scenario = load(smallScenario());
    expect(() => runScenario(scenario, { landPolicy: 'toString' })).toThrow(ScenarioError);
    expect(() => runScenario(scenario, { kreisPolicy: 'constructor' })).toThrow(ScenarioError);
  });

  it('in the policy catalogue and among the built-in scenarios', () => {
    const catalogue = policyCatalogue();
    for (const id of ['toString', '__proto__', 'constructor']) {
      expect(catalogue.land.has(id)).toBe(false);
      expect(catalogue.kreis.get(id)).toBeUndefined();
      expect(getBuiltinScenario(id)).toBeUndefined();
    }
  });

  it('as the id of a Kreis, a Gemeinde or a site, which records of the scenario are looked up by', () => {
    const region = structuredClone(smallScenario().region) as Exclude<ScenarioInput['region'], string>;
    region.kreise[2]!.ags = '__proto__';
    region.gemeinden![5]!.kreisAgs = '__proto__';
    region.gemeinden![0]!.ags = 'valueOf';
    const site = { id: 'toString', name: 'T', host: 'K1', capacity: [{ from: '2024-01-01', places: 10 }] };
    const issues = issuesOf({ ...smallScenario({ erstaufnahme: { sites: [site] } }), region });
    expect(paths(issues)).toEqual(['region.kreise[2].ags', 'region.gemeinden[0].ags', 'erstaufnahme.sites[0].id']);
    expect(issues[0]!.message).toBe('"__proto__" is a name every JavaScript object has; choose another id');
  });

  it('as a step of an event path: no parameter, and nothing reaches the prototype of all objects', () => {
    for (const path of ['__proto__.polluted', 'constructor.prototype.polluted', 'exits.__proto__', 'toString']) {
      const issues = bad({ events: [ev('2024-02-01', { set: { [path]: 1 } })] });
      expect(issues, path).toMatchObject([{ path: `events[0].set["${path}"]`, message: expect.stringMatching(/^no parameter /) }]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the text of a scenario file', () => {
  const text = JSON.stringify(smallScenario());

  it('may start with a UTF-8 byte order mark, which is dropped', () => {
    expect(parseScenarioJson(`\uFEFF${text}`)).toEqual({ ok: true, value: JSON.parse(text) });
    expect(loadScenario(`\uFEFF${text}`)).toEqual(loadScenario(text));
  });

  it('only one, and only at the start', () => {
    expect(parseScenarioJson(`\uFEFF\uFEFF${text}`)).toMatchObject({ ok: false, problem: 'syntax' });
    expect(issuesOf(` \uFEFF${text}`)[0]!.message).toMatch(/^not valid JSON: /);
  });

  it('is refused when nested deeper than the format needs, as text and as an object', () => {
    const deep = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
    expect(parseScenarioJson(deep(MAX_SCENARIO_DEPTH)).ok).toBe(true);
    expect(parseScenarioJson(deep(MAX_SCENARIO_DEPTH + 1))).toEqual({ ok: false, problem: 'depth' });
    const message = `nested more than ${MAX_SCENARIO_DEPTH} levels deep`;
    expect(issuesOf(`[${'['.repeat(4100)}${']'.repeat(4100)}]`)).toMatchObject([{ path: '', message }]);
    const value = JSON.parse(deep(4100)) as unknown;
    expect(issuesOf(value)).toMatchObject([{ path: '', message }]);
    expect(issuesOf({ ...smallScenario(), events: [ev('2024-02-01', { set: { 'exits.departShare': value } })] })).toMatchObject([{ path: '', message }]);
  });
});

describe('the seed', () => {
  it('runs from 0 to MAX_SEED, the range of the random generator; beyond it the scenario is refused', () => {
    expect(load(smallScenario({ seed: MAX_SEED })).seed).toBe(MAX_SEED);
    expect(bad({ seed: MAX_SEED + 1 })).toMatchObject([{ path: 'seed', message: expect.stringContaining(`at most ${MAX_SEED}`) }]);
  });
});

describe('a run too big to hold is refused before it starts, naming the field', () => {
  const year = { start: '2024-01-01', end: '2024-12-31' };

  it('arrivals at the bound of their field for a whole year', () => {
    const issues = bad({ period: year, arrivals: { series: { kind: 'rate', perDay: MAX_PERSONS_PER_DAY } } });
    expect(issues).toMatchObject([{ path: 'arrivals.series.perDay', message: expect.stringContaining(`at most ${RUN_LIMITS.persons.toLocaleString('en-GB')}`) }]);
    const months = Object.fromEntries(Array.from({ length: 12 }, (_, m) => [`2024-${String(m + 1).padStart(2, '0')}`, MAX_PERSONS_PER_MONTH]));
    expect(paths(bad({ period: year, arrivals: { series: { kind: 'monthly', values: months } } }))).toEqual(['arrivals.series.values']);
    const daily = Array.from({ length: 366 }, () => MAX_PERSONS_PER_DAY);
    expect(paths(bad({ period: year, arrivals: { series: { kind: 'daily', values: daily } } }))).toEqual(['arrivals.series.values']);
  });

  it('arrivals that an event raises, counted from the day it takes effect', () => {
    const from = (date: string) => smallScenario({ period: year, events: [ev(date, { set: { 'arrivals.series': { kind: 'rate', perDay: MAX_PERSONS_PER_DAY } } })] });
    // 50,000 a day for the last 100 days (5 million) still fit; for the whole year they do not.
    expect(loadScenario(from('2024-09-23')).ok).toBe(true);
    expect(paths(issuesOf(from('2024-01-01')))).toEqual(['arrivals.series.perDay']);
  });

  it('an initial stock beyond the limit', () => {
    expect(paths(bad({ accommodation: { initialErstaufnahme: 2e7 } }))).toEqual(['accommodation.initialErstaufnahme']);
    expect(paths(bad({ accommodation: { initialPerThousand: 1e5 } }))).toEqual(['accommodation.initialPerThousand']);
  });

  it('a population of 10^15', () => {
    const region = structuredClone(smallScenario().region) as Exclude<ScenarioInput['region'], string>;
    region.kreise[0]!.population = 1e15;
    region.gemeinden![2]!.population = 1e15;
    expect(paths(issuesOf({ ...smallScenario(), region }))).toEqual(['region.kreise[0].population', 'region.gemeinden[2].population']);
  });

  it('a period of many centuries: at most 30 years', () => {
    expect(bad({ period: { start: '2024-01-01', end: '9999-12-31' } })).toMatchObject([{ path: 'period.end', message: 'must be at most 30 years (10,958 days)' }]);
    expect(load(smallScenario({ period: { start: '2024-01-01', end: addDays('2024-01-01', MAX_DAYS - 1) } })).period.start).toBe('2024-01-01');
    expect(paths(bad({ period: { start: '2024-01-01', end: addDays('2024-01-01', MAX_DAYS) } }))).toEqual(['period.end']);
  });

  it('30 years of a region with more units than Hessen: more daily values than a run can hold', () => {
    const region = structuredClone(smallScenario().region) as Exclude<ScenarioInput['region'], string>;
    for (let i = 0; i < 600; i++) region.gemeinden!.push({ ags: `K1-x${i}`, name: `Gemeinde ${i}`, kreisAgs: 'K1', population: 100, lon: 9, lat: 50 });
    const issues = issuesOf({ ...smallScenario({ period: { start: '2024-01-01', end: '2053-12-31' } }), region });
    expect(issues).toMatchObject([{ path: 'period', message: expect.stringContaining('more daily values than a run can hold') }]);
  });

  it('more events than the limit', () => {
    const events = Array.from({ length: RUN_LIMITS.events + 1 }, () => ev('2024-02-01', {}));
    expect(paths(bad({ events }))).toEqual(['events']);
  });

  it('the built-in scenarios are far inside the limits', () => {
    for (const id of ['musterkreis', 'herbst-2015', 'zyklus-2014-2019', '2022-2024']) expect(loadScenario(getBuiltinScenario(id)).ok, id).toBe(true);
  });
});
