/** Entry point of `npm run sim`: parses the arguments; runs once (KPI table, --out) or hands compare, sweep and merge on. */
import { addDays } from '../engine/dates.ts';
import { setupScenario } from '../engine/compare/index.ts';
import type { RunResult } from '../engine/metrics/result.ts';
import { policyCatalogue, type PolicyCatalogue } from '../engine/policies/registry.ts';
import { runScenario } from '../engine/run.ts';
import { parseArgs, usage, type CliOptions, type Lang } from './args.ts';
import {
  checkOutDir,
  checkOutIsNotInput,
  checkPolicies,
  CliError,
  err,
  EXIT_OK,
  EXIT_RUNTIME,
  EXIT_USAGE,
  listText,
  resolveScenarioArg,
  runBudgetMs,
  runFailure,
  setupIssueText,
  singleSetup,
  writeOut,
} from './common.ts';
import { formatKpiTable, formatProgress, formatRunHeading } from './format.ts';
import { provenanceOf, type Provenance } from '../engine/metrics/provenance.ts';
import { resultCsvChunks, resultJsonChunks, writeResultParquet, writeText } from './output.ts';

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

async function writeResult(result: RunResult, out: NonNullable<CliOptions['out']>, provenance: Provenance): Promise<void> {
  await writeOut(out.path, async (path) => {
    if (out.format === 'json') await writeText(path, resultJsonChunks(result, provenance));
    else if (out.format === 'csv') await writeText(path, resultCsvChunks(result, provenance));
    else await writeResultParquet(path, result, provenance);
  });
}

/** One run: the scenario with the options' policies, procurement and parameters, its KPI table, and --out. */
async function runOnce(options: CliOptions, catalogue: PolicyCatalogue): Promise<number> {
  checkPolicies(options, catalogue);
  if (options.out) {
    await checkOutDir(options.out.path);
    await checkOutIsNotInput(options.scenario as string, options.out.path);
  }
  let scenario = await resolveScenarioArg(options.scenario as string, catalogue, options.lang);
  if (options.procurement !== undefined || options.params) {
    const prepared = setupScenario(scenario, singleSetup(options), catalogue);
    if (!prepared.ok) throw new CliError(prepared.issues.map((i) => setupIssueText(i, options.params ?? [], options.lang)).join('\n'), EXIT_USAGE, true);
    scenario = prepared.scenario;
  }

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
    throw runFailure(e, options.scenario as string, options.debug, options.lang);
  }
  progress.finish();

  process.stdout.write(`${formatRunHeading(result.meta, options.lang)}\n\n${formatKpiTable(result.kpis, options.lang)}\n`);

  if (options.out) {
    const extra = [
      ...(options.procurement !== undefined ? ['--procurement', options.procurement] : []),
      ...(options.params ?? []).flatMap((p) => ['--param', `${p.path}=${p.text}`]),
    ];
    await writeResult(result, options.out, provenanceOf(scenario, result.meta, options.scenario as string, extra));
    if (!options.quiet) err(`Ergebnis gespeichert: ${options.out.path} (${options.out.format.toUpperCase()})`);
  }
  return EXIT_OK;
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
  if (options.command === 'run') return runOnce(options, catalogue);
  // Loaded only when needed: a single run does not pay for the worker pool.
  const { runMany, mergeRuns } = await import('./compare.ts');
  return options.command === 'merge' ? mergeRuns(options) : runMany(options, catalogue);
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
