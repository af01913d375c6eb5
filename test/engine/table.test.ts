/** The compiled household table equals a plain search over the chart with transition(), for the household chart and a larger one. */
import { initialTransition, setup, stateIn, transition, type AnyStateMachine, type StateValue } from 'xstate';
import { describe, expect, it } from 'vitest';
import { HAUSHALT_EVENTS, haushaltMachine } from '../../src/engine/machines/haushalt.ts';
import { compileTable, haushaltTable, type TransitionTable } from '../../src/engine/machines/table.ts';

type Value = Record<string, StateValue>;
/** Leaf path of each region joined by "|", e.g. "erstaufnahme.aufnahme|laufend|pauschale". */
const path = (v: StateValue): string => (typeof v === 'string' ? v : Object.entries(v).map(([k, x]) => `${k}.${path(x as StateValue)}`)[0]!);
const keyOf = (v: unknown) => Object.values(v as Value).map(path).join('|');

/**
 * The reference: states numbered in the order a breadth-first search over the given events first meets them,
 * and per state and event the state the chart answers with.
 */
function reference(machine: AnyStateMachine, events: readonly string[]) {
  const [init] = initialTransition(machine);
  const snapshots = [init];
  const index = new Map([[keyOf(init.value), 0]]);
  const next: number[] = [];
  const accepts: number[] = [];
  for (let i = 0; i < snapshots.length; i++) {
    for (const type of events) {
      accepts.push(snapshots[i]!.can({ type }) ? 1 : 0);
      const [to] = transition(machine, snapshots[i]!, { type });
      const k = keyOf(to.value);
      if (!index.has(k)) {
        index.set(k, snapshots.length);
        snapshots.push(to);
      }
      next.push(index.get(k)!);
    }
  }
  return { keys: [...index.keys()], next, accepts, tags: snapshots.map((s) => [...s.tags].sort()) };
}

function expectSameAsReference(table: TransitionTable, machine: AnyStateMachine, events: readonly string[]): void {
  const ref = reference(machine, events);
  expect(table.states.map((s) => s.key)).toEqual(ref.keys);
  expect(table.initial).toBe(0);
  expect(table.eventCount).toBe(events.length);
  expect(events.map((e) => (table.eventIndex as Record<string, number>)[e])).toEqual(events.map((_, i) => i));
  expect(Array.from(table.next)).toEqual(ref.next);
  expect(Array.from(table.accepts)).toEqual(ref.accepts);
  expect(table.states.map((s) => [...s.tags].sort())).toEqual(ref.tags);
  table.states.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(table.stateOf(s.key)).toBe(i);
    expect(table.isKommunal[i]).toBe(s.tags.has('kommunal') ? 1 : 0);
    expect(table.isGone[i]).toBe(s.tags.has('weg') ? 1 : 0);
    expect(table.isPauschale[i]).toBe(s.tags.has('pauschale') ? 1 : 0);
    expect(table.isRecognised[i]).toBe(s.regions.verfahren === 'anerkannt' ? 1 : 0);
  });
}

/** A household chart with more places and a longer procedure, to show the compilation is not tied to today's chart. */
const EVENTS = [
  'registriert',
  'zuweisung.kreis',
  'zuweisung.gemeinde',
  'wohnung.bezogen',
  'ausreise.erfolgt',
  'kirchenasyl.gewaehrt',
  'kirchenasyl.beendet',
  'anhoerung.erfolgt',
  'bamf.schutz',
  'bamf.ablehnung',
  'klage.erhoben',
  'gericht.schutz',
  'gericht.ablehnung',
  'duldung.erteilt',
] as const;

const groesser = setup({
  types: { events: {} as { type: (typeof EVENTS)[number] } },
  guards: {
    anerkannt: stateIn({ verfahren: 'anerkannt' }),
    ausreisepflichtig: stateIn({ verfahren: 'abgelehnt' }),
    beklagt: stateIn({ verfahren: 'klage' }),
  },
}).createMachine({
  id: 'groesser',
  type: 'parallel',
  states: {
    aufenthalt: {
      initial: 'ankunftszentrum',
      states: {
        ankunftszentrum: { tags: ['land'], on: { registriert: 'erstaufnahme' } },
        erstaufnahme: { tags: ['land'], on: { 'zuweisung.kreis': 'kreis', 'ausreise.erfolgt': { target: 'ausgereist', guard: 'ausreisepflichtig' } } },
        kreis: {
          tags: ['kommunal'],
          on: {
            'zuweisung.gemeinde': 'gemeinde',
            'wohnung.bezogen': { target: 'wohnung', guard: 'anerkannt' },
            'kirchenasyl.gewaehrt': { target: 'kirchenasyl', guard: 'ausreisepflichtig' },
            'ausreise.erfolgt': { target: 'ausgereist', guard: 'ausreisepflichtig' },
          },
        },
        gemeinde: {
          tags: ['kommunal'],
          on: {
            'wohnung.bezogen': { target: 'wohnung', guard: 'anerkannt' },
            'kirchenasyl.gewaehrt': [
              { target: 'kirchenasyl', guard: 'ausreisepflichtig' },
              { target: 'kirchenasyl', guard: 'beklagt' },
            ],
            'ausreise.erfolgt': { target: 'ausgereist', guard: 'ausreisepflichtig' },
          },
        },
        kirchenasyl: { on: { 'kirchenasyl.beendet': 'gemeinde' } },
        wohnung: { type: 'final', tags: ['weg'] },
        ausgereist: { type: 'final', tags: ['weg'] },
      },
    },
    verfahren: {
      initial: 'gestellt',
      states: {
        gestellt: { tags: ['asylblg'], on: { 'anhoerung.erfolgt': 'angehoert' } },
        angehoert: { tags: ['asylblg'], on: { 'bamf.schutz': 'anerkannt', 'bamf.ablehnung': 'abgelehnt' } },
        abgelehnt: { tags: ['asylblg'], on: { 'klage.erhoben': 'klage', 'duldung.erteilt': 'geduldet' } },
        klage: { tags: ['asylblg'], on: { 'gericht.schutz': 'anerkannt', 'gericht.ablehnung': 'abgelehnt' } },
        geduldet: { tags: ['asylblg'] },
        anerkannt: {},
      },
    },
  },
});

describe('compiled household table', () => {
  it('the household table equals the reference search, state by state and cell by cell', () => {
    expectSameAsReference(haushaltTable(), haushaltMachine, HAUSHALT_EVENTS);
  });

  it('the order of the events decides the numbering, as in the reference', () => {
    const reversed = [...HAUSHALT_EVENTS].reverse();
    const table = compileTable(haushaltMachine, reversed);
    expectSameAsReference(table, haushaltMachine, reversed);
    expect(table.states.map((s) => s.key)).not.toEqual(haushaltTable().states.map((s) => s.key));
  });

  it('a larger two-region chart compiles to the reference table too', () => {
    const table = compileTable(groesser, EVENTS);
    expect(table.states.length).toBeGreaterThan(20);
    expectSameAsReference(table, groesser, EVENTS);
    expect(() => table.stateOf('wohnung|abgelehnt')).toThrow(/unreachable/);
  });
});
