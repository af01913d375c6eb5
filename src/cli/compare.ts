/**
 * compare, sweep and merge: builds the setups from the arguments, runs them on a worker-thread pool (or one run with
 * --run-index), prints the KPI statistics and writes the comparison as JSON, CSV or Parquet.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SingleBar } from 'cli-progress';
import { fileWriter, ParquetWriter, schemaFromColumnData } from 'hyparquet-writer';
import { Piscina } from 'piscina';
import {
  executeRun,
  planComparison,
  replicateSeed,
  runInput,
  setupLabel,
  summarise,
  type ComparisonPlan,
  type KpiSummary,
  type RunOutcome,
  type Setup,
} from '../engine/compare/index.ts';
import type { PolicyCatalogue } from '../engine/policies/registry.ts';
import type { CliOptions, Lang } from './args.ts';
import {
  baseDir,
  checkOutDir,
  checkOutIsNotInput,
  checkPolicies,
  CliError,
  err,
  EXIT_OK,
  EXIT_RUNTIME,
  EXIT_USAGE,
  ioReason,
  resolveScenarioArg,
  runBudgetMs,
  runFailure,
  setupIssueText,
} from './common.ts';
import { formatComparisonHeading, formatComparisonTable } from './compareFormat.ts';
import { formatNumber } from './format.ts';
import { writeText } from './output.ts';

/** Format tags of the files this module writes and reads. */
export const RUN_FORMAT = 'zuweisungslabor-lauf/1';
export const COMPARISON_FORMAT = 'zuweisungslabor-vergleich/1';

/** A setup as recorded: what it sets, and the arguments of a single `sim` run that reproduces its runs (add --seed). */
export interface SetupRecord {
  readonly index: number;
  readonly label: string;
  readonly landPolicy?: string;
  readonly kreisPolicy?: string;
  readonly procurement?: string;
  readonly params?: readonly { readonly path: string; readonly value: unknown }[];
  readonly args: readonly string[];
}

/** Everything that defines a comparison's runs: enough to check that runs belong together and to reproduce any of them. */
export interface ComparisonMeta {
  readonly command: 'compare' | 'sweep';
  /** The scenario argument as given (a built-in id or a file path). */
  readonly scenarioArg: string;
  readonly scenarioId: string;
  readonly scenarioName: { readonly de: string; readonly en: string };
  readonly scenarioHash: string;
  readonly start: string;
  readonly engineVersion: string;
  readonly runs: number;
  readonly baseSeed: number;
  readonly setups: readonly SetupRecord[];
}

/** One run, self-describing (written by --run-index, read by merge). */
export interface RunRecord {
  readonly format: typeof RUN_FORMAT;
  readonly comparison: ComparisonMeta;
  readonly run: Omit<RunOutcome, 'kpis'>;
  /** The single `sim` run that gives the same KPI values. */
  readonly reproduce: string;
  readonly kpis: RunOutcome['kpis'];
}

const paramText = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** The arguments of a single run with a setup's policies and parameters (without --seed). */
function setupArgs(scenarioArg: string, s: Setup): string[] {
  return [
    scenarioArg,
    ...(s.landPolicy !== undefined ? ['--land-policy', s.landPolicy] : []),
    ...(s.kreisPolicy !== undefined ? ['--kreis-policy', s.kreisPolicy] : []),
    ...(s.procurement !== undefined ? ['--procurement', s.procurement] : []),
    ...(s.params ?? []).flatMap((p) => ['--param', `${p.path}=${paramText(p.value)}`]),
  ];
}

const shellWord = (w: string): string => (/^[\w./:=@,+-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);

/** The command line of a single run that reproduces a run of the comparison. */
export const reproduceCommand = (args: readonly string[], seed: number): string => `npm run sim -- ${[...args, '--seed', String(seed)].map(shellWord).join(' ')}`;

/** The setups the arguments ask for: compare every combination of the policy lists, sweep every value of the one varying parameter. */
export function setupsOf(options: CliOptions): Setup[] {
  const fixed = (options.params ?? []).filter((p) => !p.varies).map((p) => ({ path: p.path, value: p.values[0] }));
  const withParams = (s: Setup, extra: Setup['params'] = []): Setup => {
    const params = [...fixed, ...extra];
    return params.length > 0 ? { ...s, params } : s;
  };
  if (options.command === 'sweep') {
    const varying = (options.params ?? []).find((p) => p.varies)!;
    const base: Setup = {
      ...(options.landPolicy !== undefined ? { landPolicy: options.landPolicy } : {}),
      ...(options.kreisPolicy !== undefined ? { kreisPolicy: options.kreisPolicy } : {}),
      ...(options.procurement !== undefined ? { procurement: options.procurement } : {}),
    };
    return varying.values.map((value) => withParams(base, [{ path: varying.path, value }]));
  }
  const setups: Setup[] = [];
  for (const land of options.landPolicies ?? [undefined]) {
    for (const kreis of options.kreisPolicies ?? [undefined]) {
      for (const procurement of options.procurements ?? [undefined]) {
        setups.push(
          withParams({
            ...(land !== undefined ? { landPolicy: land } : {}),
            ...(kreis !== undefined ? { kreisPolicy: kreis } : {}),
            ...(procurement !== undefined ? { procurement } : {}),
          }),
        );
      }
    }
  }
  return setups;
}

function metaOf(options: CliOptions, plan: ComparisonPlan): ComparisonMeta {
  const scenarioArg = options.scenario as string;
  return {
    command: options.command as 'compare' | 'sweep',
    scenarioArg,
    scenarioId: plan.scenario.id,
    scenarioName: plan.scenario.name,
    scenarioHash: plan.scenarioHash,
    start: plan.scenario.period.start,
    engineVersion: plan.engineVersion,
    runs: plan.runs,
    baseSeed: plan.baseSeed,
    setups: plan.setups.map((s, index) => ({ index, label: setupLabel(s), ...s, args: setupArgs(scenarioArg, s) })),
  };
}

const seedsOf = (meta: ComparisonMeta): number[] => Array.from({ length: meta.runs }, (_, r) => replicateSeed(meta.baseSeed, r));

// ---- output --------------------------------------------------------------------------------------------------

/** The statistics of the summary as named values, in the order of the CSV and Parquet rows. */
function statistics(s: KpiSummary['setups'][number]): [string, number][] {
  const out: [string, number][] = [
    ['n', s.n],
    ['mean', s.mean],
    ['sd', s.sd],
    ['p05', s.range90?.low ?? NaN],
    ['p95', s.range90?.high ?? NaN],
    ['ciLow', s.ci90?.low ?? NaN],
    ['ciHigh', s.ci90?.high ?? NaN],
  ];
  if (s.diff) {
    out.push(['diffMean', s.diff.mean], ['diffCiLow', s.diff.ci90?.low ?? NaN], ['diffCiHigh', s.diff.ci90?.high ?? NaN], ['diffP05', s.diff.range90?.low ?? NaN], ['diffP95', s.diff.range90?.high ?? NaN]);
  }
  return out;
}

/** Columns of the comparison as a long table (CSV, Parquet): one row per run and KPI, then per setup, KPI and statistic. */
export const COMPARISON_COLUMNS = [
  'scenario',
  'scenarioHash',
  'engineVersion',
  'setup',
  'setupLabel',
  'landPolicy',
  'kreisPolicy',
  'procurement',
  'params',
  'replicate',
  'seed',
  'kpi',
  'unit',
  'statistic',
  'value',
] as const;
type Row = Record<(typeof COMPARISON_COLUMNS)[number], string | number | null>;

function* comparisonRows(meta: ComparisonMeta, kpis: readonly KpiSummary[], outcomes: readonly RunOutcome[]): Generator<Row> {
  const setupCells = meta.setups.map((s) => ({
    scenario: meta.scenarioArg,
    scenarioHash: meta.scenarioHash,
    engineVersion: meta.engineVersion,
    setup: s.index,
    setupLabel: s.label,
    landPolicy: s.landPolicy ?? null,
    kreisPolicy: s.kreisPolicy ?? null,
    procurement: s.procurement ?? null,
    params: s.params ? s.params.map((p) => `${p.path}=${paramText(p.value)}`).join(';') : null,
  }));
  for (const o of outcomes) {
    for (const k of o.kpis) yield { ...setupCells[o.setup]!, replicate: o.replicate, seed: o.seed, kpi: k.id, unit: k.unit.en, statistic: 'value', value: k.value };
  }
  for (const k of kpis) {
    for (let s = 0; s < k.setups.length; s++) {
      for (const [statistic, value] of statistics(k.setups[s]!)) {
        yield { ...setupCells[s]!, replicate: null, seed: null, kpi: k.id, unit: k.unit.en, statistic, value: Number.isFinite(value) ? value : null };
      }
    }
  }
}

const csvCell = (v: string | number | null): string => {
  if (v === null) return '';
  const s = String(v);
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

function* comparisonCsv(rows: Iterable<Row>): Generator<string> {
  yield `${COMPARISON_COLUMNS.join(',')}\n`;
  for (const r of rows) yield `${COMPARISON_COLUMNS.map((c) => csvCell(r[c])).join(',')}\n`;
}

/** The comparison JSON, streamed: meta with seeds, setups with their reproducing arguments, the summary, then each run. */
function* comparisonJson(meta: ComparisonMeta, kpis: readonly KpiSummary[], outcomes: readonly RunOutcome[]): Generator<string> {
  const { setups, ...rest } = meta;
  yield `{"format":${JSON.stringify(COMPARISON_FORMAT)},"meta":${JSON.stringify({ ...rest, seeds: seedsOf(meta) })},"setups":${JSON.stringify(setups)},"kpis":[`;
  for (let i = 0; i < kpis.length; i++) yield `${i > 0 ? ',' : ''}\n${JSON.stringify(kpis[i])}`;
  yield '],"runs":[';
  for (let i = 0; i < outcomes.length; i++) {
    const { kpis: values, ...run } = outcomes[i]!;
    yield `${i > 0 ? ',' : ''}\n${JSON.stringify({ ...run, values: Object.fromEntries(values.map((k) => [k.id, k.value])) })}`;
  }
  yield ']}\n';
}

/** Rows per Parquet row group. */
const PARQUET_GROUP = 50_000;

async function comparisonParquet(path: string, meta: ComparisonMeta, rows: Iterable<Row>): Promise<void> {
  const STRING = new Set(['scenario', 'scenarioHash', 'engineVersion', 'setupLabel', 'landPolicy', 'kreisPolicy', 'procurement', 'params', 'kpi', 'unit', 'statistic']);
  const columns = (batch: Row[]) =>
    COMPARISON_COLUMNS.map((name) => ({
      name,
      data: batch.map((r) => r[name]),
      type: STRING.has(name) ? ('STRING' as const) : name === 'value' ? ('DOUBLE' as const) : ('INT64' as const),
    })).map((c) => (c.type === 'INT64' ? { ...c, data: c.data.map((v) => (v === null ? null : BigInt(v as number))) } : c));
  let writer: ParquetWriter | undefined;
  let batch: Row[] = [];
  const flush = async () => {
    const columnData = columns(batch);
    writer ??= new ParquetWriter({
      writer: fileWriter(path),
      schema: schemaFromColumnData({ columnData }),
      kvMetadata: [{ key: 'zuweisungslabor.comparison', value: JSON.stringify({ ...meta, seeds: seedsOf(meta) }) }],
      createdBy: `zuweisungslabor-hessen engine ${meta.engineVersion}`,
    });
    await writer.write({ columnData, rowGroupSize: batch.length });
    batch = [];
  };
  for (const r of rows) {
    batch.push(r);
    if (batch.length >= PARQUET_GROUP) await flush();
  }
  if (batch.length > 0 || !writer) await flush();
  await writer!.finish();
}

async function writeComparison(options: CliOptions, meta: ComparisonMeta, kpis: readonly KpiSummary[], outcomes: readonly RunOutcome[]): Promise<void> {
  const out = options.out!;
  const path = resolve(baseDir(), out.path);
  try {
    if (out.format === 'json') await writeText(path, comparisonJson(meta, kpis, outcomes));
    else if (out.format === 'csv') await writeText(path, comparisonCsv(comparisonRows(meta, kpis, outcomes)));
    else await comparisonParquet(path, meta, comparisonRows(meta, kpis, outcomes));
  } catch (e) {
    throw new CliError(`Ausgabedatei „${out.path}“ kann nicht geschrieben werden: ${ioReason(e)}`, EXIT_RUNTIME);
  }
  if (!options.quiet) err(`Ergebnis gespeichert: ${out.path} (${out.format.toUpperCase()})`);
}

function printSummary(options: CliOptions, meta: ComparisonMeta, kpis: readonly KpiSummary[], missing = 0): void {
  const lang: Lang = options.lang;
  const heading = formatComparisonHeading(
    { ...meta, seeds: seedsOf(meta), labels: meta.setups.map((s) => s.label), missing },
    lang,
  );
  process.stdout.write(`${heading}\n\n${formatComparisonTable(kpis, meta.start, lang)}\n`);
}

// ---- running -----------------------------------------------------------------------------------------------

/**
 * Outcomes with the KPIs' label and unit objects shared between runs: each run arrives with its own copies, and a
 * study of many thousand runs would otherwise hold them all.
 */
function interner(): (o: RunOutcome) => RunOutcome {
  const seen = new Map<string, RunOutcome['kpis'][number]>();
  return (o) => ({
    ...o,
    kpis: o.kpis.map((k) => {
      let first = seen.get(k.id);
      if (!first) seen.set(k.id, (first = k));
      return { ...first, value: k.value };
    }),
  });
}

/** The worker module beside this one: TypeScript when run from source, the bundled file when run from dist-cli. */
const workerFile = (): string => {
  const here = import.meta.url;
  return fileURLToPath(new URL(here.endsWith('.ts') ? './worker.ts' : './worker.mjs', here));
};

/** A progress bar on stderr, only on a terminal and without --quiet. */
function progressBar(options: CliOptions, total: number) {
  if (options.quiet || process.stderr.isTTY !== true) return { tick: () => {}, stop: () => {} };
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: options.lang === 'de' ? 'Läufe {bar} {value}/{total} · {percentage} % · noch {eta_formatted}' : 'Runs {bar} {value}/{total} · {percentage} % · {eta_formatted} left',
      hideCursor: true,
      clearOnComplete: true,
    },
  );
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}

/** Runs all tasks of the plan on a pool of worker threads; outcomes in the order of the tasks. */
async function runOnPool(options: CliOptions, plan: ComparisonPlan, meta: ComparisonMeta): Promise<{ outcomes: RunOutcome[]; threads: number }> {
  const threads = Math.max(1, Math.min(options.workers ?? availableParallelism(), plan.tasks.length));
  const budgetMs = runBudgetMs();
  const pool = new Piscina({ filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
  const bar = progressBar(options, plan.tasks.length);
  const intern = interner();
  try {
    const outcomes = await Promise.all(
      plan.tasks.map(async (task) => {
        try {
          const outcome = (await pool.run({ input: runInput(plan, task), budgetMs, strict: options.debug })) as RunOutcome;
          bar.tick();
          return intern(outcome);
        } catch (e) {
          const setup = meta.setups[task.setup]!;
          const detail = e instanceof Error ? ((options.debug ? e.stack : undefined) ?? e.message) : String(e);
          throw new CliError(`Lauf ${task.index} (${setup.label}, Seed ${task.seed}) fehlgeschlagen: ${detail}\nEinzeln nachrechnen: ${reproduceCommand(setup.args, task.seed)}`, EXIT_RUNTIME);
        }
      }),
    );
    return { outcomes, threads };
  } finally {
    bar.stop();
    await pool.destroy();
  }
}

/** compare and sweep: all runs on the pool, or with --run-index the one run as a self-describing JSON record. */
export async function runMany(options: CliOptions, catalogue: PolicyCatalogue): Promise<number> {
  checkPolicies(options, catalogue);
  if (options.out) {
    await checkOutDir(options.out.path);
    await checkOutIsNotInput(options.scenario as string, options.out.path);
  }
  const scenario = await resolveScenarioArg(options.scenario as string, catalogue, options.lang);
  const planned = planComparison(scenario, setupsOf(options), { runs: options.runs ?? 20, ...(options.seed !== undefined ? { baseSeed: options.seed } : {}) });
  if (!planned.ok) {
    const messages = [...new Set(planned.issues.map((i) => setupIssueText(i, options.params ?? [], options.lang)))];
    throw new CliError(messages.join('\n'), EXIT_USAGE, true);
  }
  const plan = planned.plan;
  const meta = metaOf(options, plan);

  if (options.runIndex !== undefined) {
    const task = plan.tasks[options.runIndex];
    if (!task) {
      throw new CliError(`--run-index: ${options.runIndex} gibt es nicht; dieser ${options.command} hat ${plan.tasks.length} Läufe (0 … ${plan.tasks.length - 1})`, EXIT_USAGE, true);
    }
    let outcome: RunOutcome;
    try {
      outcome = executeRun(runInput(plan, task), { budget: { maxMs: runBudgetMs(), now: () => performance.now() }, strict: options.debug });
    } catch (e) {
      throw runFailure(e, options.scenario as string, options.debug, options.lang);
    }
    const { kpis, ...run } = outcome;
    const record: RunRecord = { format: RUN_FORMAT, comparison: meta, run, reproduce: reproduceCommand(meta.setups[task.setup]!.args, task.seed), kpis };
    const text = `${JSON.stringify(record)}\n`;
    if (options.out) {
      const out = options.out;
      try {
        await writeText(resolve(baseDir(), out.path), [text]);
      } catch (e) {
        throw new CliError(`Ausgabedatei „${out.path}“ kann nicht geschrieben werden: ${ioReason(e)}`, EXIT_RUNTIME);
      }
    } else process.stdout.write(text);
    return EXIT_OK;
  }

  const t0 = performance.now();
  const { outcomes, threads } = await runOnPool(options, plan, meta);
  const kpis = summarise(plan.setups.length, outcomes);
  if (!options.quiet) {
    const s = formatNumber((performance.now() - t0) / 1000, 'de', { max: 1 });
    err(`${plan.tasks.length} Läufe in ${s} s (${threads} ${threads === 1 ? 'Thread' : 'Threads'})`);
  }
  printSummary(options, meta, kpis);
  if (options.out) await writeComparison(options, meta, kpis, outcomes);
  return EXIT_OK;
}

// ---- merge -------------------------------------------------------------------------------------------------

/** The run files named: files as given, directories by their *.json entries (sorted). */
async function runFiles(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const path = resolve(baseDir(), input);
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      throw new CliError(`merge: „${input}“ kann nicht gelesen werden: ${ioReason(e)}`, EXIT_USAGE);
    }
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => n.toLowerCase().endsWith('.json')).sort();
      files.push(...names.map((n) => join(path, n)));
    } else files.push(path);
  }
  return files;
}

/** The part of a comparison's meta that all its runs share (the identity of the comparison). */
const identity = (m: ComparisonMeta): string =>
  JSON.stringify([m.command, m.scenarioHash, m.engineVersion, m.runs, m.baseSeed, m.setups.map((s) => [s.landPolicy, s.kreisPolicy, s.procurement, s.params])]);

/** merge: joins single-run records of one comparison, checks that they belong together, and summarises them. */
export async function mergeRuns(options: CliOptions): Promise<number> {
  if (options.out) await checkOutDir(options.out.path);
  const files = await runFiles(options.inputs ?? []);
  if (files.length === 0) throw new CliError('merge: keine .json-Dateien gefunden', EXIT_USAGE);
  let meta: ComparisonMeta | undefined;
  let first = '';
  const byIndex = new Map<number, RunOutcome>();
  const intern = interner();
  for (const file of files) {
    let record: RunRecord;
    try {
      record = JSON.parse(await readFile(file, 'utf8')) as RunRecord;
    } catch (e) {
      throw new CliError(`merge: „${file}“ ist kein lesbarer Einzellauf: ${e instanceof SyntaxError ? 'kein gültiges JSON' : ioReason(e)}`, EXIT_USAGE);
    }
    if (record?.format !== RUN_FORMAT) throw new CliError(`merge: „${file}“ ist kein Einzellauf (format ${JSON.stringify(record?.format)} statt „${RUN_FORMAT}“)`, EXIT_USAGE);
    if (!meta) {
      meta = record.comparison;
      first = file;
    } else if (identity(record.comparison) !== identity(meta)) {
      throw new CliError(`merge: „${file}“ gehört zu einem anderen Vergleich als „${first}“ (Szenario, Engine-Version, Varianten, Läufe oder Seed weichen ab)`, EXIT_USAGE);
    }
    const outcome: RunOutcome = { ...record.run, kpis: record.kpis };
    const seen = byIndex.get(outcome.index);
    if (seen && JSON.stringify(seen) !== JSON.stringify(outcome)) throw new CliError(`merge: Lauf ${outcome.index} kommt mit verschiedenen Werten vor (zuletzt in „${file}“)`, EXIT_USAGE);
    if (!seen) byIndex.set(outcome.index, intern(outcome));
  }
  const m = meta as ComparisonMeta;
  const outcomes = [...byIndex.values()].sort((a, b) => a.index - b.index);
  const planned = m.runs * m.setups.length;
  const missing = planned - outcomes.length;
  if (missing > 0 && !options.quiet) err(`merge: ${outcomes.length} von ${planned} Läufen; es fehlen ${missing}.`);
  const kpis = summarise(m.setups.length, outcomes);
  printSummary(options, m, kpis, missing);
  if (options.out) await writeComparison(options, m, kpis, outcomes);
  return EXIT_OK;
}
