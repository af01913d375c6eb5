/**
 * Quiz questions generated from the chart (xstate/graph states and transitions): who is responsible, what follows,
 * on which legal basis. Every answer key comes from the chart's own meta and edges; a seed picks a new set.
 */
import type { TransitionTable } from '../machines/table.ts';
import { createRng, type Rng } from '../rng.ts';
import { annotatedStates, LEVELS, type ChartModel, type Level } from './chart.ts';

export const TOPICS = ['zustaendig', 'folge', 'rechtsgrundlage'] as const;
export type Topic = (typeof TOPICS)[number];

interface QuestionBase {
  /** Stable id within a pool, e.g. "folge:aufenthalt.erstaufnahme.aufnahme:bamf.schutz". */
  readonly id: string;
  /** Path of the state asked about. */
  readonly state: string;
  /** Index of the correct option. */
  readonly answer: number;
}

export type Question =
  /** "Wer ist zuständig für …?" — options are levels. */
  | (QuestionBase & { readonly topic: 'zustaendig'; readonly options: readonly Level[] })
  /** "Was folgt auf …, wenn <event>?" — options are state paths. */
  | (QuestionBase & {
      readonly topic: 'folge';
      readonly kind: 'schritt';
      readonly event: string;
      readonly guard: string | undefined;
      readonly options: readonly string[];
    })
  /**
   * "Durch welchen Zustand muss ein Haushalt auf dem Weg von `from` nach `state`?" — options are state paths of the
   * same region: the answer lies on every path of the chart between the two, the others on none.
   */
  | (QuestionBase & { readonly topic: 'folge'; readonly kind: 'weg'; readonly from: string; readonly options: readonly string[] })
  /** "Auf welcher Rechtsgrundlage …?" — options are legal bases. */
  | (QuestionBase & { readonly topic: 'rechtsgrundlage'; readonly options: readonly string[] });

const OPTIONS = 4;

function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** The correct option and up to OPTIONS − 1 distractors, in random order. */
function withDistractors<T>(rng: Rng, correct: T, pool: readonly T[]): { options: T[]; answer: number } {
  const options = shuffle(rng, [correct, ...shuffle(rng, pool).slice(0, OPTIONS - 1)]);
  return { options, answer: options.indexOf(correct) };
}

/**
 * Every question the chart supports, one per annotated state and topic (per transition for `folge`, and with the
 * compiled `table` per state on the way through its region), options in an order drawn from `rng`. A state with
 * meta added to the chart yields its questions here without further change.
 */
export function questionPool(model: ChartModel, rng: Rng = createRng(1), table?: TransitionTable): Question[] {
  const annotated = annotatedStates(model);
  const out: Question[] = [];
  for (const s of annotated) {
    const level = s.level!;
    // "Another body" is vague enough to pass for right anywhere: only offered when it is the answer.
    const z = withDistractors(rng, level, LEVELS.filter((l) => l !== level && l !== 'andere'));
    out.push({ id: `zustaendig:${s.path}`, topic: 'zustaendig', state: s.path, ...z });

    const own = new Set(s.meta!.legalBasis);
    const others = [...new Set(annotated.flatMap((o) => o.meta!.legalBasis))].filter((b) => !own.has(b));
    const basis = s.meta!.legalBasis[rng.int(s.meta!.legalBasis.length)];
    if (basis !== undefined && others.length > 0) {
      out.push({ id: `rechtsgrundlage:${s.path}`, topic: 'rechtsgrundlage', state: s.path, ...withDistractors(rng, basis, others) });
    }
  }
  // A transition into its own source (an action on the spot) is no step to another state.
  for (const t of model.transitions) {
    if (t.target === t.source) continue;
    const source = model.byPath.get(t.source);
    const target = model.byPath.get(t.target);
    if (!source?.meta || !target) continue;
    const alsoRight = new Set(model.transitions.filter((o) => o.source === t.source && o.event === t.event).map((o) => o.target));
    const pool = annotated.filter((o) => o.region === source.region && o.path !== t.source && !alsoRight.has(o.path)).map((o) => o.path);
    if (pool.length === 0) continue;
    out.push({
      id: `folge:${t.source}:${t.event}:${t.target}`,
      topic: 'folge',
      kind: 'schritt',
      state: t.source,
      event: t.event,
      guard: t.guard,
      ...withDistractors(rng, t.target, pool),
    });
  }
  if (table) out.push(...pathQuestions(model, table, rng));
  return out;
}

/** Values reachable from `start` in a graph of region values, never entering `without`. */
function reach(edges: ReadonlyMap<string, ReadonlySet<string>>, start: string, without?: string): Set<string> {
  const seen = new Set([start]);
  const todo = [start];
  while (todo.length > 0) {
    for (const n of edges.get(todo.pop()!) ?? []) {
      if (n === without || seen.has(n)) continue;
      seen.add(n);
      todo.push(n);
    }
  }
  return seen;
}

/**
 * Questions on the paths of the chart, per region: the compiled table (every reachable state and its answer to every
 * event, from xstate/graph) seen through one region. A state lies on every path to a target if the target cannot be
 * reached without it, and on none if it cannot be reached first and the target from it. Both tests look at the
 * region alone, which allows more paths than the whole chart does, so the answer keys hold for the whole chart.
 */
function pathQuestions(model: ChartModel, table: TransitionTable, rng: Rng): Question[] {
  const out: Question[] = [];
  const E = table.eventCount;
  for (const region of model.regions) {
    const edges = new Map<string, Set<string>>();
    for (const s of table.states) {
      const from = s.regions[region];
      if (from === undefined) continue;
      for (let e = 0; e < E; e++) {
        if (table.accepts[s.index * E + e] !== 1) continue;
        const to = table.states[table.next[s.index * E + e]!]!.regions[region];
        if (to === undefined || to === from) continue;
        if (!edges.has(from)) edges.set(from, new Set());
        edges.get(from)!.add(to);
      }
    }
    const start = table.states[table.initial]!.regions[region];
    if (start === undefined) continue;
    const fromStart = reach(edges, start);
    const values = [...fromStart].filter((v) => v !== start && model.byPath.get(`${region}.${v}`)?.meta);
    const reachFrom = new Map(values.map((v) => [v, reach(edges, v)]));
    for (const target of values) {
      const others = values.filter((v) => v !== target);
      const onEvery = others.filter((v) => !reach(edges, start, v).has(target));
      const onNone = others.filter((v) => !reachFrom.get(v)!.has(target));
      if (onEvery.length === 0 || onNone.length === 0) continue;
      const answer = onEvery[rng.int(onEvery.length)]!;
      const { options, answer: index } = withDistractors(rng, `${region}.${answer}`, onNone.map((v) => `${region}.${v}`));
      out.push({ id: `weg:${region}.${start}:${region}.${target}`, topic: 'folge', kind: 'weg', from: `${region}.${start}`, state: `${region}.${target}`, options, answer: index });
    }
  }
  return out;
}

/** A round of the quiz: `perTopic` questions of each topic drawn by `seed`, the topics taking turns. */
export function makeQuiz(model: ChartModel, seed: number, perTopic = 3, table?: TransitionTable): Question[] {
  const rng = createRng(seed);
  const pool = questionPool(model, rng, table);
  const byTopic = TOPICS.map((topic) => shuffle(rng, pool.filter((q) => q.topic === topic)).slice(0, perTopic));
  const out: Question[] = [];
  for (let i = 0; i < perTopic; i++) for (const qs of byTopic) if (qs[i]) out.push(qs[i]!);
  return out;
}

/** Points per topic: answered and correct. */
export type Score = Record<Topic, { readonly answered: number; readonly correct: number }>;

export function emptyScore(): Score {
  return { zustaendig: { answered: 0, correct: 0 }, folge: { answered: 0, correct: 0 }, rechtsgrundlage: { answered: 0, correct: 0 } };
}

/** The score after one more answer. */
export function scored(score: Score, topic: Topic, correct: boolean): Score {
  const s = score[topic];
  return { ...score, [topic]: { answered: s.answered + 1, correct: s.correct + (correct ? 1 : 0) } };
}
