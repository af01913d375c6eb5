/**
 * Trainee mode, engine side: levels and annotations read from the chart, quiz answer keys checked against the
 * chart's meta and edges, stories validated and walked through the compiled chart, and the assignment exercise.
 */
import { readFileSync } from 'node:fs';
import type { AnyMachineSnapshot, AnyStateMachine, StateValue } from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { HAUSHALT_EVENTS, haushaltMachine } from '../../src/engine/machines/haushalt.ts';
import { stateMeta } from '../../src/engine/machines/meta.ts';
import { compileTable, haushaltTable } from '../../src/engine/machines/table.ts';
import { quote } from '../../src/engine/policies/land/quote.ts';
import { einwohner } from '../../src/engine/policies/kreis/einwohner.ts';
import { annotatedStates, chartModel, levelOf, LEVELS } from '../../src/engine/lehre/chart.ts';
import { BUILTIN_STORIES } from '../../src/engine/lehre/geschichten/index.ts';
import { makeQuiz, questionPool, TOPICS, type Question } from '../../src/engine/lehre/quiz.ts';
import { load, smallScenario } from './helpers.ts';
import { chartWithKlage } from './lernenChart.ts';
import { parseStory, playStory, type Story } from '../../src/engine/lehre/story.ts';
import { CHART_SAMPLE_DAYS } from '../../src/engine/metrics/chartStates.ts';
import { runScenario } from '../../src/engine/run.ts';
import { evaluate, initialStanding, playWeek, policyAllocation, type Exercise } from '../../src/engine/lehre/zuweisen.ts';

const model = chartModel(haushaltMachine);
const table = haushaltTable();

/** The transitions the chart's own config declares for an event in a state (targets as paths below the root). */
function declaredTargets(machine: AnyStateMachine, source: string, event: string): string[] {
  const node = machine.getStateNodeById(`${machine.id}.${source}`);
  const defs = node.on[event] ?? [];
  return defs.flatMap((d) => (d.target ?? []).map((t) => t.id.slice(machine.id.length + 1)));
}

/** A region's value as a dotted path, e.g. { kommune: { kreis: 'weiterleitung' } } → "kommune.kreis.weiterleitung". */
const flat = (v: StateValue): string => (typeof v === 'string' ? v : Object.entries(v).map(([k, x]) => `${k}.${flat(x as StateValue)}`)[0]!);

interface StateGraph {
  readonly initial: string;
  readonly regions: ReadonlyMap<string, Record<string, string>>;
  readonly next: ReadonlyMap<string, readonly string[]>;
}
const graphCache = new WeakMap<AnyStateMachine, StateGraph>();
/** The whole chart's reachable states and steps, from xstate/graph's adjacency map (no region seen alone). */
function stateGraph(machine: AnyStateMachine, events: readonly string[]): StateGraph {
  let g = graphCache.get(machine);
  if (!g) {
    const key = (snap: AnyMachineSnapshot) => JSON.stringify(snap.value);
    const adjacency = getAdjacencyMap(machine, { events: events.map((type) => ({ type })), serializeState: (snap) => key(snap as AnyMachineSnapshot), serializeEvent: (e) => e.type });
    const regions = new Map<string, Record<string, string>>();
    const next = new Map<string, string[]>();
    for (const [k, a] of Object.entries(adjacency)) {
      regions.set(k, Object.fromEntries(Object.entries((a.state as AnyMachineSnapshot).value as Record<string, StateValue>).map(([r, v]) => [r, flat(v)])));
      next.set(k, Object.values(a.transitions as Record<string, { state: unknown }>).map((t) => key(t.state as AnyMachineSnapshot)));
    }
    g = { initial: Object.keys(adjacency)[0]!, regions, next };
    graphCache.set(machine, g);
  }
  return g;
}

/** States reachable from `from` without entering a state that `avoid` holds for. */
function reachable(g: StateGraph, from: string, avoid: (k: string) => boolean = () => false): Set<string> {
  const seen = new Set([from]);
  const todo = [from];
  while (todo.length > 0) {
    for (const n of g.next.get(todo.pop()!) ?? []) {
      if (seen.has(n) || avoid(n)) continue;
      seen.add(n);
      todo.push(n);
    }
  }
  return seen;
}

/** Checks every answer key of a question against the chart: meta for office and legal basis, edges for what follows. */
function checkKey(machine: AnyStateMachine, q: Question, events: readonly string[] = HAUSHALT_EVENTS): void {
  const meta = stateMeta(machine, q.state)!;
  expect(meta, q.id).toBeDefined();
  if (q.topic === 'zustaendig') {
    expect(q.options[q.answer], q.id).toBe(levelOf(meta.office));
    q.options.forEach((o, i) => {
      if (i !== q.answer) expect(o, q.id).not.toBe('andere');
    });
    expect(new Set(q.options).size).toBe(q.options.length);
  } else if (q.topic === 'rechtsgrundlage') {
    expect(meta.legalBasis, q.id).toContain(q.options[q.answer]);
    q.options.forEach((o, i) => {
      if (i !== q.answer) expect(meta.legalBasis, `${q.id}: distractor ${o}`).not.toContain(o);
    });
  } else if (q.kind === 'weg') {
    // Over all states of the chart: without the answer's states no target state is reached; no distractor's state is
    // both reachable and on the way to a target state.
    const g = stateGraph(machine, events);
    const region = q.state.split('.')[0]!;
    const is = (path: string) => (k: string) => `${region}.${g.regions.get(k)![region]}` === path;
    const atTarget = is(q.state);
    expect([...reachable(g, g.initial)].some(atTarget), q.id).toBe(true);
    expect([...reachable(g, g.initial, is(q.options[q.answer]!))].some(atTarget), `${q.id}: a way around the answer`).toBe(false);
    q.options.forEach((o, i) => {
      if (i === q.answer) return;
      const via = [...reachable(g, g.initial)].filter(is(o));
      expect(via.some((k) => [...reachable(g, k)].some(atTarget)), `${q.id}: distractor ${o} on a way`).toBe(false);
    });
  } else {
    const targets = declaredTargets(machine, q.state, q.event);
    expect(targets, q.id).toContain(q.options[q.answer]);
    q.options.forEach((o, i) => {
      if (i !== q.answer) expect(targets, `${q.id}: distractor ${o}`).not.toContain(o);
    });
  }
  expect(q.options.length).toBeGreaterThanOrEqual(2);
}

describe('the chart as trainees see it', () => {
  it('derives each state’s level from its office, covering all eight levels', () => {
    const level = (p: string) => model.byPath.get(p)?.level;
    expect(level('aufenthalt.registrierung')).toBe('bund');
    expect(level('aufenthalt.erstaufnahme')).toBe('rpGiessen');
    expect(level('aufenthalt.erstaufnahme.zuweisungsbereit')).toBe('rpDarmstadt');
    expect(level('aufenthalt.kommune.kreis.weiterleitung')).toBe('landkreis');
    expect(level('aufenthalt.kommune.gemeinde')).toBe('gemeinde');
    expect(level('verfahren.geduldet')).toBe('auslaenderbehoerde');
    expect(level('aufenthalt.ausgezogen')).toBe('jobcenter');
    expect(level('aufenthalt.jugendhilfe')).toBe('jugendamt');
    expect(new Set(annotatedStates(model).map((s) => s.level))).toEqual(new Set(LEVELS));
    expect(levelOf({ de: 'Verwaltungsgericht', en: 'Administrative court' })).toBe('andere');
  });

  it('lists every state node and every transition of the chart', () => {
    expect(model.regions).toEqual(['aufenthalt', 'verfahren', 'erstattung']);
    for (const s of annotatedStates(model)) expect(s.meta).toBe(stateMeta(haushaltMachine, s.path));
    expect(model.transitions).toContainEqual({ source: 'aufenthalt.kommune', target: 'aufenthalt.ausgezogen', event: 'wohnung.bezogen', guard: 'anerkannt' });
    expect(model.byPath.get('aufenthalt.erstaufnahme.aufnahme')?.initial).toBe(true);
    expect(model.byPath.get('aufenthalt.erstaufnahme.gehalten')?.initial).toBe(false);
  });
});

describe('quiz from the chart', () => {
  it('checks every answer key of the whole pool against the chart’s meta and edges', () => {
    const pool = questionPool(model, undefined, table);
    for (const topic of TOPICS) expect(pool.some((q) => q.topic === topic)).toBe(true);
    const weg = pool.filter((q) => q.topic === 'folge' && q.kind === 'weg');
    expect(weg.map((q) => q.state)).toContain('aufenthalt.kommune.gemeinde');
    // Direct admission skips the Erstaufnahme: only the Kreis lies on every way to a Gemeinde.
    const gemeinde = weg.find((q) => q.state === 'aufenthalt.kommune.gemeinde')!;
    expect(gemeinde.options[gemeinde.answer]).toBe('aufenthalt.kommune.kreis.weiterleitung');
    for (const q of pool) checkKey(haushaltMachine, q);
  });

  it('draws a new set for another seed, the same for the same seed, topics taking turns', () => {
    const a = makeQuiz(model, 1);
    expect(a.map((q) => q.topic)).toEqual(['zustaendig', 'folge', 'rechtsgrundlage', 'zustaendig', 'folge', 'rechtsgrundlage', 'zustaendig', 'folge', 'rechtsgrundlage']);
    expect(makeQuiz(model, 1)).toEqual(a);
    const ids = new Set([2, 3, 4, 5].map((s) => makeQuiz(model, s).map((q) => q.id).join()));
    expect(ids.size).toBeGreaterThan(1);
    for (const seed of [7, 8, 9]) for (const q of makeQuiz(model, seed, 3, table)) checkKey(haushaltMachine, q);
  });
});

describe('a state added to the chart', () => {
  it('appears in the chart model and in every quiz topic, keys checked against its meta', () => {
    const machine = chartWithKlage();
    const m = chartModel(machine);
    const klage = m.byPath.get('verfahren.klage');
    expect(klage?.meta?.legalBasis).toEqual(['§ 74 AsylG', '§ 80 VwGO']);
    expect(klage?.level).toBe('andere');
    expect(m.transitions).toContainEqual({ source: 'verfahren.abgelehnt', target: 'verfahren.klage', event: 'klage.erhoben', guard: undefined });
    const events = [...HAUSHALT_EVENTS, 'klage.erhoben'];
    const pool = questionPool(m, undefined, compileTable(machine, events));
    const about = pool.filter((q) => q.state === 'verfahren.klage' || (q.topic === 'folge' && q.options[q.answer] === 'verfahren.klage'));
    expect(new Set(about.map((q) => q.topic))).toEqual(new Set(TOPICS));
    // On the way to the court the rejection comes first.
    const weg = about.find((q) => q.topic === 'folge' && q.kind === 'weg' && q.state === 'verfahren.klage');
    expect(weg && weg.options[weg.answer]).toBe('verfahren.abgelehnt');
    for (const q of pool) checkKey(machine, q, events);
  });
});

describe('stories', () => {
  const stories = BUILTIN_STORIES.map((json) => {
    const r = parseStory(json, table, model);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.story;
  });
  const last = (s: Story) => {
    const r = playStory(s, table, model);
    if (!r.ok) throw new Error('unplayable');
    return r.frames;
  };

  it('has three built-in stories with different outcomes, each taken by the chart step by step', () => {
    expect(stories).toHaveLength(3);
    const [familie, abgelehnt, uma] = stories.map(last) as [ReturnType<typeof last>, ReturnType<typeof last>, ReturnType<typeof last>];
    // Recognised, a Statuswechsler in a Gemeinde's accommodation, then a flat.
    expect(familie.some((f) => f.state.regions.aufenthalt === 'kommune.gemeinde' && f.state.regions.verfahren === 'anerkannt')).toBe(true);
    expect(familie.at(-1)!.state.regions.aufenthalt).toBe('ausgezogen');
    expect(abgelehnt.at(-1)!.state.regions.verfahren).toBe('geduldet');
    expect(uma.at(-1)!.state.regions.aufenthalt).toBe('jugendhilfe');
    expect(uma.at(-1)!.changed.map((c) => c.level)).toEqual(['jugendamt']);
  });

  it('walks the clock and names who decides at each pause, from the chart', () => {
    const frames = last(stories[0]!);
    expect(frames[0]!.date).toBe('2015-10-05');
    expect(frames[0]!.event).toBeNull();
    expect(frames[2]!.date).toBe('2015-11-12');
    const schutz = frames.find((f) => f.event === 'bamf.schutz')!;
    expect(schutz.changed.map((c) => c.annotated)).toEqual(['verfahren.anerkannt', 'erstattung.entfallen']);
    expect(schutz.changed[0]!.meta).toBe(stateMeta(haushaltMachine, 'verfahren.anerkannt'));
  });

  it('names the field of every format problem', () => {
    const base = structuredClone(BUILTIN_STORIES[0]) as Record<string, unknown>;
    const bad = { ...base, title: { de: 'Titel' }, persons: 0, extra: 1, steps: [{ event: 'bamf.schutz', afterDays: -1, text: { de: 'x', en: 'y' } }] };
    const r = parseStory(bad, table, model);
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['title.en', 'persons', 'steps.0.afterDays', '(story)']));
  });

  it('refuses a step the chart does not take, and an expectation the chart does not meet, naming the step', () => {
    const base = structuredClone(BUILTIN_STORIES[0]) as Story;
    const refused = { ...base, steps: [base.steps[0]!, { ...base.steps[5]! }] };
    const r1 = parseStory(refused, table, model);
    expect(r1.ok ? [] : r1.problems).toEqual([{ path: 'steps.1.event', message: expect.stringContaining('wohnung.bezogen') }]);
    const unknown = { ...base, steps: [{ ...base.steps[0]!, event: 'kaffee.getrunken' }] };
    const r2 = parseStory(unknown, table, model);
    expect(r2.ok ? [] : r2.problems.map((p) => p.path)).toEqual(['steps.0.event']);
    const wrong = { ...base, steps: [{ ...base.steps[0]!, expect: { aufenthalt: 'kommune.gemeinde' } }] };
    const r3 = parseStory(wrong, table, model);
    expect(r3.ok ? [] : r3.problems.map((p) => p.path)).toEqual(['steps.0.expect.aufenthalt']);
  });

  it('plays on a chart with an added state, meeting it when the story names its event', () => {
    const machine = chartWithKlage();
    const t = compileTable(machine, [...HAUSHALT_EVENTS, 'klage.erhoben']);
    const m = chartModel(machine);
    const story = {
      ...(structuredClone(BUILTIN_STORIES[1]) as Story),
      steps: [(BUILTIN_STORIES[1] as Story).steps[0]!, (BUILTIN_STORIES[1] as Story).steps[2]!, { event: 'klage.erhoben', afterDays: 10, text: { de: 'Klage', en: 'Action' } }],
    };
    const r = parseStory(story, t, m);
    expect(r.ok).toBe(true);
    const frames = playStory(r.ok ? r.story : story, t, m);
    expect(frames.ok && frames.frames.at(-1)!.changed.map((c) => c.annotated)).toEqual(['verfahren.klage']);
  });
});

describe('assigning by hand next to the policy', () => {
  const land: Exercise = {
    assigner: 'land',
    start: '2015-10-05',
    totalAssigned: 1000,
    weeks: [100, 60],
    recipients: [
      { id: 'a', name: 'A', population: 500, quota: 0.5, ist: 500, capacity: 600, present: 520 },
      { id: 'b', name: 'B', population: 300, quota: 0.3, ist: 300, capacity: 320, present: 300 },
      { id: 'c', name: 'C', population: 200, quota: 0.2, ist: 200, capacity: 250, present: 180 },
    ],
  };

  it('asks the quote policy itself for the same arrivals', () => {
    const mine = policyAllocation(land, initialStanding(land), 100);
    expect(mine).toEqual([50, 30, 20]);
    const direct = quote.assign({
      day: 0,
      date: land.start,
      totalAssigned: 1000,
      offer: { count: 3, size: Int32Array.of(1, 1, 1), mustAssign: new Uint8Array(3), waitingDays: new Int32Array(3), recognised: new Uint8Array(3) },
      erstaufnahme: { present: 0, capacity: 0 },
      params: {},
      countedSince: () => ({ ist: new Float64Array(3), total: 0 }),
      kreise: land.recipients.map((r, i) => ({ ...r, index: i, kind: 'landkreis', soll: 0, free: 0, notunterkunft: 0, lage: 'normal', zuweisungsstopp: false, erstaufnahmePlaces: 0 })),
    });
    expect(policyAllocation(land, initialStanding(land), 3)).toEqual([0, 1, 2].map((k) => Array.from(direct).filter((x) => x === k).length));
  });

  it('shows the deviation and pressure of a hand allocation beside the policy’s, week after week', () => {
    const w1 = playWeek(land, [], [0, 0, 100]);
    if ('kind' in w1) throw new Error('refused');
    expect(w1.trainee.evaluation.deviation.map(Math.round)).toEqual([-50, -30, 80]);
    expect(w1.trainee.evaluation.overfull).toBe(1);
    expect(w1.trainee.evaluation.beyondPlaces).toBe(30);
    expect(w1.policy.evaluation.totalDeviation).toBeCloseTo(0);
    const w2 = playWeek(land, [w1], [30, 20, 10]);
    if ('kind' in w2) throw new Error('refused');
    expect(w2.trainee.standing.totalAssigned).toBe(1160);
    expect(w2.policy.standing.ist).toEqual([580, 348, 232]);
    expect(evaluate(land, w2.policy.standing).totalDeviation).toBeCloseTo(0);
  });

  it('refuses an allocation that does not add up to the week’s arrivals', () => {
    expect(playWeek(land, [], [10, 10, 10])).toEqual({ kind: 'sum', assigned: 30, persons: 100 });
    expect(playWeek(land, [], [-1, 1, 100])).toEqual({ kind: 'invalid', index: 0 });
  });

  it('as a Landkreis, compares with the einwohner policy', () => {
    const kreis: Exercise = { ...land, assigner: 'kreis', totalAssigned: 0, recipients: land.recipients.map((r) => ({ ...r, ist: 0 })) };
    const viaPolicy = Array.from(
      einwohner.assign({
        day: 0,
        date: kreis.start,
        kreis: {} as never,
        gemeinden: kreis.recipients.map((r, i) => ({ ...r, index: i, soll: 0, free: 0, freeByType: { eigene: 0, gu: 0, wohnung: 0, hotel: 0 }, notunterkunft: 0, lage: 'normal' })),
        totalAssigned: 0,
        offer: { count: 10, size: new Int32Array(10).fill(1), mustAssign: new Uint8Array(10), waitingDays: new Int32Array(10), recognised: new Uint8Array(10) },
        params: {},
      }),
    );
    expect(policyAllocation(kreis, initialStanding(kreis), 10)).toEqual([0, 1, 2].map((k) => viaPolicy.filter((x) => x === k).length));
    expect(policyAllocation(kreis, initialStanding(kreis), 10)).toEqual([5, 3, 2]);
  });
});

describe('persons per chart state in the result', () => {
  it('samples every four weeks and the last day; persons with a place add up to the Land’s present, all to its arrivals', () => {
    const r = runScenario(load(smallScenario()));
    const c = r.chartStates!;
    const S = c.states.length;
    const D = r.days.length;
    expect(c.states).toEqual(table.states.map((s) => s.key));
    expect(Array.from(c.days)).toEqual([...Array.from({ length: Math.ceil(D / CHART_SAMPLE_DAYS) }, (_, i) => i * CHART_SAMPLE_DAYS), ...((D - 1) % CHART_SAMPLE_DAYS ? [D - 1] : [])]);
    const U = r.units.length;
    c.days.forEach((d, i) => {
      let housed = 0;
      let all = 0;
      for (let s = 0; s < S; s++) {
        const n = c.persons[i * S + s]!;
        all += n;
        if (table.place[s]! > 0 && !table.isGone[s]) housed += n;
      }
      expect(housed, `day ${d}`).toBe(r.series.present[d * U]);
      expect(all).toBeGreaterThanOrEqual(housed);
    });
    let total = 0;
    for (let s = 0; s < S; s++) total += c.persons[(c.days.length - 1) * S + s]!;
    expect(total).toBe(r.ledger[0]!.arrived);
  });
});

describe('docs/stories.md', () => {
  const doc = readFileSync(new URL('../../docs/stories.md', import.meta.url), 'utf8');

  it('lists every event of the household chart', () => {
    const section = doc.slice(doc.indexOf('The events of the household chart'), doc.indexOf('## 2. Fields'));
    const listed = [...section.matchAll(/^\| `([a-z0-9.]+)` \|/gm)].map((m) => m[1]);
    expect(new Set(listed)).toEqual(new Set(HAUSHALT_EVENTS));
  });

  it('shows an example the checks accept', () => {
    const json = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const r = parseStory(JSON.parse(json), table, model);
    expect(r.ok).toBe(true);
  });
});
