/**
 * Guided stories: a story is data (JSON) naming the events one household meets; the player walks the compiled
 * household chart with them, so every state, office and legal basis a trainee reads comes from the chart.
 */
import { z } from 'zod';
import type { StateMeta } from '../machines/meta.ts';
import type { CompiledState, TransitionTable } from '../machines/table.ts';
import type { ScenarioIssue } from '../scenario/issues.ts';
import type { ChartModel, Level } from './chart.ts';

const text = z.strictObject({
  de: z.string().trim().min(1, 'German text missing'),
  en: z.string().trim().min(1, 'English text missing'),
});
const isoDate = z.iso.date('a date as YYYY-MM-DD');

const step = z.strictObject({
  /** The chart event the household meets (an event of the household chart, e.g. "bamf.schutz"). */
  event: z.string().min(1),
  /** Days after the previous step (the first step: after the story's start). */
  afterDays: z.number().int().min(0).max(3650),
  /** What the household experiences at this step. */
  text,
  /** Optional check: the path each named region must have after the step, e.g. { "verfahren": "anerkannt" }. */
  expect: z.record(z.string(), z.string()).optional(),
});

export const storySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and "-" only'),
  title: text,
  /** The household and where the story begins. */
  intro: text,
  /** The outcome in one sentence, shown when choosing a story. */
  outcome: text,
  persons: z.number().int().min(1).max(20),
  /** The simulated day of the first state (arrival). */
  start: isoDate,
  /** Built-in scenario whose run the story follows (its dates lie within it), if any. */
  scenario: z.string().optional(),
  steps: z.array(step).min(1, 'a story needs at least one step').max(60),
});
export type Story = z.infer<typeof storySchema>;
export type StoryStep = Story['steps'][number];

/** A problem of a story, with the field it concerns ("steps.2.event"). */
export type StoryProblem = Pick<ScenarioIssue, 'path' | 'message'>;

export type StoryParse = { readonly ok: true; readonly story: Story } | { readonly ok: false; readonly problems: readonly StoryProblem[] };

/** The state a region is in within the chart, with what the chart says about it. */
export interface RegionState {
  readonly region: string;
  /** Full path, e.g. "aufenthalt.kommune.kreis.weiterleitung". */
  readonly path: string;
  /** The innermost state on that path that carries meta (the one whose office decides), if any. */
  readonly annotated: string | undefined;
  readonly meta: StateMeta | undefined;
  readonly level: Level | undefined;
}

/** One pause of a story: the state after a step, the regions it changed, and the date. */
export interface StoryFrame {
  /** 0 for the arrival, k for the state after step k − 1. */
  readonly index: number;
  readonly date: string;
  /** The event of the step that led here; null for the arrival. */
  readonly event: string | null;
  readonly state: CompiledState;
  readonly regions: readonly RegionState[];
  /** The regions whose state this step changed (at the arrival: all). */
  readonly changed: readonly RegionState[];
  /** The story's text for this pause (the intro at the arrival). */
  readonly text: Story['intro'];
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function regionStates(model: ChartModel, state: CompiledState): RegionState[] {
  return Object.entries(state.regions).map(([region, sub]) => {
    const path = sub ? `${region}.${sub}` : region;
    const parts = path.split('.');
    let annotated: string | undefined;
    for (let n = parts.length; n > 0 && annotated === undefined; n--) {
      const p = parts.slice(0, n).join('.');
      if (model.byPath.get(p)?.meta) annotated = p;
    }
    const s = annotated === undefined ? undefined : model.byPath.get(annotated);
    return { region, path, annotated, meta: s?.meta, level: s?.level };
  });
}

/** Walks a story through the compiled chart: one frame per pause, or the first step the chart refuses. */
export function playStory(
  story: Story,
  table: TransitionTable,
  model: ChartModel,
): { readonly ok: true; readonly frames: readonly StoryFrame[] } | { readonly ok: false; readonly problems: readonly StoryProblem[] } {
  let state = table.states[table.initial]!;
  let regions = regionStates(model, state);
  let date = story.start;
  const frames: StoryFrame[] = [{ index: 0, date, event: null, state, regions, changed: regions, text: story.intro }];
  for (const [i, s] of story.steps.entries()) {
    const e = table.eventIndex[s.event];
    if (e === undefined) return { ok: false, problems: [{ path: `steps.${i}.event`, message: `"${s.event}" is not an event of the household chart` }] };
    const k = state.index * table.eventCount + e;
    if (table.accepts[k] !== 1) {
      return { ok: false, problems: [{ path: `steps.${i}.event`, message: `the chart does not take "${s.event}" in state ${state.key}` }] };
    }
    const next = table.states[table.next[k]!]!;
    const after = regionStates(model, next);
    for (const [region, want] of Object.entries(s.expect ?? {})) {
      const got = next.regions[region];
      if (got === undefined) return { ok: false, problems: [{ path: `steps.${i}.expect.${region}`, message: `the chart has no region "${region}"` }] };
      if (got !== want) return { ok: false, problems: [{ path: `steps.${i}.expect.${region}`, message: `the chart leads to "${got}", not "${want}"` }] };
    }
    const changed = after.filter((r, j) => r.path !== regions[j]?.path);
    date = addDays(date, s.afterDays);
    frames.push({ index: i + 1, date, event: s.event, state: next, regions: after, changed, text: s.text });
    state = next;
    regions = after;
  }
  return { ok: true, frames };
}

/**
 * Reads a story from parsed JSON: the format (zod, each problem naming its field) and then the chart, which must
 * take every step in turn.
 */
export function parseStory(json: unknown, table: TransitionTable, model: ChartModel): StoryParse {
  const r = storySchema.safeParse(json);
  if (!r.success) return { ok: false, problems: r.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(story)', message: i.message })) };
  const played = playStory(r.data, table, model);
  return played.ok ? { ok: true, story: r.data } : played;
}
