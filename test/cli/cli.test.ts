// End-to-end tests of the CLI: spawns `node src/cli/sim.mjs` (as `npm run sim` does) and checks exit codes, stdout, stderr and output files.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { linkSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { ensureBundle } from '../../src/cli/bundle.mjs';
import { musterkreis } from '../../src/engine/scenario/builtin/musterkreis.ts';
import type { ResultJson } from '../../src/engine/metrics/export.ts';
import { MAX_SCENARIO_BYTES, MAX_SEED } from '../../src/engine/scenario/load.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'zl-cli-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
// Built once here, so that the tests below do not race to rebuild it.
beforeAll(() => ensureBundle(), 120_000);

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['src/cli/sim.mjs', ...args],
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
      const [provenance, ...lines] = readFileSync(out, 'utf8').trimEnd().split('\n');
      // A comment line names the run and how to compute it again.
      expect(provenance).toMatch(/^# zuweisungslabor-hessen engine=.*; scenario=musterkreis; scenarioHash=fnv1a64:[0-9a-f]{16}; seed=7; .*reproduce: npm run sim -- musterkreis --seed 7 /);
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

  /** A file in the temporary directory holding the text. */
  const file = (name: string, text: string): string => {
    const path = join(TMP, name);
    writeFileSync(path, text);
    return path;
  };
  const scenarioFile = (name: string, over: Record<string, unknown>) => file(name, JSON.stringify({ ...musterkreis, ...over }));
  /** A failure the user caused: the exit code, a message, and never a stack trace. */
  const refused = (r: Run, code = 2) => {
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).not.toContain('Unerwarteter Fehler');
  };

  it(
    'treats names every object inherits as unknown policies and scenarios, with exit 2',
    async () => {
      const a = await cli('musterkreis', '--land-policy', 'toString');
      refused(a);
      expect(a.stderr).toContain('--land-policy: unbekannte Politik „toString“');
      const b = await cli(scenarioFile('erbe.json', { policies: { land: 'quote', kreis: '__proto__' }, procurement: { strategy: 'constructor' } }));
      refused(b);
      expect(b.stderr).toMatch(/^ {2}policies\.kreis: unbekannte Zuweisungspolitik der Kreise „__proto__“/m);
      expect(b.stderr).toMatch(/^ {2}procurement\.strategy: unbekannte Beschaffungsstrategie „constructor“/m);
      const c = await cli('toString');
      refused(c);
      expect(c.stderr).toContain('Unbekanntes Szenario „toString“');
    },
    T,
  );

  it(
    'refuses a run too big for memory before it starts, naming the field',
    async () => {
      const a = await cli(scenarioFile('flut.json', { arrivals: { ...musterkreis.arrivals, series: { kind: 'rate', perDay: 50_000 } } }));
      refused(a);
      expect(a.stderr).toMatch(/^ {2}arrivals\.series\.perDay: .*Personen kämen in den Lauf/m);
      expect(a.stderr).not.toContain('Simulation');
      const region = structuredClone(musterkreis.region) as { kreise: { population: number }[] };
      region.kreise[1]!.population = 1e15;
      const b = await cli(scenarioFile('einwohner.json', { region }));
      refused(b);
      expect(b.stderr).toMatch(/^ {2}region\.kreise\[1\]\.population: /m);
    },
    T,
  );

  it(
    'refuses a scenario nested thousands of levels deep with exit 2',
    async () => {
      const r = await cli(file('tief.json', `${'['.repeat(5000)}${']'.repeat(5000)}`));
      refused(r);
      expect(r.stderr).toMatch(/mehr als \d+ Ebenen tief verschachtelt/);
    },
    T,
  );

  it(
    'reads a file that starts with a UTF-8 byte order mark',
    async () => {
      const r = await cli(file('bom.json', `\uFEFF${JSON.stringify(musterkreis)}`), '--quiet');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Musterland');
    },
    T,
  );

  it(
    'takes the seed range of --seed for a scenario seed too',
    async () => {
      const [de, en] = await Promise.all([cli(scenarioFile('seed.json', { seed: MAX_SEED + 1 })), cli(scenarioFile('seed-en.json', { seed: MAX_SEED + 1 }), '--lang', 'en')]);
      refused(de);
      refused(en);
      expect(de.stderr).toMatch(new RegExp(`^ {2}seed: darf höchstens ${MAX_SEED} sein`, 'm'));
      expect(en.stderr).toMatch(new RegExp(`^ {2}seed: must be at most ${MAX_SEED}`, 'm'));
    },
    T,
  );

  it(
    'refuses --out naming the scenario file, also by another path, and leaves the file as it was',
    async () => {
      const text = JSON.stringify(musterkreis);
      const input = file('selbst.json', text);
      const a = await cli(input, '--out', `${TMP}/./selbst.json`);
      refused(a);
      expect(a.stderr).toContain('ist die Szenariodatei');
      const link = join(TMP, 'verweis.json');
      linkSync(input, link);
      const b = await cli(input, '--out', link);
      refused(b);
      expect(readFileSync(input, 'utf8')).toBe(text);
    },
    T,
  );

  it.skipIf(process.platform === 'win32')(
    'refuses a FIFO named *.json at once instead of waiting for a writer',
    async () => {
      const fifo = join(TMP, 'pipe.json');
      execFileSync('mkfifo', [fifo]);
      const r = await cli(fifo);
      refused(r);
      expect(r.stderr).toContain(`„${fifo}“ kann nicht gelesen werden: keine gewöhnliche Datei`);
    },
    T,
  );

  it(
    'refuses a file above the size limit before parsing it',
    async () => {
      // Not JSON at all: a parser would report a syntax error, the size check comes first.
      const big = file('gross.json', 'x'.repeat(MAX_SCENARIO_BYTES + 1));
      const r = await cli(big);
      refused(r);
      expect(r.stderr).toMatch(/kann nicht gelesen werden: zu groß \(20 MB, höchstens 20 MB\)/);
      expect(r.stderr).not.toContain('JSON');
    },
    T,
  );

  it(
    'ends quietly when the reader of stdout stops early',
    async () => {
      const r = await new Promise<{ code: number | null; stderr: string }>((done) => {
        const child = spawn(process.execPath, ['src/cli/sim.mjs', '--list'], { cwd: ROOT });
        child.stdout.destroy();
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (code) => done({ code, stderr }));
      });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    },
    T,
  );
});
