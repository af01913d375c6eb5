/** The timeline of dated events: resolved once, in date order, with day, patch, capacity changes and the parameters in force after each. */
import { describe, expect, it } from 'vitest';
import { policyCatalogue } from '../../src/engine/policies/registry.ts';
import { loadScenario } from '../../src/engine/scenario/load.ts';
import { applyEvent, applyStep, eventsByDate, parametersOf, resolveScenario, resolveTimeline, ScenarioError } from '../../src/engine/scenario/resolve.ts';
import type { Scenario, ScenarioInput } from '../../src/engine/scenario/schema.ts';
import { smallScenario, type DeepPartial } from './helpers.ts';

const ev = (date: string, rest: Record<string, unknown>) => ({ date, label: { de: `E ${date}`, en: `E ${date}` }, ...rest });

function load(over: DeepPartial<ScenarioInput>): Scenario {
  const r = loadScenario(smallScenario(over));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.scenario;
}

/** A scenario the loader would reject, validated by the schema only (as a direct caller might pass it). */
function unchecked(events: unknown[]): Scenario {
  const r = loadScenario(smallScenario());
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return { ...r.scenario, events: events as Scenario['events'] };
}

describe('resolveTimeline', () => {
  const s = load({
    period: { start: '2024-01-01', end: '2024-06-30' },
    events: [
      ev('2024-03-01', { set: { 'erstaufnahme.maxDays': 120 }, capacity: [{ unit: 'K1', type: 'gu', delta: 50 }], source: 'Beschluss' }),
      ev('2023-12-01', { set: { procurement: { strategy: 'keine' } } }),
      ev('2024-03-01', { set: { 'policies.quota.K1': 0.5 } }),
      ev('2024-08-01', {}),
    ],
  });
  const { steps, issues } = resolveTimeline(s, parametersOf(s), policyCatalogue());

  it('orders the events by date (same day: file order) with the day they take effect', () => {
    expect(issues).toEqual([]);
    expect(steps.map((x) => [x.index, x.date, x.day])).toEqual([
      [1, '2023-12-01', 0],
      [0, '2024-03-01', 60],
      [2, '2024-03-01', 60],
      [3, '2024-08-01', 213],
    ]);
  });

  it('keeps the patch, the capacity changes, label and source of each event', () => {
    const step = steps[1]!;
    expect(step.set).toEqual([{ path: 'erstaufnahme.maxDays', value: 120 }]);
    expect(step.capacity).toEqual([{ unit: 'K1', type: 'gu', delta: 50 }]);
    expect(step.label).toEqual({ de: 'E 2024-03-01', en: 'E 2024-03-01' });
    expect(step.source).toBe('Beschluss');
    expect(steps[3]).toMatchObject({ set: [], capacity: [], source: undefined });
  });

  it('holds the parameters in force after each event: earlier changes kept, defaults filled in', () => {
    expect(steps[0]!.params.procurement).toEqual({ ...s.procurement, strategy: 'keine' });
    expect(steps[1]!.params.erstaufnahme.maxDays).toBe(120);
    expect(steps[1]!.params.procurement.strategy).toBe('keine');
    expect(steps[2]!.params.policies.quota).toEqual({ K1: 0.5 });
    expect(steps[2]!.params.erstaufnahme.maxDays).toBe(120);
    expect(s.erstaufnahme.maxDays).toBe(90);
  });

  it('applied in order, puts exactly what applyEvent gives in force', () => {
    const live = parametersOf(s);
    const stepwise = parametersOf(s);
    eventsByDate(s.events).forEach(({ e, i }, k) => {
      applyEvent(live, e, i);
      applyStep(stepwise, steps[k]!);
      expect(stepwise).toEqual(live);
    });
    // The live parameters do not share objects with the timeline.
    stepwise.policies.quota.K2 = 0.1;
    expect(steps[3]!.params.policies.quota).toEqual({ K1: 0.5 });
  });

  it('leaves out an event that does not apply; later events build on the ones before it', () => {
    const bad = unchecked([ev('2024-02-01', { set: { 'erstaufnahme.maxDays': 'x' } }), ev('2024-03-01', { set: { 'erstaufnahme.forwardingShare': 0.2 } })]);
    const t = resolveTimeline(bad, parametersOf(bad), policyCatalogue());
    expect(t.steps.map((x) => x.index)).toEqual([1]);
    expect(t.steps[0]!.params.erstaufnahme.maxDays).toBe(90);
    expect(t.issues.map((x) => x.path)).toEqual([expect.stringMatching(/^events\[0\] → erstaufnahme\.maxDays/)]);
  });

  it('reports a start-only field, an unknown unit (when asked) and an unknown policy at their event', () => {
    const bad = unchecked([
      ev('2024-02-01', { set: { 'accommodation.units': {} }, capacity: [{ unit: 'ZZ', type: 'gu', delta: 1 }] }),
      ev('2024-03-01', { set: { 'policies.kreis': 'wuerfeln' } }),
    ]);
    const t = resolveTimeline(bad, parametersOf(bad), policyCatalogue(), { unitProblem: (id) => (id === 'ZZ' ? { de: 'keine solche Einheit', en: 'no such unit' } : null) });
    expect(t.issues).toMatchObject([
      { path: 'events[0].set["accommodation.units"]', message: expect.stringContaining('accommodation.units is read only when the run starts') },
      { path: 'events[0].capacity[0].unit', message: 'no such unit', text: { de: 'keine solche Einheit', en: 'no such unit' } },
      { path: 'events[1].set.policies.kreis', message: expect.stringContaining('unknown Kreis policy "wuerfeln"') },
    ]);
  });
});

describe('resolveScenario', () => {
  it('gives the run the timeline on top of the policies chosen for the run', () => {
    const s = load({ events: [ev('2024-02-01', { set: { 'erstaufnahme.maxDays': 60 } })] });
    const { params, timeline } = resolveScenario(s, policyCatalogue(), { kreisPolicy: 'selbst' });
    expect(params.policies.kreis).toBe('selbst');
    expect(timeline).toHaveLength(1);
    expect(timeline[0]!.params.policies.kreis).toBe('selbst');
    expect(timeline[0]!.params.erstaufnahme.maxDays).toBe(60);
  });

  it('throws for an event the run cannot use', () => {
    const bad = unchecked([ev('2024-02-01', { set: { 'nirgends.x': 1 } })]);
    expect(() => resolveScenario(bad, policyCatalogue(), {})).toThrow(ScenarioError);
    expect(() => resolveScenario(bad, policyCatalogue(), {})).toThrow(/no parameter "nirgends"/);
  });
});
