/** Entry point of `npm run sim`: resolves the scenario, checks policies, runs, prints the KPI table, writes --out. */
import { constants, createWriteStream } from 'node:fs';
import { open, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { RUN_BUDGET_MS, RunBudgetExceeded } from '../engine/budget.ts';
import { addDays } from '../engine/dates.ts';
import { toCsvLines, toResultJson } from '../engine/metrics/export.ts';
import type { RunResult } from '../engine/metrics/result.ts';
import { policyCatalogue, type PolicyCatalogue } from '../engine/policies/registry.ts';
import { runScenario } from '../engine/run.ts';
import { BUILTIN_SCENARIOS, getBuiltinScenario } from '../engine/scenario/builtin/index.ts';
import { loadScenario, MAX_SCENARIO_BYTES } from '../engine/scenario/load.ts';
import { ScenarioError, type ScenarioIssue } from '../engine/scenario/resolve.ts';
import type { Scenario } from '../engine/scenario/schema.ts';
import { parseArgs, usage, type CliOptions, type Lang } from './args.ts';
import { batchLines, formatKnown, formatKpiTable, formatList, formatNumber, formatProgress, formatRunHeading, type NamedEntry } from './format.ts';

const EXIT_OK = 0;
const EXIT_RUNTIME = 1;
const EXIT_USAGE = 2;

/** A failure with its message and exit code; thrown inside main and reported once. */
class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
    readonly hint = false,
  ) {
    super(message);
  }
}

const err = (text: string): void => {
  process.stderr.write(`${text}\n`);
};

/**
 * Relative paths are meant relative to where the user typed the command; `npm run` changes to the
 * package root and keeps the original directory in INIT_CWD.
 */
const baseDir = (): string =>
  process.env.npm_lifecycle_event === 'sim' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();

const builtinEntries = (): NamedEntry[] =>
  Object.entries(BUILTIN_SCENARIOS).map(([id, s]) => ({ id, name: s.name.de }));

const policyEntries = (o: PolicyCatalogue[keyof PolicyCatalogue]): NamedEntry[] =>
  [...o.values()].map((p) => ({ id: p.id, name: p.label.de }));

function listText(catalogue: PolicyCatalogue): string {
  return formatList([
    { title: 'Eingebaute Szenarien', entries: builtinEntries() },
    { title: 'Land-Politiken (--land-policy)', entries: policyEntries(catalogue.land) },
    { title: 'Kreis-Politiken (--kreis-policy)', entries: policyEntries(catalogue.kreis) },
    { title: 'Beschaffungsstrategien (im Szenario: procurement.strategy)', entries: policyEntries(catalogue.procurement) },
  ]);
}

function issuesText(heading: string, issues: readonly ScenarioIssue[]): string {
  const n = issues.length;
  return [`${heading} (${n} ${n === 1 ? 'Problem' : 'Probleme'}):`, ...issues.map((i) => `  ${i.path || '(Szenario)'}: ${i.message}`)].join(
    '\n',
  );
}

function ioReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'Datei oder Verzeichnis nicht gefunden';
    case 'EACCES':
    case 'EPERM':
      return 'keine Berechtigung';
    case 'EISDIR':
      return 'ist ein Verzeichnis';
    case 'ENOTDIR':
      return 'ein Teil des Pfads ist kein Verzeichnis';
    case 'ENOSPC':
      return 'kein Speicherplatz mehr frei';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

function checkPolicies(options: CliOptions, catalogue: PolicyCatalogue): void {
  const problems: string[] = [];
  if (options.landPolicy !== undefined && !catalogue.land.has(options.landPolicy)) {
    problems.push(`--land-policy: unbekannte Politik „${options.landPolicy}“; bekannt sind: ${formatKnown(policyEntries(catalogue.land))}`);
  }
  if (options.kreisPolicy !== undefined && !catalogue.kreis.has(options.kreisPolicy)) {
    problems.push(`--kreis-policy: unbekannte Politik „${options.kreisPolicy}“; bekannt sind: ${formatKnown(policyEntries(catalogue.kreis))}`);
  }
  if (problems.length > 0) throw new CliError(problems.join('\n'), EXIT_USAGE, true);
}

const isScenarioFile = (arg: string): boolean => /\.json$/i.test(arg);

const megabytes = (bytes: number): string => formatNumber(bytes / 1024 / 1024, 'de', { max: 1 });

/**
 * The text of a scenario file. Only a regular file of at most MAX_SCENARIO_BYTES is read: a FIFO or device named
 * `*.json` would block or never end, and the size is refused before anything is parsed.
 */
async function readScenarioFile(arg: string): Promise<string> {
  const fail = (reason: string) => new CliError(`Szenariodatei „${arg}“ kann nicht gelesen werden: ${reason}`, EXIT_USAGE);
  let file;
  try {
    // Opened without blocking: opening a FIFO for reading would otherwise wait for a writer.
    file = await open(resolve(baseDir(), arg), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw fail(ioReason(e));
  }
  try {
    const info = await file.stat();
    if (info.isDirectory()) throw fail('ist ein Verzeichnis');
    if (!info.isFile()) throw fail('keine gewöhnliche Datei (z. B. eine Pipe oder ein Gerät)');
    const tooBig = (bytes: number) => fail(`zu groß (${megabytes(bytes)} MB, höchstens ${megabytes(MAX_SCENARIO_BYTES)} MB)`);
    if (info.size > MAX_SCENARIO_BYTES) throw tooBig(info.size);
    const bytes = await file.readFile();
    if (bytes.length > MAX_SCENARIO_BYTES) throw tooBig(bytes.length);
    return bytes.toString('utf8');
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw fail(ioReason(e));
  } finally {
    await file.close();
  }
}

async function resolveScenarioArg(arg: string, catalogue: PolicyCatalogue): Promise<Scenario> {
  let input: unknown;
  let heading: string;
  if (isScenarioFile(arg)) {
    heading = `Ungültiges Szenario in „${arg}“`;
    input = await readScenarioFile(arg);
  } else {
    heading = `Ungültiges eingebautes Szenario „${arg}“`;
    input = getBuiltinScenario(arg);
    if (input === undefined) {
      throw new CliError(
        `Unbekanntes Szenario „${arg}“. Eingebaute Szenarien: ${formatKnown(builtinEntries())}.\n` +
          'Eine Szenariodatei muss auf .json enden.',
        EXIT_USAGE,
      );
    }
  }
  const loaded = loadScenario(input, catalogue);
  if (!loaded.ok) throw new CliError(issuesText(heading, loaded.issues), EXIT_USAGE);
  return loaded.scenario;
}

async function checkOutDir(path: string): Promise<void> {
  const dir = dirname(resolve(baseDir(), path));
  try {
    if (!(await stat(dir)).isDirectory()) throw new CliError(`--out: „${dirname(path)}“ ist kein Verzeichnis`, EXIT_USAGE, true);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`--out: Verzeichnis „${dirname(path)}“ ist nicht zugänglich: ${ioReason(e)}`, EXIT_USAGE, true);
  }
}

/** --out must not name the scenario file: the result would overwrite the scenario (also through another path to it). */
async function checkOutIsNotInput(scenario: string, out: string): Promise<void> {
  if (!isScenarioFile(scenario)) return;
  const a = resolve(baseDir(), scenario);
  const b = resolve(baseDir(), out);
  let same = a === b;
  if (!same) {
    const [sa, sb] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
    same = sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
  }
  if (same) throw new CliError(`--out: „${out}“ ist die Szenariodatei; das Ergebnis würde sie überschreiben`, EXIT_USAGE, true);
}

/** Progress on stderr: one updating line on a terminal, else a line about every 25 %. */
function progressReporter(start: string, lang: Lang, quiet: boolean) {
  const tty = process.stderr.isTTY === true;
  let lastQuarter = 0;
  let open = false;
  return {
    onProgress(done: number, total: number): void {
      if (quiet) return;
      const line = formatProgress(done, total, addDays(start, Math.max(0, done - 1)), lang);
      if (tty) {
        process.stderr.write(`\r${line}\x1b[K`);
        open = true;
        if (done >= total) this.finish();
        return;
      }
      const quarter = Math.floor((4 * done) / total);
      if (quarter > lastQuarter) {
        lastQuarter = quarter;
        err(line);
      }
    },
    /** Ends the updating line so that later output starts on a fresh line. */
    finish(): void {
      if (open) process.stderr.write('\n');
      open = false;
    },
  };
}

async function writeResult(result: RunResult, out: NonNullable<CliOptions['out']>): Promise<void> {
  const path = resolve(baseDir(), out.path);
  try {
    if (out.format === 'json') {
      await writeFile(path, `${JSON.stringify(toResultJson(result))}\n`, 'utf8');
    } else {
      await pipeline(Readable.from(batchLines(toCsvLines(result))), createWriteStream(path, { encoding: 'utf8' }));
    }
  } catch (e) {
    throw new CliError(`Ausgabedatei „${out.path}“ kann nicht geschrieben werden: ${ioReason(e)}`, EXIT_RUNTIME);
  }
}

/** The environment variable that sets a run's time budget in seconds, for runs larger than the default allows. */
const BUDGET_VARIABLE = 'SIM_TIME_BUDGET';

/** The run's time budget, milliseconds: RUN_BUDGET_MS, or the seconds of SIM_TIME_BUDGET. */
function runBudgetMs(): number {
  const text = process.env[BUDGET_VARIABLE]?.trim();
  if (!text) return RUN_BUDGET_MS;
  if (!/^\d+(\.\d+)?$/.test(text)) throw new CliError(`${BUDGET_VARIABLE}: „${text}“ ist keine Zahl von Sekunden`, EXIT_USAGE);
  return Number(text) * 1000;
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) throw new CliError(parsed.errors.join('\n'), EXIT_USAGE, true);
  const options = parsed.options;
  showStack = options.debug;
  const catalogue = policyCatalogue();
  if (options.help || options.list) {
    const parts = [...(options.help ? [usage()] : []), ...(options.list ? [listText(catalogue)] : [])];
    process.stdout.write(`${parts.join('\n\n')}\n`);
    return EXIT_OK;
  }

  checkPolicies(options, catalogue);
  if (options.out) {
    await checkOutDir(options.out.path);
    await checkOutIsNotInput(options.scenario as string, options.out.path);
  }
  const scenario = await resolveScenarioArg(options.scenario as string, catalogue);

  const budgetMs = runBudgetMs();
  const progress = progressReporter(scenario.period.start, options.lang, options.quiet);
  let result: RunResult;
  try {
    result = runScenario(scenario, {
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(options.landPolicy !== undefined ? { landPolicy: options.landPolicy } : {}),
      ...(options.kreisPolicy !== undefined ? { kreisPolicy: options.kreisPolicy } : {}),
      strict: options.debug,
      onProgress: (done, total) => progress.onProgress(done, total),
      budget: { maxMs: budgetMs, now: () => performance.now() },
    });
  } catch (e) {
    progress.finish();
    if (e instanceof RunBudgetExceeded) {
      throw new CliError(
        `Lauf abgebrochen: Er rechnete länger als sein Zeitbudget von ${formatNumber(e.maxMs / 1000, 'de', { max: 1 })} s ` +
          `(bei Tag ${formatNumber(e.done, 'de')} von ${formatNumber(e.total, 'de')}). ` +
          `Kürzen Sie den Zeitraum, verringern Sie die Zugänge oder setzen Sie ${BUDGET_VARIABLE} (Sekunden).`,
        EXIT_RUNTIME,
      );
    }
    if (e instanceof ScenarioError) throw new CliError(issuesText(`Szenario „${options.scenario}“ kann nicht simuliert werden`, e.issues), EXIT_USAGE);
    const detail = e instanceof Error ? ((options.debug ? e.stack : undefined) ?? e.message) : String(e);
    throw new CliError(`Fehler während der Simulation: ${detail}`, EXIT_RUNTIME);
  }
  progress.finish();

  process.stdout.write(`${formatRunHeading(result.meta, options.lang)}\n\n${formatKpiTable(result.kpis, options.lang)}\n`);

  if (options.out) {
    await writeResult(result, options.out);
    if (!options.quiet) err(`Ergebnis gespeichert: ${options.out.path} (${options.out.format.toUpperCase()})`);
  }
  return EXIT_OK;
}

/** Failures show their stack only with --debug; set as soon as the arguments are parsed. */
let showStack = false;

/** A failure nobody foresaw: a message and exit code 1, the stack only with --debug. */
function reportUnexpected(e: unknown): void {
  const detail = e instanceof Error ? ((showStack ? e.stack : undefined) ?? e.message) : String(e);
  err(`Unerwarteter Fehler: ${detail}`);
  process.exitCode = EXIT_RUNTIME;
}

// A reader that stops early (`… | head`) closes the pipe: the rest of the table goes nowhere, the run and --out go on.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') return;
  reportUnexpected(e);
  process.exit(EXIT_RUNTIME);
});
process.on('uncaughtException', (e) => {
  reportUnexpected(e);
  process.exit(EXIT_RUNTIME);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof CliError) {
      err(e.message);
      if (e.hint) err('Hilfe: npm run sim -- --help');
      process.exitCode = e.code;
      return;
    }
    reportUnexpected(e);
  },
);
