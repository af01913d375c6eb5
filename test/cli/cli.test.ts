// End-to-end tests of the CLI: spawns `node --import tsx src/cli/main.ts` and checks exit codes, stdout, stderr and output files.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, it, expect } from 'vitest';
import { musterkreis } from '../../src/engine/scenario/builtin/musterkreis.ts';
import type { ResultJson } from '../../src/engine/metrics/export.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'zl-cli-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 << 20, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

const T = 20_000;

describe.concurrent('sim CLI', () => {
  it(
    'runs musterkreis and writes the full result as JSON',
    async () => {
      const out = join(TMP, 'muster.json');
      const r = await cli('musterkreis', '--out', out);
      expect(r.stderr).not.toMatch(/Fehler/);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Kennzahl');
      expect(r.stdout).toContain('Zugänge in Musterland');
      expect(r.stdout).toMatch(/Personen/);
      // Non-TTY progress: a few lines, the last at 100 %.
      expect(r.stderr).toMatch(/Simulation 100 % · 31\.12\.2025/);
      const json = JSON.parse(readFileSync(out, 'utf8')) as ResultJson;
      expect(Object.keys(json)).toEqual(expect.arrayContaining(['meta', 'days', 'units', 'series', 'ledger', 'kpis', 'log']));
      expect(json.meta.scenarioId).toBe('musterkreis');
      expect(json.days[0]).toBe('2024-01-01');
      expect(json.days).toHaveLength(731);
      expect(json.units.length).toBeGreaterThan(20);
      expect(json.kpis.length).toBeGreaterThan(0);
      for (const u of json.units) {
        expect(json.series[u.id]?.present).toHaveLength(json.days.length);
        const l = json.ledger[u.id];
        expect(l, u.id).toBeDefined();
        expect(l!.arrived, u.id).toBe(l!.present + l!.passedOn + l!.exited);
      }
    },
    T,
  );

  it(
    'writes CSV with a header and one row per day and unit',
    async () => {
      const out = join(TMP, 'muster.csv');
      const r = await cli('musterkreis', '--out', out, '--quiet', '--seed', '7', '--lang', 'en');
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain('Arrivals in Musterland');
      expect(r.stdout).toContain('seed 7');
      const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
      expect(lines[0]).toBe(
        'date,unit,name,level,parent,present,capacity,notunterkunft,arrived,zuweisungen,passedOn,exits,statuswechsler,cost,pauschale,soll,ist,lage',
      );
      expect(lines.length).toBeGreaterThan(731 * 20);
      expect((lines.length - 1) % 731).toBe(0);
      expect(lines[1]).toMatch(/^2024-01-01,/);
      expect(lines.at(-1)).toMatch(/^2025-12-31,/);
    },
    T,
  );

  it(
    'rejects invalid scenario files with exit 2 and names the field',
    async () => {
      const badDate = join(TMP, 'datum.json');
      writeFileSync(badDate, JSON.stringify({ ...musterkreis, period: { start: '2015-13-01', end: '2016-12-31' } }));
      const a = await cli(badDate);
      expect(a.code).toBe(2);
      expect(a.stdout).toBe('');
      expect(a.stderr).toContain(`Ungültiges Szenario in „${badDate}“`);
      expect(a.stderr).toMatch(/^ {2}period\.start: /m);
      const badPolicy = join(TMP, 'politik.json');
      writeFileSync(badPolicy, JSON.stringify({ ...musterkreis, policies: { land: 'quote', kreis: 'gibtsnicht' } }));
      const b = await cli(badPolicy);
      expect(b.code).toBe(2);
      expect(b.stderr).toMatch(/^ {2}policies\.kreis: .*gibtsnicht/m);
    },
    T,
  );

  it(
    'reports an unreadable file and an unknown built-in id with exit 2',
    async () => {
      const missing = join(TMP, 'fehlt.json');
      const a = await cli(missing);
      expect(a.code).toBe(2);
      expect(a.stderr).toContain(`„${missing}“ kann nicht gelesen werden: Datei oder Verzeichnis nicht gefunden`);
      const b = await cli('gibtsnicht');
      expect(b.code).toBe(2);
      expect(b.stderr).toContain('Unbekanntes Szenario „gibtsnicht“');
      expect(b.stderr).toContain('musterkreis');
      expect(b.stderr).toContain('herbst-2015');
    },
    T,
  );

  it(
    'rejects an unknown policy before running and lists the known ids',
    async () => {
      const r = await cli('musterkreis', '--kreis-policy', 'zufall');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--kreis-policy: unbekannte Politik „zufall“');
      expect(r.stderr).toContain('einwohner');
      expect(r.stderr).not.toContain('Simulation');
    },
    T,
  );

  it(
    'exits 2 for an unknown flag, with a hint to --help',
    async () => {
      const r = await cli('musterkreis', '--schnell');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--schnell: unbekannte Option');
      expect(r.stderr).toContain('--help');
      expect(r.stdout).toBe('');
    },
    T,
  );

  it(
    'exits 2 for --seed -3',
    async () => {
      const r = await cli('musterkreis', '--seed', '-3');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--seed: „-3“ ist keine ganze Zahl ≥ 0');
    },
    T,
  );

  it(
    'prints help and the list with exit 0',
    async () => {
      const r = await cli('--help', '--list');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Aufruf:');
      expect(r.stdout).toMatch(/^ {2}musterkreis +Musterland mit drei Kreisen$/m);
      expect(r.stdout).toMatch(/^ {2}quote +/m);
    },
    T,
  );
});
