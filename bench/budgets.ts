/** The benchmark's figures file (bench/results.json) and its budgets (bench/budgets.json): formats, reading, the check. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const RESULTS_PATH = fileURLToPath(new URL('results.json', import.meta.url));
export const BUDGETS_PATH = fileURLToPath(new URL('budgets.json', import.meta.url));

const Budget = z
  .object({
    label: z.string(),
    unit: z.string(),
    max: z.number().optional(),
    min: z.number().optional(),
    /** Overrides the file's margin for this figure. */
    margin: z.number().min(0).optional(),
  })
  .refine((b) => (b.max === undefined) !== (b.min === undefined), { message: 'give either "max" or "min"' });
export type Budget = z.infer<typeof Budget>;

export const Budgets = z.object({
  /** How far a figure may miss its target, as a share of the target (0.1: 10 %), before the check fails. */
  margin: z.number().min(0),
  /** Keyed "section.figure", e.g. "engine.medianRunMs". */
  figures: z.record(z.string().regex(/^\w+\.\w+$/, 'a key is "section.figure"'), Budget),
});
export type Budgets = z.infer<typeof Budgets>;

const Section = z.object({
  measuredAt: z.string(),
  machine: z.string(),
  figures: z.record(z.string(), z.number()),
});
export type Section = z.infer<typeof Section>;

export const Results = z.record(z.string(), Section);
export type Results = z.infer<typeof Results>;

/** A JSON file checked against a schema; a problem is one sentence naming the file and the field. */
export function readJson<T>(path: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: ${(err as Error).message}`, { cause: err });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new Error(`${path}: ${issues.join('; ')}`);
  }
  return parsed.data;
}

export function readBudgets(path = BUDGETS_PATH): Budgets {
  return readJson(path, Budgets);
}

/** The target of a figure, for the benchmarks' own report lines. */
export function target(budgets: Budgets, key: string): number {
  const b = budgets.figures[key];
  const t = b?.max ?? b?.min;
  if (t === undefined) throw new Error(`${BUDGETS_PATH}: no budget "${key}"`);
  return t;
}

/** Replaces one section of the results file (the engine and the browser benchmark each write their own). */
export function writeSection(name: string, figures: Record<string, number>, path = RESULTS_PATH): void {
  const results: Results = existsSync(path) ? readJson(path, Results) : {};
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
  results[name] = { measuredAt: new Date().toISOString(), machine, figures };
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}

export interface Check {
  readonly key: string;
  readonly budget: Budget;
  /** Undefined when the results file lacks the figure. */
  readonly value: number | undefined;
  /** The value beyond which the check fails: the target widened by the margin. */
  readonly limit: number;
  readonly status: 'ok' | 'within margin' | 'failed' | 'missing';
}

/** Each budgeted figure against its target: met, missed within the margin, missed beyond it, or not measured. */
export function checkBudgets(results: Results, budgets: Budgets): Check[] {
  return Object.entries(budgets.figures).map(([key, budget]) => {
    const [section, figure] = key.split('.') as [string, string];
    const value = results[section]?.figures[figure];
    const margin = budget.margin ?? budgets.margin;
    const upper = budget.max !== undefined;
    const goal = (upper ? budget.max : budget.min)!;
    const limit = upper ? goal * (1 + margin) : goal * (1 - margin);
    const beyond = (v: number, bound: number) => (upper ? v > bound : v < bound);
    const status = value === undefined || !Number.isFinite(value) ? 'missing' : beyond(value, limit) ? 'failed' : beyond(value, goal) ? 'within margin' : 'ok';
    return { key, budget, value, limit, status };
  });
}

const num = (v: number) => v.toLocaleString('en-GB', { maximumFractionDigits: 1 });

/** One line per figure, for people: what was measured, the target, and the verdict. */
export function describeCheck(c: Check): string {
  const { budget: b } = c;
  const goal = b.max !== undefined ? `≤ ${num(b.max)} ${b.unit}` : `≥ ${num(b.min!)} ${b.unit}`;
  const head = `${b.label} (${c.key})`;
  switch (c.status) {
    case 'missing':
      return `MISSING  ${head}: no figure in the results; run \`npm run bench\` first`;
    case 'ok':
      return `ok       ${head}: ${num(c.value!)} ${b.unit}, target ${goal}`;
    case 'within margin':
      return `warning  ${head}: ${num(c.value!)} ${b.unit} misses the target ${goal}, but within the margin (fails beyond ${num(c.limit)} ${b.unit})`;
    case 'failed':
      return `FAILED   ${head}: ${num(c.value!)} ${b.unit} misses the target ${goal} by more than the margin (limit ${num(c.limit)} ${b.unit})`;
  }
}
