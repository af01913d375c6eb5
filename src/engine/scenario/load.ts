/** Loads a scenario from JSON text or an object: schema validation plus checks against the region, policies and events. */
import type { z } from 'zod';
import { daysBetween, daysInMonth, toEpochDay } from '../dates.ts';
import { policyCatalogue, type PolicyCatalogue } from '../policies/registry.ts';
import { deNumber, formatPath, policyIssues, scenarioIssue, zodIssueText, type ScenarioIssue } from './issues.ts';
import { MAX_PATH_LENGTH, MAX_PLACES, PROTOTYPE_KEYS, RUN_LIMITS } from './limits.ts';
import type { Text } from './meta.ts';
import { parametersOf, regionOf } from './resolve.ts';
import { ACCOMMODATION_TYPES, scenarioSchema, type ArrivalSeries, type Parameters, type Scenario } from './schema.ts';
import { eventsByDate, resolveTimeline, type TimelineStep } from './timeline.ts';

export { MAX_SEED, RUN_LIMITS } from './limits.ts';

export type LoadResult = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/** Largest scenario file the command line and the app read, in bytes (20 MB; the largest built-in scenario is far below 1 MB). */
export const MAX_SCENARIO_BYTES = 20 * 1024 * 1024;

/** Deepest nesting of objects and arrays in a scenario; the format needs fewer than ten levels. */
export const MAX_SCENARIO_DEPTH = 64;

/**
 * Most entries of any one object or list in a scenario: the longest list of the format, the Gemeinden of a region,
 * has at most as many as a run has units. Checked before the schema reads the entries one by one.
 */
export const MAX_SCENARIO_ENTRIES = RUN_LIMITS.units;

/** JSON text of a scenario, parsed: or why it cannot be. */
export type ScenarioJson =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: 'syntax'; readonly detail: string }
  | { readonly ok: false; readonly problem: 'depth' };

/**
 * Parses the text of a scenario file, the one rule for the command line and the app: a leading UTF-8 byte order mark
 * is dropped, the rest must be JSON nested at most MAX_SCENARIO_DEPTH levels deep.
 */
export function parseScenarioJson(text: string): ScenarioJson {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch (e) {
    return { ok: false, problem: 'syntax', detail: e instanceof Error ? e.message : String(e) };
  }
  return shapeIssue(value, false) === DEPTH_ISSUE ? { ok: false, problem: 'depth' } : { ok: true, value };
}

const DEPTH_ISSUE: ScenarioIssue = scenarioIssue('', {
  de: `mehr als ${MAX_SCENARIO_DEPTH} Ebenen tief verschachtelt`,
  en: `nested more than ${MAX_SCENARIO_DEPTH} levels deep`,
});

/** A node of the walk: its value, depth and the way to it (parent and key), from which a path is made only when needed. */
interface Node {
  readonly value: unknown;
  readonly depth: number;
  readonly parent: Node | undefined;
  readonly key: string | number;
}

function pathOf(node: Node | undefined): string {
  const keys: (string | number)[] = [];
  for (let n = node; n?.parent; n = n.parent) keys.unshift(n.key);
  return formatPath(keys);
}

const tooMany = (node: Node): ScenarioIssue =>
  scenarioIssue(pathOf(node), { de: `mehr als ${deNumber(MAX_SCENARIO_ENTRIES)} Einträge`, en: `more than ${MAX_SCENARIO_ENTRIES.toLocaleString('en-GB')} entries` });

const shorten = (key: string): string => (key.length > 40 ? `${key.slice(0, 40)}…` : key);

/**
 * The first problem of the raw shape of a scenario, before the schema reads it: nesting deeper than MAX_SCENARIO_DEPTH
 * (always checked), and with `all` also a key every object inherits through (`__proto__`, `constructor`,
 * `prototype`), a key longer than any path, or an object or list of more than MAX_SCENARIO_ENTRIES entries. Walks
 * with its own stack, so depth cannot overflow it.
 */
function shapeIssue(value: unknown, all = true): ScenarioIssue | null {
  const stack: Node[] = [{ value, depth: 1, parent: undefined, key: '' }];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const v = node.value;
    if (v === null || typeof v !== 'object') continue;
    if (node.depth > MAX_SCENARIO_DEPTH) return DEPTH_ISSUE;
    const list = Array.isArray(v);
    // A list's length first: a sparse list may be long without having many keys.
    if (all && list && v.length > MAX_SCENARIO_ENTRIES) return tooMany(node);
    const keys = Object.keys(v);
    if (all && keys.length > MAX_SCENARIO_ENTRIES) return tooMany(node);
    // The keys of a list too: a list may carry other keys (`constructor`) beside its entries.
    for (const k of keys) {
      if (all && PROTOTYPE_KEYS.includes(k)) {
        return scenarioIssue(pathOf(node), {
          de: `der Schlüssel „${k}“ ist nicht zulässig: Über diesen Namen erreicht jedes JavaScript-Objekt, was es erbt`,
          en: `the key "${k}" is not allowed: it is a name through which every JavaScript object reaches what it inherits`,
        });
      }
      if (all && k.length > MAX_PATH_LENGTH) {
        return scenarioIssue(pathOf(node), {
          de: `der Schlüssel „${shorten(k)}“ hat ${deNumber(k.length)} Zeichen; zulässig sind höchstens ${MAX_PATH_LENGTH}`,
          en: `the key "${shorten(k)}" has ${k.length} characters; at most ${MAX_PATH_LENGTH}`,
        });
      }
      const key = list && /^\d+$/.test(k) ? Number(k) : k;
      stack.push({ value: (v as Record<string, unknown>)[k], depth: node.depth + 1, parent: node, key });
    }
  }
  return null;
}

/**
 * Validates a scenario. Every problem is reported with the path of the field and what is wrong;
 * nothing is thrown for bad input.
 */
export function loadScenario(input: unknown, catalogue: PolicyCatalogue = policyCatalogue()): LoadResult {
  let raw = input;
  if (typeof input === 'string') {
    // As the command line and the app refuse a larger file before reading it (a character is at least one byte).
    if (input.length > MAX_SCENARIO_BYTES) {
      return { ok: false, issues: [scenarioIssue('', { de: `größer als ${MAX_SCENARIO_BYTES / 1024 / 1024} MB`, en: `larger than ${MAX_SCENARIO_BYTES / 1024 / 1024} MB` })] };
    }
    const json = parseScenarioJson(input);
    if (!json.ok) {
      const issue = json.problem === 'depth' ? DEPTH_ISSUE : scenarioIssue('', { de: `kein gültiges JSON: ${json.detail}`, en: `not valid JSON: ${json.detail}` });
      return { ok: false, issues: [issue] };
    }
    raw = json.value;
  }
  const shape = shapeIssue(raw);
  if (shape) return { ok: false, issues: [shape] };
  // With the input in each issue, so that zod's German locale can name the type it received.
  const parsed = scenarioSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.flatMap((i) => explain(i, [])) };
  const scenario = parsed.data;
  const issues = crossCheck(scenario, catalogue);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, scenario };
}

/**
 * One issue → messages with full paths. A union that failed (e.g. `region`: a built-in id or an inline
 * region) reports the problems of the alternative the input was meant as, not just "invalid input".
 */
function explain(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]): ScenarioIssue[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const meant = issue.errors.find((branch) => branch.length > 0 && !(branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.path.length === 0));
    if (meant) return meant.flatMap((i) => explain(i, path));
    if (formatPath(path) === 'region') {
      return [
        scenarioIssue('region', {
          de: 'muss die Kennung einer eingebauten Region („hessen-2019“) oder ein Objekt mit einer eigenen Region sein',
          en: 'must be the id of a built-in region ("hessen-2019") or an inline region object',
        }),
      ];
    }
  }
  if (issue.code === 'invalid_key' && issue.issues.length > 0) {
    const texts = issue.issues.map(zodIssueText);
    return [
      scenarioIssue(formatPath(path), {
        de: `kein gültiger Schlüssel: ${texts.map((t) => t.de).join('; ')}`,
        en: `not a valid key: ${texts.map((t) => t.en).join('; ')}`,
      }),
    ];
  }
  return [scenarioIssue(formatPath(path), zodIssueText(issue))];
}

function crossCheck(s: Scenario, catalogue: PolicyCatalogue): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const region = regionOf(s);
  if (!region) {
    return [
      scenarioIssue('region', {
        de: `die Region „${String(s.region)}“ gibt es nicht (eingebaut: hessen-2019)`,
        en: `unknown region "${String(s.region)}" (built in: hessen-2019)`,
      }),
    ];
  }
  const kreise = new Set(region.kreise.map((k) => k.ags));
  const kreisfrei = new Set(region.kreise.filter((k) => k.kind === 'kreisfreie-stadt').map((k) => k.ags));
  const gemeinden = new Map(region.gemeinden.map((g) => [g.ags, g]));
  const isUnit = (id: string): Text | null => {
    if (kreise.has(id)) return null;
    const g = gemeinden.get(id);
    if (!g) return { de: `kein Kreis und keine Gemeinde mit dem AGS „${id}“ in der Region ${region.id}`, en: `no Kreis or Gemeinde with AGS "${id}" in region ${region.id}` };
    if (kreisfrei.has(g.kreisAgs)) {
      return {
        de: `„${id}“ ist die Gemeinde der kreisfreien Stadt ${g.kreisAgs}; bitte den AGS des Kreises verwenden`,
        en: `"${id}" is the Gemeinde of the kreisfreie Stadt ${g.kreisAgs}; use the Kreis AGS`,
      };
    }
    return null;
  };
  const noKreis = (path: string, ags: string) => issues.push(scenarioIssue(path, { de: `kein Kreis mit dem AGS „${ags}“`, en: `no Kreis with AGS "${ags}"` }));

  // Units are looked up by id in records of the scenario (quota, kreisFactor, units, …): an id such as "toString" would
  // find what every object inherits there instead of nothing.
  const inherited = (id: string, path: string) => {
    if (id in Object.prototype) {
      issues.push(
        scenarioIssue(path, {
          de: `„${id}“ ist ein Name, den jedes JavaScript-Objekt hat; bitte eine andere Kennung wählen`,
          en: `"${id}" is a name every JavaScript object has; choose another id`,
        }),
      );
    }
  };
  if (typeof s.region !== 'string') {
    region.kreise.forEach((k, i) => inherited(k.ags, `region.kreise[${i}].ags`));
    region.gemeinden.forEach((g, i) => inherited(g.ags, `region.gemeinden[${i}].ags`));
  }
  s.erstaufnahme.sites.forEach((site, i) => inherited(site.id, `erstaufnahme.sites[${i}].id`));

  const siteIds = new Set<string>();
  s.erstaufnahme.sites.forEach((site, i) => {
    const at = `erstaufnahme.sites[${i}]`;
    if (siteIds.has(site.id)) {
      issues.push(scenarioIssue(`${at}.id`, { de: `die Kennung „${site.id}“ ist für mehrere Einrichtungen vergeben`, en: `duplicate site id "${site.id}"` }));
    }
    if (kreise.has(site.id) || gemeinden.has(site.id)) {
      issues.push(
        scenarioIssue(`${at}.id`, {
          de: `„${site.id}“ ist zugleich ein AGS; bitte eine andere Kennung wählen`,
          en: `"${site.id}" clashes with an AGS; choose another id`,
        }),
      );
    }
    siteIds.add(site.id);
    if (!kreise.has(site.host) && !gemeinden.has(site.host)) {
      issues.push(scenarioIssue(`${at}.host`, { de: `kein Kreis und keine Gemeinde mit dem AGS „${site.host}“`, en: `no Kreis or Gemeinde with AGS "${site.host}"` }));
    }
  });
  for (const ags of Object.keys(s.policies.quota)) {
    if (!kreise.has(ags)) noKreis(`policies.quota.${ags}`, ags);
  }
  for (const ags of Object.keys(s.policies.kreisByKreis)) {
    if (!kreise.has(ags)) noKreis(`policies.kreisByKreis.${ags}`, ags);
  }
  for (const ags of Object.keys(s.arrivals.direct?.shares ?? {})) {
    if (!kreise.has(ags)) noKreis(`arrivals.direct.shares.${ags}`, ags);
  }
  for (const ags of Object.keys(s.exits.kreisFactor)) {
    if (!kreise.has(ags)) noKreis(`exits.kreisFactor.${ags}`, ags);
  }
  for (const id of Object.keys(s.accommodation.units)) {
    const problem = isUnit(id);
    if (problem) issues.push(scenarioIssue(`accommodation.units.${id}`, problem));
  }
  for (const id of Object.keys(s.fiscal?.kommunen ?? {})) {
    const problem = isUnit(id);
    if (problem) issues.push(scenarioIssue(`fiscal.kommunen.${id}`, problem));
  }
  issues.push(...policyIssues(parametersOf(s), catalogue, 'policies'));

  const size = sizeIssues(s, region);
  issues.push(...size);

  // Events: start-only fields, units, parameter changes and the policies they switch to, in date order.
  const unitProblem = (id: string) => (siteIds.has(id) ? null : isUnit(id));
  const timeline = resolveTimeline(s, parametersOf(s), catalogue, { unitProblem });
  issues.push(...timeline.issues);
  if (size.length === 0) issues.push(...personIssues(s, region, timeline.steps), ...placeIssues(s, region));
  return issues;
}

const count = (n: number): string => Math.round(n).toLocaleString('en-GB');
const zahl = (n: number): string => deNumber(Math.round(n));

type Region = NonNullable<ReturnType<typeof regionOf>>;

/**
 * What a run of this scenario would hold beyond RUN_LIMITS: units and days × units. (Inhabitants per Kreis or
 * Gemeinde and the number of events are bounded by the schema.)
 */
function sizeIssues(s: Scenario, region: Region): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const inline = typeof s.region !== 'string';
  const units = 1 + s.erstaufnahme.sites.length + region.kreise.length + region.gemeinden.length;
  if (units > RUN_LIMITS.units) {
    issues.push(
      scenarioIssue(inline ? 'region.gemeinden' : 'erstaufnahme.sites', {
        de: `der Lauf hätte ${zahl(units)} Einheiten (Land, Einrichtungen, Kreise, Gemeinden); zulässig sind höchstens ${zahl(RUN_LIMITS.units)}`,
        en: `the run would have ${count(units)} units (Land, sites, Kreise, Gemeinden); at most ${count(RUN_LIMITS.units)}`,
      }),
    );
  }
  const days = daysBetween(s.period.start, s.period.end) + 1;
  if (days * units > RUN_LIMITS.unitDays) {
    issues.push(
      scenarioIssue('period', {
        de: `${zahl(days)} Tage × ${zahl(units)} Einheiten sind mehr Tageswerte, als ein Lauf fassen kann (höchstens ${zahl(RUN_LIMITS.unitDays)}, für diese Region z. B. ${zahl(RUN_LIMITS.unitDays / units)} Tage)`,
        en: `${count(days)} days × ${count(units)} units are more daily values than a run can hold (at most ${count(RUN_LIMITS.unitDays)}, e.g. ${count(RUN_LIMITS.unitDays / units)} days for this region)`,
      }),
    );
  }
  return issues;
}

/** Expected persons from an arrival series on the days [from, to) of the run. */
function personsIn(series: ArrivalSeries, start: string, from: number, to: number): number {
  if (to <= from) return 0;
  if (series.kind === 'rate') return series.perDay * (to - from);
  if (series.kind === 'daily') return series.values.slice(from, to).reduce((a, b) => a + b, 0);
  const day0 = toEpochDay(start);
  let total = 0;
  for (const [month, persons] of Object.entries(series.values)) {
    const first = toEpochDay(`${month}-01`) - day0;
    const length = daysInMonth(month);
    const overlap = Math.min(to, first + length) - Math.max(from, first);
    if (overlap > 0) total += (persons * overlap) / length;
  }
  return total;
}

/**
 * Persons who would enter the run — arrivals over the period with the changes of the events, direct admissions and
 * the initial stock — against RUN_LIMITS.persons; the issue names the largest share.
 */
function personIssues(s: Scenario, region: Region, steps: readonly TimelineStep[]): ScenarioIssue[] {
  const days = daysBetween(s.period.start, s.period.end) + 1;
  const segments: { params: Parameters; from: number; to: number }[] = [];
  let params = parametersOf(s);
  let from = 0;
  for (const step of steps) {
    const at = Math.min(step.day, days);
    segments.push({ params, from, to: at });
    params = step.params;
    from = at;
  }
  segments.push({ params, from, to: days });
  const sum = (part: (p: Parameters, from: number, to: number) => number) => segments.reduce((a, g) => a + part(g.params, g.from, g.to), 0);
  const lag = sum((p, a, b) => personsIn(p.arrivals.series, s.period.start, a, b));
  const direct = sum((p, a, b) => (p.arrivals.direct ? personsIn(p.arrivals.direct.series, s.period.start, a, b) : 0));
  const inhabitants = region.kreise.reduce((a, k) => a + k.population, 0);
  const parts: { path: string; persons: number }[] = [
    { path: s.arrivals.series.kind === 'rate' ? 'arrivals.series.perDay' : 'arrivals.series.values', persons: lag },
    { path: s.arrivals.direct?.series.kind === 'rate' ? 'arrivals.direct.series.perDay' : 'arrivals.direct.series.values', persons: direct },
    { path: 'accommodation.initialPerThousand', persons: (s.accommodation.initialPerThousand * inhabitants) / 1000 },
    { path: 'accommodation.initialErstaufnahme', persons: s.accommodation.initialErstaufnahme },
  ];
  const total = parts.reduce((a, p) => a + p.persons, 0);
  if (!(total > RUN_LIMITS.persons)) return [];
  const largest = parts.reduce((a, p) => (p.persons > a.persons ? p : a));
  const shown = parts.filter((p) => p.persons >= 0.5);
  const detail = (n: (x: number) => string) => shown.map((p) => `${p.path} ${n(p.persons)}`).join(', ');
  return [
    scenarioIssue(largest.path, {
      de: `${zahl(total)} Personen kämen in den Lauf (${detail(zahl)}); ein Lauf fasst höchstens ${zahl(RUN_LIMITS.persons)}`,
      en: `${count(total)} persons would enter the run (${detail(count)}); a run holds at most ${count(RUN_LIMITS.persons)}`,
    }),
  ];
}

/**
 * Places the scenario opens, against the bound of one unit (MAX_PLACES per type, also after the events' capacity
 * changes) and RUN_LIMITS.places for all units together: the initial places of the Kreise and Gemeinden (explicit or
 * per 1,000 inhabitants, rounded as the run rounds them), the most each Erstaufnahme site has in its timeline, and
 * every place the events add. Together with what procurement can add they stay within the 32-bit counts of the run.
 */
function placeIssues(s: Scenario, region: Region): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const acc = s.accommodation;
  const reported = new Set<string>();
  const report = (path: string, text: Text) => {
    if (reported.has(path)) return;
    reported.add(path);
    issues.push(scenarioIssue(path, text));
  };
  /** Places by unit id and type, as they stand after the changes read so far. */
  const places = new Map<string, number[]>();
  const parts = { 'accommodation.units': 0, 'accommodation.kreisPerThousand': 0, 'accommodation.gemeindePerThousand': 0, 'erstaufnahme.sites': 0, events: 0 };
  const open = (id: string, level: 'kreis' | 'gemeinde', population: number) => {
    const explicit = Object.hasOwn(acc.units, id) ? acc.units[id] : undefined;
    const perThousand = level === 'kreis' ? acc.kreisPerThousand : acc.gemeindePerThousand;
    const field = level === 'kreis' ? 'accommodation.kreisPerThousand' : 'accommodation.gemeindePerThousand';
    const byType = ACCOMMODATION_TYPES.map((type) => {
      if (explicit) return explicit[type] ?? 0;
      const v = Math.round(((perThousand[type] ?? 0) * population) / 1000);
      if (v > MAX_PLACES) {
        report(`${field}.${type}`, {
          de: `${zahl(v)} Plätze für ${level === 'kreis' ? 'den Kreis' : 'die Gemeinde'} ${id} (${zahl(population)} Einwohner); zulässig sind höchstens ${zahl(MAX_PLACES)} je Einheit und Art`,
          en: `${count(v)} places for ${level === 'kreis' ? 'the Kreis' : 'the Gemeinde'} ${id} (${count(population)} inhabitants); at most ${count(MAX_PLACES)} per unit and type`,
        });
      }
      return v;
    });
    parts[explicit ? 'accommodation.units' : field] += byType.reduce((a, b) => a + b, 0);
    places.set(id, byType);
  };
  const kreisfrei = new Set(region.kreise.filter((k) => k.kind === 'kreisfreie-stadt').map((k) => k.ags));
  for (const k of region.kreise) open(k.ags, 'kreis', k.population);
  // The Gemeinden of a kreisfreie Stadt are no units of the run.
  for (const g of region.gemeinden) if (!kreisfrei.has(g.kreisAgs)) open(g.ags, 'gemeinde', g.population);
  for (const site of s.erstaufnahme.sites) {
    const most = site.capacity.reduce((a, p) => Math.max(a, p.places + p.notunterkunft), 0);
    parts['erstaufnahme.sites'] += most;
    places.set(site.id, ACCOMMODATION_TYPES.map(() => most));
  }
  for (const { e, i } of eventsByDate(s.events)) {
    e.capacity?.forEach((c, j) => {
      const t = ACCOMMODATION_TYPES.indexOf(c.type);
      const row = places.get(c.unit) ?? ACCOMMODATION_TYPES.map(() => 0);
      places.set(c.unit, row);
      row[t] = Math.max(0, (row[t] as number) + c.delta);
      if (c.delta > 0) parts.events += c.delta;
      if ((row[t] as number) > MAX_PLACES) {
        report(`events[${i}].capacity[${j}].delta`, {
          de: `${c.unit} hätte ${zahl(row[t] as number)} Plätze der Art ${c.type}; zulässig sind höchstens ${zahl(MAX_PLACES)} je Einheit und Art`,
          en: `${c.unit} would have ${count(row[t] as number)} places of type ${c.type}; at most ${count(MAX_PLACES)} per unit and type`,
        });
      }
    });
  }
  const total = Object.values(parts).reduce((a, b) => a + b, 0);
  if (total > RUN_LIMITS.places) {
    const [largest] = Object.entries(parts).reduce((a, b) => (b[1] > a[1] ? b : a));
    const detail = (n: (x: number) => string) =>
      Object.entries(parts)
        .filter(([, v]) => v > 0)
        .map(([path, v]) => `${path} ${n(v)}`)
        .join(', ');
    issues.push(
      scenarioIssue(largest, {
        de: `${zahl(total)} Plätze würden im Lauf geöffnet (${detail(zahl)}); ein Lauf fasst höchstens ${zahl(RUN_LIMITS.places)}`,
        en: `${count(total)} places would open in the run (${detail(count)}); a run holds at most ${count(RUN_LIMITS.places)}`,
      }),
    );
  }
  return issues;
}
