/** Pure command-line parser of the simulator CLI: argv in, options or German error messages out (no process access). */
import { MAX_SCENARIO_BYTES, MAX_SEED } from '../engine/scenario/load.ts';

export type Lang = 'de' | 'en';
export type OutFormat = 'json' | 'csv';

export interface CliOptions {
  /** Path of a scenario file (ends in .json) or the id of a built-in scenario; null only with --help or --list. */
  readonly scenario: string | null;
  readonly landPolicy?: string;
  readonly kreisPolicy?: string;
  readonly seed?: number;
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
}

/** Every option, in the order of the help text. */
export const OPTIONS: readonly OptionSpec[] = [
  { name: '--land-policy', value: 'ID', help: 'Zuweisungspolitik Land → Kreise; ersetzt policies.land des Szenarios.' },
  { name: '--kreis-policy', value: 'ID', help: 'Zuweisungspolitik Kreis → Gemeinden; ersetzt policies.kreis des Szenarios.' },
  { name: '--seed', value: 'N', help: `Startwert des Zufallsgenerators (ganze Zahl 0 … ${MAX_SEED}); ersetzt seed des Szenarios.` },
  { name: '--out', value: 'DATEI', help: 'Schreibt das vollständige Ergebnis; die Endung wählt das Format: .json oder .csv.' },
  { name: '--lang', value: 'de|en', help: 'Sprache der Kennzahlentabelle und der Fortschrittsanzeige (Standard: de).' },
  { name: '--quiet', help: 'Keine Fortschrittsanzeige und keine Statusmeldungen auf stderr.' },
  { name: '--debug', help: 'Prüft jeden Schritt gegen das Zustandsdiagramm der Haushalte (bricht bei einem nicht vorgesehenen Ereignis ab) und zeigt bei Fehlern den Stack.' },
  { name: '--list', help: 'Zeigt die eingebauten Szenarien und die bekannten Politiken.' },
  { name: '--help', help: 'Zeigt diese Hilfe (auch -h).' },
];

const VALUE_OPTIONS = new Set(OPTIONS.filter((o) => o.value).map((o) => o.name));
const FLAG_OPTIONS = new Set(OPTIONS.filter((o) => !o.value).map((o) => o.name));

/** The usage text printed by --help. */
export function usage(): string {
  const width = Math.max(...OPTIONS.map((o) => `${o.name}${o.value ? ` ${o.value}` : ''}`.length));
  const lines = OPTIONS.map((o) => `  ${`${o.name}${o.value ? ` ${o.value}` : ''}`.padEnd(width)}  ${o.help}`);
  return [
    'Zuweisungslabor Hessen – Simulation auf der Kommandozeile',
    '',
    'Aufruf:',
    '  npm run sim -- <szenario.json | eingebautes Szenario> [Optionen]',
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

/** Parses the arguments after the script name (process.argv.slice(2)). */
export function parseArgs(argv: readonly string[]): ParseResult {
  const errors: string[] = [];
  const positional: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  let onlyPositional = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
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
    if (FLAG_OPTIONS.has(name)) {
      if (inline !== undefined) errors.push(`${name}: erwartet keinen Wert (gegeben: „${inline}“)`);
      else flags.add(name);
      continue;
    }
    if (!VALUE_OPTIONS.has(name)) {
      errors.push(`${name}: unbekannte Option${suggestion(name)}`);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) {
        errors.push(`${name}: Wert fehlt`);
        continue;
      }
      value = next;
      i++;
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

  let out: CliOptions['out'];
  const outPath = values.get('--out');
  if (outPath !== undefined) {
    const m = /\.(json|csv)$/i.exec(outPath);
    if (!m || outPath.length === m[0].length) errors.push(`--out: „${outPath}“ muss auf .json oder .csv enden`);
    else out = { path: outPath, format: (m[1] as string).toLowerCase() as OutFormat };
  }

  let lang: Lang = 'de';
  const langText = values.get('--lang');
  if (langText !== undefined) {
    if (langText === 'de' || langText === 'en') lang = langText;
    else errors.push(`--lang: „${langText}“ ist keine unterstützte Sprache (de oder en)`);
  }

  for (const name of ['--land-policy', '--kreis-policy']) {
    if (values.get(name) === '') errors.push(`${name}: Wert fehlt`);
  }

  if (positional.length === 0 && !help && !list) {
    errors.push('Szenario fehlt: Pfad zu einer .json-Datei oder Kennung eines eingebauten Szenarios angeben');
  }
  if (positional.length > 1) {
    errors.push(`Mehr als ein Szenario angegeben (${positional.map((p) => `„${p}“`).join(', ')}); genau eines ist erlaubt`);
  }
  if (positional.length === 1 && positional[0] === '') errors.push('Szenario fehlt: leerer Name');

  if (errors.length > 0) return { ok: false, errors };
  const landPolicy = values.get('--land-policy');
  const kreisPolicy = values.get('--kreis-policy');
  return {
    ok: true,
    options: {
      scenario: positional[0] ?? null,
      ...(landPolicy !== undefined ? { landPolicy } : {}),
      ...(kreisPolicy !== undefined ? { kreisPolicy } : {}),
      ...(seed !== undefined ? { seed } : {}),
      ...(out !== undefined ? { out } : {}),
      lang,
      quiet: flags.has('--quiet'),
      debug: flags.has('--debug'),
      help,
      list,
    },
  };
}
