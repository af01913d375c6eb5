/** loadScenario: every problem is reported with the path of the field and what is wrong; nothing is thrown. */
import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS, getBuiltinScenario } from '../../src/engine/scenario/builtin/index.ts';
import { loadScenario } from '../../src/engine/scenario/load.ts';
import type { ScenarioIssue } from '../../src/engine/scenario/resolve.ts';
import type { ScenarioInput } from '../../src/engine/scenario/schema.ts';
import { smallScenario, type DeepPartial } from './helpers.ts';

/** The issues of an input that must not load. */
function issuesOf(input: unknown): readonly ScenarioIssue[] {
  const r = loadScenario(input);
  if (r.ok) throw new Error('expected the scenario to be rejected');
  return r.issues;
}
const bad = (over: DeepPartial<ScenarioInput>) => issuesOf(smallScenario(over));
const ev = (date: string, rest: Record<string, unknown>) => ({ date, label: { de: 'E', en: 'E' }, ...rest });

describe('loadScenario: valid input', () => {
  it('loads both built-in scenarios without issues', () => {
    for (const id of ['musterkreis', 'herbst-2015']) {
      const r = loadScenario(getBuiltinScenario(id));
      expect(r.ok ? [] : r.issues, id).toEqual([]);
      expect(r.ok && r.scenario.id).toBe(id);
    }
  });

  it('every other built-in scenario loads without issues too', () => {
    for (const [id, input] of Object.entries(BUILTIN_SCENARIOS)) {
      const r = loadScenario(input);
      expect(r.ok ? [] : r.issues, id).toEqual([]);
    }
  });

  it('loads the small test scenario and fills in the defaults', () => {
    const r = loadScenario(smallScenario());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.situation).toEqual({ angespannt: 0.9, ueberlastet: 1, notbetrieb: 1.1, hysteresis: 0.05 });
    expect(r.scenario.procurement.strategy).toBe('reaktiv');
    expect(r.scenario.erstaufnahme.forwardingDelay).toEqual({ dist: 'fixed', days: 3 });
    expect(r.scenario.events).toEqual([]);
  });

  it('JSON text and the object load to the same scenario', () => {
    const input = smallScenario();
    expect(loadScenario(JSON.stringify(input))).toEqual(loadScenario(input));
  });
});

describe('loadScenario: problems with paths and messages', () => {
  it('invalid JSON text', () => {
    const issues = issuesOf('{ "id": "x", ');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('');
    expect(issues[0]!.message).toMatch(/^not valid JSON: /);
  });

  it('non-objects are rejected without throwing', () => {
    for (const x of [null, 42, [], 'null', '"text"']) expect(() => issuesOf(x)).not.toThrow();
  });

  it('an impossible date: period.start "2015-02-30"', () => {
    expect(bad({ period: { start: '2015-02-30', end: '2015-12-31' } })).toContainEqual(expect.objectContaining({ path: 'period.start', message: 'must be a date YYYY-MM-DD' }));
  });

  it('end before start', () => {
    expect(bad({ period: { start: '2024-06-01', end: '2024-05-31' } })).toMatchObject([{ path: 'period.end', message: 'start must not be after end' }]);
  });

  it('negative arrivals (rate, monthly, daily)', () => {
    const rate = bad({ arrivals: { series: { kind: 'rate', perDay: -5 } } });
    expect(rate).toHaveLength(1);
    expect(rate[0]!.path).toBe('arrivals.series.perDay');
    expect(rate[0]!.message).toMatch(/>=\s*0/);
    const monthly = bad({ arrivals: { series: { kind: 'monthly', values: { '2024-01': 100, '2024-02': -1 } } } });
    expect(monthly.map((i) => i.path)).toEqual(['arrivals.series.values.2024-02']);
    const daily = bad({ arrivals: { series: { kind: 'daily', values: [1, 2, 3, -4] } } });
    expect(daily.map((i) => i.path)).toEqual(['arrivals.series.values[3]']);
  });

  it('an unknown distribution kind names the field and the known kinds', () => {
    const issues = bad({ erstaufnahme: { dwell: { dist: 'weibull', mean: 3 } as never } });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('erstaufnahme.dwell.dist');
    for (const k of ['fixed', 'uniform', 'exponential', 'gamma', 'lognormal']) expect(issues[0]!.message).toContain(k);
  });

  it('uniform with min > max', () => {
    expect(bad({ erstaufnahme: { dwell: { dist: 'uniform', min: 9, max: 3 } } })).toMatchObject([
      { path: 'erstaufnahme.dwell.min', message: 'min must not exceed max' },
    ]);
  });

  it('an unknown region id', () => {
    const issues = bad({ region: 'bayern-2019' });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('region');
    expect(issues[0]!.message).toContain('unknown region "bayern-2019"');
    expect(issues[0]!.message).toContain('hessen-2019');
  });

  it('unknown Land and Kreis policies: the message lists the known ones', () => {
    const issues = bad({ policies: { land: 'losen', kreis: 'wuerfeln' } });
    const land = issues.find((i) => i.path === 'policies.land');
    const kreis = issues.find((i) => i.path === 'policies.kreis');
    expect(land?.message).toMatch(/unknown Land policy "losen" \(known: .*quote.*\)/);
    expect(kreis?.message).toMatch(/unknown Kreis policy "wuerfeln" \(known: .*\)/);
    expect(kreis?.message).toContain('selbst');
    expect(kreis?.message).toContain('einwohner');
  });

  it('an unknown procurement strategy', () => {
    const issues = bad({ procurement: { strategy: 'hamstern' } });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('procurement.strategy');
    expect(issues[0]!.message).toMatch(/unknown procurement strategy "hamstern" \(known: .*reaktiv.*\)/);
  });

  it('a site whose host AGS is not in the region', () => {
    const site = { id: 'eae-x', name: 'X', host: '99999', capacity: [{ from: '2024-01-01', places: 10 }] };
    expect(bad({ erstaufnahme: { sites: [site] } })).toMatchObject([{ path: 'erstaufnahme.sites[0].host', message: 'no Kreis or Gemeinde with AGS "99999"' }]);
  });

  it('a site id that clashes with an AGS, and duplicate site ids', () => {
    const site = (id: string) => ({ id, name: id, host: 'K1', capacity: [{ from: '2024-01-01', places: 10 }] });
    const issues = bad({ erstaufnahme: { sites: [site('eae-1'), site('eae-1'), site('K2')] } });
    expect(issues.map((i) => i.path)).toEqual(['erstaufnahme.sites[1].id', 'erstaufnahme.sites[2].id']);
    expect(issues[0]!.message).toContain('duplicate site id "eae-1"');
    expect(issues[1]!.message).toContain('clashes with an AGS');
  });

  it('a quota key that is not a Kreis (here a Gemeinde)', () => {
    expect(bad({ policies: { quota: { 'K1-01': 0.5 } } })).toMatchObject([{ path: 'policies.quota.K1-01', message: 'no Kreis with AGS "K1-01"' }]);
  });

  it('an accommodation.units key that is the Gemeinde of a kreisfreie Stadt', () => {
    expect(bad({ accommodation: { units: { 'S1-00': { gu: 100 } } } })).toMatchObject([
      { path: 'accommodation.units.S1-00', message: '"S1-00" is the Gemeinde of the kreisfreie Stadt S1; use the Kreis AGS' },
    ]);
  });

  it('an accommodation.units key that does not exist', () => {
    const issues = bad({ accommodation: { units: { X9: { gu: 1 } } } });
    expect(issues.map((i) => i.path)).toEqual(['accommodation.units.X9']);
    expect(issues[0]!.message).toContain('no Kreis or Gemeinde with AGS "X9"');
  });

  it('an event `set` path that does not exist', () => {
    const issues = bad({ events: [ev('2024-02-01', { set: { 'erstaufnahme.maxDayz': 120 } })] });
    expect(issues).toMatchObject([{ path: 'events[0].set["erstaufnahme.maxDayz"]', message: 'no parameter "erstaufnahme.maxDayz"' }]);
    const deep = bad({ events: [ev('2024-02-01', {}), ev('2024-03-01', { set: { 'nirgends.maxDays': 1 } })] });
    expect(deep).toMatchObject([{ path: 'events[1].set["nirgends.maxDays"]', message: 'no parameter "nirgends"' }]);
  });

  it('an event that sets a value of the wrong type names the event and the parameter', () => {
    const issues = bad({ events: [ev('2024-02-01', { set: { 'erstaufnahme.maxDays': 'x' } })] });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toMatch(/^events\[0\]/);
    expect(issues[0]!.path).toContain('erstaufnahme.maxDays');
    expect(issues[0]!.message).toMatch(/expected number/);
  });

  it('an event that sets an unknown Kreis policy', () => {
    const issues = bad({ events: [ev('2024-02-01', { set: { 'policies.kreis': 'wuerfeln' } })] });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toMatch(/^events\[0\]\.set/);
    expect(issues[0]!.path).toContain('policies.kreis');
    expect(issues[0]!.message).toMatch(/unknown Kreis policy "wuerfeln" \(known: /);
  });

  it('an event whose capacity unit is unknown', () => {
    const issues = bad({
      events: [ev('2024-02-01', { capacity: [{ unit: 'K1', type: 'gu', delta: 5 }, { unit: 'ZZ', type: 'gu', delta: 5 }] })],
    });
    expect(issues).toMatchObject([{ path: 'events[0].capacity[1].unit', message: 'no Kreis or Gemeinde with AGS "ZZ" in region testland' }]);
  });

  it('an event capacity may name a site, a Kreis or a kreisangehörige Gemeinde, not the Gemeinde of a kreisfreie Stadt', () => {
    const ok = loadScenario(
      smallScenario({ events: [ev('2024-02-01', { capacity: [{ unit: 'eae-a', type: 'gu', delta: 5 }, { unit: 'K2-02', type: 'hotel', delta: -3 }] })] }),
    );
    expect(ok.ok).toBe(true);
    const issues = bad({ events: [ev('2024-02-01', { capacity: [{ unit: 'S1-00', type: 'gu', delta: 5 }] })] });
    expect(issues.map((i) => i.path)).toEqual(['events[0].capacity[0].unit']);
  });

  it('periods not in date order', () => {
    const p = { duration: { dist: 'fixed' as const, days: 10 }, protectionRate: 0.5 };
    const issues = bad({ procedure: { periods: [{ from: '2024-01-01', ...p }, { from: '2024-03-01', ...p }, { from: '2024-02-01', ...p }] } });
    expect(issues).toMatchObject([{ path: 'procedure.periods[2].from', message: 'must be later than the previous period (2024-03-01)' }]);
    const same = bad({
      erstaufnahme: {
        sites: [{ id: 'eae-a', name: 'A', host: 'K1', capacity: [{ from: '2024-01-01', places: 1 }, { from: '2024-01-01', places: 2 }] }],
      },
    });
    expect(same.map((i) => i.path)).toEqual(['erstaufnahme.sites[0].capacity[1].from']);
  });

  it('unknown extra fields are rejected (strict), at the top and nested', () => {
    const input = { ...smallScenario(), farbe: 'blau' };
    expect(issuesOf(input)).toMatchObject([{ path: '', message: expect.stringContaining('"farbe"') }]);
    const nested = bad({ erstaufnahme: { wartezimmer: true } as never });
    expect(nested).toMatchObject([{ path: 'erstaufnahme', message: expect.stringContaining('"wartezimmer"') }]);
  });

  it('reports several independent problems at once', () => {
    const site = { id: 'eae-x', name: 'X', host: '99999', capacity: [{ from: '2024-01-01', places: 10 }] };
    const issues = bad({
      erstaufnahme: { sites: [site] },
      policies: { quota: { NOPE: 1 } },
      events: [ev('2024-02-01', { set: { 'foo.bar': 1 } })],
    });
    expect(issues.map((i) => i.path).sort()).toEqual(['erstaufnahme.sites[0].host', 'events[0].set["foo.bar"]', 'policies.quota.NOPE']);
  });
});

describe('loadScenario: issues are attributed to the event that causes them', () => {
  // Regression test for a fixed bug (src/engine/scenario/load.ts crossCheck + resolve.ts applyEvent): applyEvent writes the new value into the
  // shared `params` before validating it and does not roll back on failure, so the invalid value stays in `params`
  // and every later event fails the schema check as well. Here events[1] (a valid forwardingShare change) is
  // reported as `events[1] → erstaufnahme.maxDays: Invalid input: expected number, received string`.
  it('an invalid value in one event does not produce issues for later, valid events', () => {
    const issues = bad({
      events: [
        ev('2024-02-01', { set: { 'erstaufnahme.maxDays': 'x' } }),
        ev('2024-03-01', { set: { 'erstaufnahme.forwardingShare': 0.2 } }),
      ],
    });
    expect(issues.map((i) => i.path)).toEqual([expect.stringMatching(/^events\[0\]/)]);
  });

  // Regression test for a fixed bug (src/engine/scenario/load.ts crossCheck): policyIssues() is run on the live parameters after every event,
  // so an unknown policy in the scenario itself (policies.kreis) is reported once more for every event, with the
  // path `events[i].set → policies.kreis`, although no event touches the policies.
  it('an unknown scenario policy is reported once, not again for each event', () => {
    const issues = bad({
      policies: { kreis: 'wuerfeln' },
      events: [ev('2024-02-01', { set: { 'erstaufnahme.maxDays': 120 } }), ev('2024-03-01', {})],
    });
    expect(issues).toMatchObject([{ path: 'policies.kreis', message: expect.stringContaining('unknown Kreis policy "wuerfeln"') }]);
  });

  // Regression test for a fixed bug (same cause): an event that sets an unknown Kreis policy is blamed on every later event as well
  // (`events[1].set → policies.kreis`, `events[2].set → policies.kreis`).
  it('an unknown policy set by an event is reported for that event only', () => {
    const issues = bad({
      events: [
        ev('2024-02-01', { set: { 'policies.kreis': 'wuerfeln' } }),
        ev('2024-03-01', { set: { 'erstaufnahme.forwardingShare': 0.2 } }),
        ev('2024-04-01', {}),
      ],
    });
    expect(issues.map((i) => i.path)).toEqual([expect.stringMatching(/^events\[0\]\.set/)]);
  });

  // Regression test for a fixed bug (src/engine/scenario/resolve.ts policyIssues): the procurement issue's path is hard-coded as
  // 'procurement.strategy' and ignores the `at` prefix, so an unknown strategy set by events[0] is reported at
  // `procurement.strategy` (a field that is fine in the scenario) instead of at the event.
  it('an unknown procurement strategy set by an event is reported at the event', () => {
    const issues = bad({ events: [ev('2024-02-01', { set: { 'procurement.strategy': 'hamstern' } })] });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toMatch(/^events\[0\]/);
  });
});
