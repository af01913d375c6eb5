/** What every command of the CLI shares: exit codes, failures, the scenario argument, --out checks, the run budget. */
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { RUN_BUDGET_MS, RunBudgetExceeded } from '../engine/budget.ts';
import type { Setup, SetupIssue } from '../engine/compare/index.ts';
import type { PolicyCatalogue } from '../engine/policies/registry.ts';
import { BUILTIN_SCENARIOS, getBuiltinScenario } from '../engine/scenario/builtin/index.ts';
import { loadScenario, MAX_SCENARIO_BYTES } from '../engine/scenario/load.ts';
import { ScenarioError, type ScenarioIssue } from '../engine/scenario/resolve.ts';
import type { Scenario } from '../engine/scenario/schema.ts';
import type { CliOptions, Lang, ParamArg } from './args.ts';
import { formatKnown, formatList, formatNumber, type NamedEntry } from './format.ts';

export const EXIT_OK = 0;
export const EXIT_RUNTIME = 1;
export const EXIT_USAGE = 2;

/** A failure with its message and exit code; thrown inside main and reported once. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
    readonly hint = false,
  ) {
    super(message);
  }
}

export const err = (text: string): void => {
  process.stderr.write(`${text}\n`);
};

/**
 * Relative paths are meant relative to where the user typed the command; `npm run` changes to the
 * package root and keeps the original directory in INIT_CWD.
 */
export const baseDir = (): string =>
  process.env.npm_lifecycle_event === 'sim' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();

export const builtinEntries = (): NamedEntry[] =>
  Object.entries(BUILTIN_SCENARIOS).map(([id, s]) => ({ id, name: s.name.de }));

export const policyEntries = (o: PolicyCatalogue[keyof PolicyCatalogue]): NamedEntry[] =>
  [...o.values()].map((p) => ({ id: p.id, name: p.label.de }));

export function listText(catalogue: PolicyCatalogue): string {
  return formatList([
    { title: 'Eingebaute Szenarien', entries: builtinEntries() },
    { title: 'Land-Politiken (--land-policy)', entries: policyEntries(catalogue.land) },
    { title: 'Kreis-Politiken (--kreis-policy)', entries: policyEntries(catalogue.kreis) },
    { title: 'Beschaffungsstrategien (im Szenario: procurement.strategy)', entries: policyEntries(catalogue.procurement) },
  ]);
}

/** A scenario's problems under a heading, each in the language of --lang. */
export function issuesText(heading: string, issues: readonly ScenarioIssue[], lang: Lang): string {
  const n = issues.length;
  const where = lang === 'de' ? '(Szenario)' : '(scenario)';
  return [`${heading} (${n} ${n === 1 ? 'Problem' : 'Probleme'}):`, ...issues.map((i) => `  ${i.path || where}: ${i.text[lang]}`)].join('\n');
}

export function ioReason(e: unknown): string {
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

/** Every policy id of the options (single or compare lists) checked against the registry; the message names the option. */
export function checkPolicies(options: CliOptions, catalogue: PolicyCatalogue): void {
  const problems: string[] = [];
  const check = (name: string, ids: readonly (string | undefined)[], known: PolicyCatalogue[keyof PolicyCatalogue], what: string) => {
    for (const id of ids) {
      if (id !== undefined && !known.has(id)) problems.push(`${name}: unbekannte ${what} „${id}“; bekannt sind: ${formatKnown(policyEntries(known))}`);
    }
  };
  check('--land-policy', [options.landPolicy, ...(options.landPolicies ?? [])], catalogue.land, 'Politik');
  check('--kreis-policy', [options.kreisPolicy, ...(options.kreisPolicies ?? [])], catalogue.kreis, 'Politik');
  check('--procurement', [options.procurement, ...(options.procurements ?? [])], catalogue.procurement, 'Beschaffungsstrategie');
  if (problems.length > 0) throw new CliError(problems.join('\n'), EXIT_USAGE, true);
}

export const isScenarioFile = (arg: string): boolean => /\.json$/i.test(arg);

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

export async function resolveScenarioArg(arg: string, catalogue: PolicyCatalogue, lang: Lang): Promise<Scenario> {
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
  if (!loaded.ok) throw new CliError(issuesText(heading, loaded.issues, lang), EXIT_USAGE);
  return loaded.scenario;
}

export async function checkOutDir(path: string): Promise<void> {
  const dir = dirname(resolve(baseDir(), path));
  try {
    if (!(await stat(dir)).isDirectory()) throw new CliError(`--out: „${dirname(path)}“ ist kein Verzeichnis`, EXIT_USAGE, true);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`--out: Verzeichnis „${dirname(path)}“ ist nicht zugänglich: ${ioReason(e)}`, EXIT_USAGE, true);
  }
}

/** --out must not name the scenario file: the result would overwrite the scenario (also through another path to it). */
export async function checkOutIsNotInput(scenario: string, out: string): Promise<void> {
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

/** The environment variable that sets a run's time budget in seconds, for runs larger than the default allows. */
export const BUDGET_VARIABLE = 'SIM_TIME_BUDGET';

/** The run's time budget, milliseconds: RUN_BUDGET_MS, or the seconds of SIM_TIME_BUDGET. */
export function runBudgetMs(): number {
  const text = process.env[BUDGET_VARIABLE]?.trim();
  if (!text) return RUN_BUDGET_MS;
  if (!/^\d+(\.\d+)?$/.test(text)) throw new CliError(`${BUDGET_VARIABLE}: „${text}“ ist keine Zahl von Sekunden`, EXIT_USAGE);
  return Number(text) * 1000;
}


/** A setup issue of the engine as a CLI message naming the argument that caused it, in the language of --lang. */
export function setupIssueText(issue: SetupIssue, params: readonly ParamArg[], lang: Lang): string {
  const why = issue.text[lang];
  switch (issue.field) {
    case 'landPolicy':
      return `--land-policy: ${why}`;
    case 'kreisPolicy':
      return `--kreis-policy: ${why}`;
    case 'procurement':
      return `--procurement ${issue.value}: ${why}`;
    case 'runs':
      return `--runs: ${why}`;
    case 'baseSeed':
      return `--seed: ${why}`;
    default: {
      const arg = params.find((p) => p.path === issue.value);
      return `--param ${arg ? `${arg.path}=${arg.text}` : issue.value}: ${why}`;
    }
  }
}

/** The run's setup from single-run options: procurement and parameters (one value each). */
export function singleSetup(options: CliOptions): Setup {
  return {
    ...(options.landPolicy !== undefined ? { landPolicy: options.landPolicy } : {}),
    ...(options.kreisPolicy !== undefined ? { kreisPolicy: options.kreisPolicy } : {}),
    ...(options.procurement !== undefined ? { procurement: options.procurement } : {}),
    ...(options.params ? { params: options.params.map((p) => ({ path: p.path, value: p.values[0] })) } : {}),
  };
}

/** A run-time failure as a CLI error: over budget, a scenario the run refuses, anything else (stack only with --debug). */
export function runFailure(e: unknown, scenarioArg: string, debug: boolean, lang: Lang): CliError {
  if (e instanceof RunBudgetExceeded) {
    return new CliError(
      `Lauf abgebrochen: Er rechnete länger als sein Zeitbudget von ${formatNumber(e.maxMs / 1000, 'de', { max: 1 })} s ` +
        `(bei Tag ${formatNumber(e.done, 'de')} von ${formatNumber(e.total, 'de')}). ` +
        `Kürzen Sie den Zeitraum, verringern Sie die Zugänge oder setzen Sie ${BUDGET_VARIABLE} (Sekunden).`,
      EXIT_RUNTIME,
    );
  }
  if (e instanceof ScenarioError) return new CliError(issuesText(`Szenario „${scenarioArg}“ kann nicht simuliert werden`, e.issues, lang), EXIT_USAGE);
  const detail = e instanceof Error ? ((debug ? e.stack : undefined) ?? e.message) : String(e);
  return new CliError(`Fehler während der Simulation: ${detail}`, EXIT_RUNTIME);
}

/** Writes --out, turning any I/O failure into a CLI error naming the file. */
export async function writeOut(path: string, write: (absolute: string) => Promise<void>): Promise<void> {
  try {
    await write(resolve(baseDir(), path));
  } catch (e) {
    throw new CliError(`Ausgabedatei „${path}“ kann nicht geschrieben werden: ${ioReason(e)}`, EXIT_RUNTIME);
  }
}
