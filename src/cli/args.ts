/** Pure command-line parser of the simulator CLI: argv in, options or German error messages out (no process access). */
import { MAX_SCENARIO_BYTES, MAX_SEED } from '../engine/scenario/load.ts';

export type Lang = 'de' | 'en';
export type OutFormat = 'json' | 'csv' | 'parquet';
/** `run` simulates once; `compare` and `sweep` run setups many times on common seeds; `merge` joins single runs. */
export type Command = 'run' | 'compare' | 'sweep' | 'merge';
export const COMMANDS: readonly Command[] = ['run', 'compare', 'sweep', 'merge'];

/** A parameter value given with --param: one value, or (sweep) the values to step through. */
export interface ParamArg {
  readonly path: string;
  /** The text as given after `=`, for messages and commands that reproduce a run. */
  readonly text: string;
  readonly values: readonly unknown[];
  /** Given as a range `from:to:step` or a list `a,b,c`. */
  readonly varies: boolean;
}

export interface CliOptions {
  readonly command: Command;
  /** Path of a scenario file (ends in .json) or the id of a built-in scenario; null only with --help or --list, and for merge. */
  readonly scenario: string | null;
  /** For merge: the run files and directories to join. */
  readonly inputs?: readonly string[];
  readonly landPolicy?: string;
  readonly kreisPolicy?: string;
  readonly procurement?: string;
  /** compare: every combination of these lists runs (an absent list: the scenario's own policy). */
  readonly landPolicies?: readonly string[];
  readonly kreisPolicies?: readonly string[];
  readonly procurements?: readonly string[];
  readonly params?: readonly ParamArg[];
  /** run: the seed of the run; compare and sweep: the seed of the first replicate. */
  readonly seed?: number;
  readonly runs?: number;
  readonly workers?: number;
  readonly runIndex?: number;
  readonly out?: { readonly path: string; readonly format: OutFormat };
  readonly lang: Lang;
  readonly quiet: boolean;
  /** Strict run (an event the household chart refuses stops it) and stack traces on failure. */
  readonly debug: boolean;
  readonly help: boolean;
  readonly list: boolean;
}

export type ParseResult = { readonly ok: true; readonly options: CliOptions } | { readonly ok: false; readonly errors: readonly string[] };

// The seed range is the loader's, so that --seed and a scenario's `seed` accept the same numbers.
export { MAX_SEED };

interface OptionSpec {
  readonly name: string;
  readonly value?: string;
  readonly help: string;
  /** The commands that take the option. */
  readonly commands: readonly Command[];
  /** May be given more than once. */
  readonly repeatable?: boolean;
}

const ALL: readonly Command[] = COMMANDS;
const RUNS: readonly Command[] = ['run', 'compare', 'sweep'];
const MANY: readonly Command[] = ['compare', 'sweep'];

/** Every option, in the order of the help text. */
export const OPTIONS: readonly OptionSpec[] = [
  { name: '--land-policy', value: 'ID', help: 'Zuweisungspolitik Land → Kreise; ersetzt policies.land des Szenarios. compare: Liste A,B,…', commands: RUNS },
  { name: '--kreis-policy', value: 'ID', help: 'Zuweisungspolitik Kreis → Gemeinden; ersetzt policies.kreis des Szenarios. compare: Liste A,B,…', commands: RUNS },
  { name: '--procurement', value: 'ID', help: 'Beschaffungsstrategie; ersetzt procurement.strategy des Szenarios. compare: Liste A,B,…', commands: RUNS },
  {
    name: '--param',
    value: 'PFAD=WERT',
    help: 'Setzt einen Parameter zu Beginn (z. B. erstaufnahme.dwell.mean=45), mehrfach möglich. sweep: PFAD=VON:BIS:SCHRITT oder PFAD=A,B,C',
    commands: RUNS,
    repeatable: true,
  },
  { name: '--seed', value: 'N', help: `Startwert des Zufallsgenerators (ganze Zahl 0 … ${MAX_SEED}); ersetzt seed des Szenarios. compare/sweep: Seed des ersten Laufs.`, commands: RUNS },
  { name: '--runs', value: 'N', help: 'compare/sweep: Läufe je Variante (Standard 20).', commands: MANY },
  { name: '--workers', value: 'N', help: 'compare/sweep: parallele Threads (Standard: Zahl der Prozessorkerne).', commands: MANY },
  { name: '--run-index', value: 'I', help: 'compare/sweep: nur den Lauf I (0, 1, …) rechnen und als JSON ausgeben, für Batch-Systeme; zusammenführen mit merge.', commands: MANY },
  { name: '--out', value: 'DATEI', help: 'Schreibt das Ergebnis; die Endung wählt das Format: .json, .csv oder .parquet.', commands: ALL },
  { name: '--lang', value: 'de|en', help: 'Sprache der Kennzahlentabelle, der Fortschrittsanzeige und der Meldungen zu Szenario und Varianten (Standard: de).', commands: ALL },
  { name: '--quiet', help: 'Keine Fortschrittsanzeige und keine Statusmeldungen auf stderr.', commands: ALL },
  {
    name: '--debug',
    help: 'Prüft jeden Schritt gegen das Zustandsdiagramm der Haushalte (bricht bei einem nicht vorgesehenen Ereignis ab) und zeigt bei Fehlern den Stack.',
    commands: ALL,
  },
  { name: '--list', help: 'Zeigt die eingebauten Szenarien und die bekannten Politiken.', commands: ALL },
  { name: '--help', help: 'Zeigt diese Hilfe (auch -h).', commands: ALL },
];

const BY_NAME = new Map(OPTIONS.map((o) => [o.name, o]));

/** The usage text printed by --help. */
export function usage(): string {
  const width = Math.max(...OPTIONS.map((o) => `${o.name}${o.value ? ` ${o.value}` : ''}`.length));
  const lines = OPTIONS.map((o) => `  ${`${o.name}${o.value ? ` ${o.value}` : ''}`.padEnd(width)}  ${o.help}`);
  return [
    'Zuweisungslabor Hessen – Simulation auf der Kommandozeile',
    '',
    'Aufruf:',
    '  npm run sim -- <szenario.json | eingebautes Szenario> [Optionen]            ein Lauf',
    '  npm run sim -- compare <szenario> --land-policy A,B [--kreis-policy …] [--runs N]   Politiken vergleichen',
    '  npm run sim -- sweep <szenario> --param PFAD=VON:BIS:SCHRITT [--runs N]        einen Parameter variieren',
    '  npm run sim -- merge <lauf.json | verzeichnis> … [--out DATEI]                 Einzelläufe (--run-index) zusammenführen',
    '',
    'Szenario:',
    '  Ein Pfad, der auf .json endet, wird als Szenariodatei gelesen; alles andere ist die Kennung',
    '  eines eingebauten Szenarios (siehe --list), z. B. musterkreis oder herbst-2015. Eine Szenariodatei',
    `  ist eine gewöhnliche Datei von höchstens ${MAX_SCENARIO_BYTES / 1024 / 1024} MB (UTF-8, Byte-Order-Mark erlaubt).`,
    '',
    'Optionen:',
    ...lines,
    '',
    'Werte können mit Leerzeichen oder mit = folgen: --seed 7 oder --seed=7.',
    '',
    'Ausgabe:',
    '  Die Kennzahlen erscheinen als Tabelle auf stdout, der Fortschritt auf stderr.',
    '  compare und sweep zeigen je Kennzahl und Variante den Mittelwert, den Bereich, in dem 90 % der Läufe',
    '  liegen, und den Unterschied zur ersten Variante mit seinem 90-%-Konfidenzintervall (gepaart nach Seed).',
    '',
    'Rückgabewerte:',
    '  0  Erfolg',
    '  1  Fehler während der Simulation oder beim Schreiben der Ausgabe',
    '  2  ungültige Argumente, unbekanntes, unlesbares oder ungültiges Szenario, unbekannte Politik,',
    '     --out nennt die Szenariodatei',
    'Einen Stack zeigt ein Fehler nur mit --debug.',
    '',
    'Beispiele:',
    '  npm run sim -- musterkreis',
    '  npm run sim -- herbst-2015 --kreis-policy selbst --seed 7 --out ergebnis.csv',
    '  npm run sim -- compare herbst-2015 --kreis-policy einwohner,selbst --runs 50 --out vergleich.csv',
    '  npm run sim -- sweep herbst-2015 --param erstaufnahme.dwell.mean=30:90:15 --runs 20',
  ].join('\n');
}

/** Levenshtein distance, for "did you mean" hints. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] as number;
}

function suggestion(flag: string): string {
  let best = '';
  let bestD = Infinity;
  for (const o of OPTIONS) {
    const d = distance(flag, o.name);
    if (d < bestD) [best, bestD] = [o.name, d];
  }
  return bestD <= 2 ? ` – meinten Sie ${best}?` : '';
}

/** A parameter value as typed: a number, true/false/null or JSON (an object, a list, a quoted string), else the text itself. */
export function parseParamValue(text: string): unknown {
  const t = text.trim();
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return Number(t);
  if (/^(true|false|null)$/.test(t) || /^[[{"]/.test(t)) {
    try {
      return JSON.parse(t) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?`;
const RANGE = new RegExp(`^(${NUMBER}):(${NUMBER}):(${NUMBER})$`, 'i');
/** Most setups a sweep may have: beyond it a mistyped step (0.0001 instead of 1) would plan millions of runs. */
export const MAX_SWEEP_VALUES = 1000;

/** Parses `PATH=VALUE` (and in a sweep `PATH=FROM:TO:STEP` or `PATH=A,B,C`); the error names the argument. */
function parseParam(arg: string, sweep: boolean): ParamArg | string {
  const eq = arg.indexOf('=');
  const path = eq >= 0 ? arg.slice(0, eq).trim() : '';
  const text = eq >= 0 ? arg.slice(eq + 1) : '';
  if (eq < 0 || path === '' || text.trim() === '') return `--param: „${arg}“ hat nicht die Form PFAD=WERT (z. B. erstaufnahme.dwell.mean=45)`;
  if (!/^[\w-]+(\.[\w-]+)*$/.test(path)) return `--param: „${path}“ ist kein Parameterpfad (Schritte mit Punkt getrennt, z. B. erstaufnahme.dwell.mean)`;
  if (sweep) {
    const m = RANGE.exec(text.trim());
    if (m) {
      const [from, to, step] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (step === 0 || Math.sign(to - from) * Math.sign(step) < 0) {
        return `--param ${path}: Schritt ${m[3]} führt nicht von ${m[1]} nach ${m[2]}`;
      }
      const n = Math.floor((to - from) / step + 1e-9) + 1;
      if (n > MAX_SWEEP_VALUES) return `--param ${path}: ${n} Werte sind zu viele (höchstens ${MAX_SWEEP_VALUES})`;
      const values = Array.from({ length: n }, (_, i) => Number((from + i * step).toPrecision(12)));
      return { path, text, values, varies: true };
    }
    if (text.includes(',') && !/^[[{"]/.test(text.trim())) {
      const parts = text.split(',');
      if (parts.some((p) => p.trim() === '')) return `--param ${path}: leerer Wert in der Liste „${text}“`;
      if (parts.length > MAX_SWEEP_VALUES) return `--param ${path}: ${parts.length} Werte sind zu viele (höchstens ${MAX_SWEEP_VALUES})`;
      return { path, text, values: parts.map(parseParamValue), varies: true };
    }
  }
  return { path, text, values: [parseParamValue(text)], varies: false };
}

/** A whole number in [min, max] or an error naming the option. */
function wholeNumber(name: string, text: string | undefined, min: number, max: number, errors: string[]): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) {
    errors.push(`${name}: „${text}“ ist keine ganze Zahl ≥ ${min}`);
    return undefined;
  }
  const n = Number(text);
  if (n < min) errors.push(`${name}: „${text}“ ist zu klein (mindestens ${min})`);
  else if (n > max) errors.push(`${name}: „${text}“ ist zu groß (höchstens ${max})`);
  else return n;
  return undefined;
}

/** A comma list of ids; empty entries are errors. */
function idList(name: string, text: string | undefined, errors: string[]): string[] | undefined {
  if (text === undefined) return undefined;
  const ids = text.split(',').map((t) => t.trim());
  if (ids.some((id) => id === '')) {
    errors.push(`${name}: Wert fehlt${text === '' ? '' : ` in der Liste „${text}“`}`);
    return undefined;
  }
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) errors.push(`${name}: „${twice}“ steht zweimal in der Liste`);
  return ids;
}

/** Most runs a comparison may plan in one call. */
export const MAX_RUNS = 100_000;

/** Parses the arguments after the script name (process.argv.slice(2)). */
export function parseArgs(argv: readonly string[]): ParseResult {
  const errors: string[] = [];
  const positional: string[] = [];
  const values = new Map<string, string>();
  const repeated = new Map<string, string[]>();
  const flags = new Set<string>();
  let onlyPositional = false;
  const first = argv[0];
  const command: Command = first === 'compare' || first === 'sweep' || first === 'merge' ? first : 'run';
  const rest = command === 'run' ? argv : argv.slice(1);

  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (onlyPositional || arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositional = true;
      continue;
    }
    if (arg === '-h') {
      flags.add('--help');
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    const spec = BY_NAME.get(name);
    if (!spec) {
      errors.push(`${name}: unbekannte Option${suggestion(name)}`);
      continue;
    }
    if (!spec.commands.includes(command) && name !== '--help' && name !== '--list') {
      errors.push(`${name}: gilt nicht für ${command === 'run' ? 'einen einzelnen Lauf' : command} (nur für ${spec.commands.join(', ')})`);
      if (spec.value && inline === undefined) i++;
      continue;
    }
    if (!spec.value) {
      if (inline !== undefined) errors.push(`${name}: erwartet keinen Wert (gegeben: „${inline}“)`);
      else flags.add(name);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = rest[i + 1];
      if (next === undefined || next.startsWith('--')) {
        errors.push(`${name}: Wert fehlt`);
        continue;
      }
      value = next;
      i++;
    }
    if (spec.repeatable) {
      repeated.set(name, [...(repeated.get(name) ?? []), value]);
      continue;
    }
    if (values.has(name)) {
      errors.push(`${name}: mehrfach angegeben („${values.get(name)}“ und „${value}“)`);
      continue;
    }
    values.set(name, value);
  }

  const help = flags.has('--help');
  const list = flags.has('--list');

  let seed: number | undefined;
  const seedText = values.get('--seed');
  if (seedText !== undefined) {
    if (!/^\d+$/.test(seedText)) errors.push(`--seed: „${seedText}“ ist keine ganze Zahl ≥ 0`);
    else if (Number(seedText) > MAX_SEED) errors.push(`--seed: „${seedText}“ ist zu groß (höchstens ${MAX_SEED})`);
    else seed = Number(seedText);
  }
  const runs = wholeNumber('--runs', values.get('--runs'), 1, MAX_RUNS, errors);
  const workers = wholeNumber('--workers', values.get('--workers'), 1, 256, errors);
  const runIndex = wholeNumber('--run-index', values.get('--run-index'), 0, MAX_RUNS * MAX_SWEEP_VALUES, errors);

  let out: CliOptions['out'];
  const outPath = values.get('--out');
  if (outPath !== undefined) {
    const m = /\.(json|csv|parquet)$/i.exec(outPath);
    if (!m || outPath.length === m[0].length) errors.push(`--out: „${outPath}“ muss auf .json, .csv oder .parquet enden`);
    else if (runIndex !== undefined && m[1]!.toLowerCase() !== 'json') errors.push(`--out: ein Einzellauf (--run-index) wird als .json geschrieben, nicht „${outPath}“`);
    else out = { path: outPath, format: (m[1] as string).toLowerCase() as OutFormat };
  }

  let lang: Lang = 'de';
  const langText = values.get('--lang');
  if (langText !== undefined) {
    if (langText === 'de' || langText === 'en') lang = langText;
    else errors.push(`--lang: „${langText}“ ist keine unterstützte Sprache (de oder en)`);
  }

  const policyOptions = ['--land-policy', '--kreis-policy', '--procurement'] as const;
  const lists: Partial<Record<(typeof policyOptions)[number], string[]>> = {};
  for (const name of policyOptions) {
    const text = values.get(name);
    if (command === 'compare') {
      const ids = idList(name, text, errors);
      if (ids) lists[name] = ids;
    } else if (text === '') errors.push(`${name}: Wert fehlt`);
    else if (text !== undefined && text.includes(',')) errors.push(`${name}: „${text}“ – eine Liste vergleicht nur compare (npm run sim -- compare …)`);
  }

  const params: ParamArg[] = [];
  for (const text of repeated.get('--param') ?? []) {
    const p = parseParam(text, command === 'sweep');
    if (typeof p === 'string') errors.push(p);
    else if (params.some((q) => q.path === p.path)) errors.push(`--param: „${p.path}“ ist mehrfach angegeben`);
    else params.push(p);
  }
  if (command === 'sweep' && !help && !list) {
    const varying = params.filter((p) => p.varies);
    if (varying.length === 0 && !errors.some((e) => e.startsWith('--param'))) {
      errors.push('--param: sweep braucht einen Parameter mit Bereich oder Liste, z. B. --param erstaufnahme.dwell.mean=30:90:15');
    }
    if (varying.length > 1) errors.push(`--param: sweep variiert genau einen Parameter (gegeben: ${varying.map((p) => p.path).join(', ')})`);
  }

  if (command === 'merge') {
    if (positional.length === 0 && !help && !list) errors.push('merge: Einzellauf-Dateien (.json) oder Verzeichnisse angeben');
  } else {
    if (positional.length === 0 && !help && !list) {
      errors.push('Szenario fehlt: Pfad zu einer .json-Datei oder Kennung eines eingebauten Szenarios angeben');
    }
    if (positional.length > 1) {
      errors.push(`Mehr als ein Szenario angegeben (${positional.map((p) => `„${p}“`).join(', ')}); genau eines ist erlaubt`);
    }
    if (positional.length === 1 && positional[0] === '') errors.push('Szenario fehlt: leerer Name');
  }

  if (errors.length > 0) return { ok: false, errors };
  const single = (name: string) => (command === 'compare' ? undefined : values.get(name));
  const landPolicy = single('--land-policy');
  const kreisPolicy = single('--kreis-policy');
  const procurement = single('--procurement');
  const many = command === 'compare' || command === 'sweep';
  return {
    ok: true,
    options: {
      command,
      scenario: command === 'merge' ? null : (positional[0] ?? null),
      ...(command === 'merge' ? { inputs: positional } : {}),
      ...(landPolicy !== undefined ? { landPolicy } : {}),
      ...(kreisPolicy !== undefined ? { kreisPolicy } : {}),
      ...(procurement !== undefined ? { procurement } : {}),
      ...(lists['--land-policy'] ? { landPolicies: lists['--land-policy'] } : {}),
      ...(lists['--kreis-policy'] ? { kreisPolicies: lists['--kreis-policy'] } : {}),
      ...(lists['--procurement'] ? { procurements: lists['--procurement'] } : {}),
      ...(params.length > 0 ? { params } : {}),
      ...(seed !== undefined ? { seed } : {}),
      ...(many ? { runs: runs ?? 20 } : {}),
      ...(workers !== undefined ? { workers } : {}),
      ...(runIndex !== undefined ? { runIndex } : {}),
      ...(out !== undefined ? { out } : {}),
      lang,
      quiet: flags.has('--quiet'),
      debug: flags.has('--debug'),
      help,
      list,
    },
  };
}
