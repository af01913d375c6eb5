/** Entry point of `npm run sim`: resolves the scenario, checks policies, runs, prints the KPI table, writes --out. */
import { createWriteStream } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { addDays } from '../engine/dates.ts';
import { toCsvLines, toResultJson } from '../engine/metrics/export.ts';
import type { RunResult } from '../engine/metrics/result.ts';
import { policyCatalogue, type PolicyCatalogue } from '../engine/policies/registry.ts';
import { runScenario } from '../engine/run.ts';
import { BUILTIN_SCENARIOS, getBuiltinScenario } from '../engine/scenario/builtin/index.ts';
import { loadScenario } from '../engine/scenario/load.ts';
import { ScenarioError, type ScenarioIssue } from '../engine/scenario/resolve.ts';
import type { Scenario } from '../engine/scenario/schema.ts';
import { parseArgs, usage, type CliOptions, type Lang } from './args.ts';
import { batchLines, formatKnown, formatKpiTable, formatList, formatProgress, formatRunHeading, type NamedEntry } from './format.ts';

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

async function resolveScenarioArg(arg: string, catalogue: PolicyCatalogue): Promise<Scenario> {
  let input: unknown;
  let heading: string;
  if (/\.json$/i.test(arg)) {
    heading = `Ungültiges Szenario in „${arg}“`;
    try {
      input = await readFile(resolve(baseDir(), arg), 'utf8');
    } catch (e) {
      throw new CliError(`Szenariodatei „${arg}“ kann nicht gelesen werden: ${ioReason(e)}`, EXIT_USAGE);
    }
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

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) throw new CliError(parsed.errors.join('\n'), EXIT_USAGE, true);
  const options = parsed.options;
  const catalogue = policyCatalogue();
  if (options.help || options.list) {
    const parts = [...(options.help ? [usage()] : []), ...(options.list ? [listText(catalogue)] : [])];
    process.stdout.write(`${parts.join('\n\n')}\n`);
    return EXIT_OK;
  }

  checkPolicies(options, catalogue);
  if (options.out) await checkOutDir(options.out.path);
  const scenario = await resolveScenarioArg(options.scenario as string, catalogue);

  const progress = progressReporter(scenario.period.start, options.lang, options.quiet);
  let result: RunResult;
  try {
    result = runScenario(scenario, {
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(options.landPolicy !== undefined ? { landPolicy: options.landPolicy } : {}),
      ...(options.kreisPolicy !== undefined ? { kreisPolicy: options.kreisPolicy } : {}),
      strict: options.debug,
      onProgress: (done, total) => progress.onProgress(done, total),
    });
  } catch (e) {
    progress.finish();
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
    err(`Unerwarteter Fehler: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exitCode = EXIT_RUNTIME;
  },
);
