// Tests of the pure CLI argument parser: accepted forms and every German error message.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { MAX_SEED, OPTIONS, parseArgs, usage, type CliOptions, type ParseResult } from '../../src/cli/args.ts';
import { MAX_SCENARIO_BYTES, MAX_SCENARIO_DEPTH, RUN_LIMITS } from '../../src/engine/scenario/load.ts';

const ok = (argv: string[]): CliOptions => {
  const r = parseArgs(argv);
  if (!r.ok) throw new Error(`expected success, got: ${r.errors.join(' | ')}`);
  return r.options;
};
const errors = (argv: string[]): readonly string[] => {
  const r: ParseResult = parseArgs(argv);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
};

describe('parseArgs: happy paths', () => {
  it('takes a built-in id with defaults', () => {
    expect(ok(['musterkreis'])).toEqual({ command: 'run', scenario: 'musterkreis', lang: 'de', quiet: false, debug: false, help: false, list: false });
  });

  it('takes every option with a separate value', () => {
    const o = ok(['s.json', '--land-policy', 'quote', '--kreis-policy', 'selbst', '--seed', '42', '--out', 'r.csv', '--lang', 'en', '--quiet']);
    expect(o).toEqual({
      command: 'run',
      scenario: 's.json',
      landPolicy: 'quote',
      kreisPolicy: 'selbst',
      seed: 42,
      out: { path: 'r.csv', format: 'csv' },
      lang: 'en',
      quiet: true,
      debug: false,
      help: false,
      list: false,
    });
  });

  it('--debug asks for a strict run with stack traces', () => {
    expect(ok(['musterkreis', '--debug']).debug).toBe(true);
    expect(ok(['musterkreis']).debug).toBe(false);
  });

  it('takes values after = and options before the scenario', () => {
    const o = ok(['--seed=0', '--out=erg/ergebnis.JSON', 'herbst-2015']);
    expect(o.seed).toBe(0);
    expect(o.out).toEqual({ path: 'erg/ergebnis.JSON', format: 'json' });
    expect(o.scenario).toBe('herbst-2015');
  });

  it('accepts the largest seed the engine distinguishes', () => {
    expect(ok(['m', '--seed', String(MAX_SEED)]).seed).toBe(MAX_SEED);
  });

  it('needs no scenario with --help, -h or --list', () => {
    expect(ok(['--help'])).toMatchObject({ scenario: null, help: true });
    expect(ok(['-h'])).toMatchObject({ scenario: null, help: true });
    expect(ok(['--list'])).toMatchObject({ scenario: null, list: true });
  });

  it('treats everything after -- as the scenario', () => {
    expect(ok(['--', '--odd-name.json']).scenario).toBe('--odd-name.json');
  });
});

describe('parseArgs: errors', () => {
  it('reports a missing scenario', () => {
    expect(errors([])).toEqual([
      'Szenario fehlt: Pfad zu einer .json-Datei oder Kennung eines eingebauten Szenarios angeben',
    ]);
    expect(errors(['--seed', '3'])[0]).toMatch(/^Szenario fehlt/);
  });

  it('reports more than one scenario', () => {
    expect(errors(['a.json', 'b'])).toEqual(['Mehr als ein Szenario angegeben („a.json“, „b“); genau eines ist erlaubt']);
  });

  it('reports an unknown flag, with a hint when one is close', () => {
    expect(errors(['m', '--sed', '3'])).toContain('--sed: unbekannte Option – meinten Sie --seed?');
    expect(errors(['m', '--verbose'])).toEqual(['--verbose: unbekannte Option']);
    expect(errors(['m', '-x'])).toEqual(['-x: unbekannte Option']);
  });

  it('reports a missing value at the end or before another option', () => {
    expect(errors(['m', '--seed'])).toEqual(['--seed: Wert fehlt']);
    expect(errors(['m', '--out', '--quiet'])).toEqual(['--out: Wert fehlt']);
    expect(errors(['m', '--land-policy='])).toEqual(['--land-policy: Wert fehlt']);
  });

  it('reports a seed that is not a whole number ≥ 0', () => {
    expect(errors(['m', '--seed', 'abc'])).toEqual(['--seed: „abc“ ist keine ganze Zahl ≥ 0']);
    expect(errors(['m', '--seed', '-3'])).toEqual(['--seed: „-3“ ist keine ganze Zahl ≥ 0']);
    expect(errors(['m', '--seed', '1.5'])).toEqual(['--seed: „1.5“ ist keine ganze Zahl ≥ 0']);
    expect(errors(['m', '--seed', String(MAX_SEED + 1)])).toEqual([`--seed: „${MAX_SEED + 1}“ ist zu groß (höchstens ${MAX_SEED})`]);
  });

  it('reports an --out file without .json, .csv or .parquet', () => {
    expect(errors(['m', '--out', 'x.txt'])).toEqual(['--out: „x.txt“ muss auf .json, .csv oder .parquet enden']);
    expect(errors(['m', '--out', '.csv'])).toEqual(['--out: „.csv“ muss auf .json, .csv oder .parquet enden']);
  });

  it('reports an unsupported language', () => {
    expect(errors(['m', '--lang', 'fr'])).toEqual(['--lang: „fr“ ist keine unterstützte Sprache (de oder en)']);
  });

  it('reports an option given twice', () => {
    expect(errors(['m', '--seed', '1', '--seed=2'])).toEqual(['--seed: mehrfach angegeben („1“ und „2“)']);
  });

  it('reports a value given to a switch', () => {
    expect(errors(['m', '--quiet=ja'])).toEqual(['--quiet: erwartet keinen Wert (gegeben: „ja“)']);
  });

  it('collects all errors at once', () => {
    expect(errors(['--seed', 'x', '--lang', 'fr', '--bogus'])).toHaveLength(4);
  });
});

describe('usage', () => {
  it('is German and explains every option', () => {
    const text = usage();
    expect(text).toContain('Aufruf:');
    expect(text).toContain('npm run sim -- <szenario.json | eingebautes Szenario>');
    for (const o of OPTIONS) expect(text).toContain(o.name);
    expect(text).toContain('Rückgabewerte:');
  });
});

describe('the documented limits', () => {
  it('are the loader\'s: file size, nesting, seed range and the limits of a run in usage and docs/cli.md', () => {
    const doc = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
    const mb = `${MAX_SCENARIO_BYTES / 1024 / 1024} MB`;
    expect(usage()).toContain(`höchstens ${mb}`);
    expect(doc).toContain(`höchstens ${mb}`);
    expect(doc).toContain(`von 0 bis ${MAX_SEED}`);
    expect(doc).toContain(`höchstens ${MAX_SCENARIO_DEPTH} Ebenen`);
    for (const [name, value] of Object.entries(RUN_LIMITS)) expect(doc, name).toContain(`höchstens ${value.toLocaleString('de-DE')} `);
  });
});
