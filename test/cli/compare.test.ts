// End-to-end tests of compare, sweep, --run-index and merge from the bundle that `npm run sim` starts, and of the output formats.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KpiSummary } from '../../src/engine/compare/index.ts';
import type { ResultJson } from '../../src/engine/metrics/export.ts';
import { SERIES_KEYS } from '../../src/engine/metrics/result.ts';
import { ensureBundle } from '../../src/cli/bundle.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'zl-compare-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
// Built once here, so that the tests below do not race to rebuild it.
beforeAll(async () => {
  await ensureBundle();
}, 120_000);

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run sim -- …` without npm: the launcher, which starts the bundle. */
function sim(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, ['src/cli/sim.mjs', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

const T = 120_000;
const out = (name: string): string => join(TMP, name);

interface ComparisonJson {
  format: string;
  meta: { scenarioHash: string; engineVersion: string; seeds: number[]; runs: number; baseSeed: number };
  setups: { index: number; label: string; args: string[]; kreisPolicy?: string }[];
  kpis: KpiSummary[];
  runs: { index: number; setup: number; replicate: number; seed: number; values: Record<string, number> }[];
}

describe.concurrent('compare and sweep', () => {
  it(
    'compares policies on common seeds, and a single run with the recorded seed reproduces any number',
    async () => {
      const file = out('vergleich.json');
      const r = await sim('compare', 'musterkreis', '--kreis-policy', 'einwohner,selbst', '--runs', '3', '--seed', '5', '--workers', '2', '--out', file);
      expect(r.stderr).not.toMatch(/Fehler/);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Vergleich: musterkreis');
      expect(r.stdout).toMatch(/^ {2}V2 {2}kreis=selbst$/m);
      expect(r.stdout).toContain('Δ zu V1');
      // Not a terminal: no progress bar, one line at the end.
      expect(r.stderr).toMatch(/^6 Läufe in [\d,]+ s \(2 Threads\)$/m);
      const c = JSON.parse(readFileSync(file, 'utf8')) as ComparisonJson;
      expect(c.format).toBe('zuweisungslabor-vergleich/1');
      expect(c.meta).toMatchObject({ seeds: [5, 6, 7], runs: 3, baseSeed: 5, engineVersion: expect.any(String), scenarioHash: expect.stringMatching(/^fnv1a64:/) });
      expect(c.runs).toHaveLength(6);
      // Common random numbers: both setups see the same arrivals on each seed.
      for (const seed of c.meta.seeds) expect(new Set(c.runs.filter((x) => x.seed === seed).map((x) => x.values.arrivals)).size).toBe(1);
      const nu = c.kpis.find((k) => k.id === 'nuPeak')!;
      const mean = (setup: number) => c.runs.filter((x) => x.setup === setup).reduce((a, x) => a + x.values.nuPeak!, 0) / 3;
      expect(nu.setups[1]!.mean).toBeCloseTo(mean(1), 9);
      expect(nu.setups[1]!.diff!.mean).toBeCloseTo(mean(1) - mean(0), 9);

      const run = c.runs.find((x) => x.setup === 1 && x.replicate === 2)!;
      const single = out('einzeln.json');
      const s = await sim(...c.setups[1]!.args, '--seed', String(run.seed), '--quiet', '--out', single);
      expect(s.code).toBe(0);
      const result = JSON.parse(readFileSync(single, 'utf8')) as ResultJson;
      expect(result.meta).toMatchObject({ seed: 7, kreisPolicy: 'selbst' });
      expect(Object.fromEntries(result.kpis.map((k) => [k.id, k.value]))).toEqual(run.values);
    },
    T,
  );

  it(
    'spreads a sweep over single runs (--run-index) and merges them into the same summary as one sweep',
    async () => {
      const args = ['sweep', 'musterkreis', '--param', 'erstaufnahme.dwell.mean=30:60:30', '--runs', '2', '--quiet'];
      const dir = out('laeufe');
      mkdirSync(dir);
      const singles = await Promise.all([0, 1, 2, 3].map((i) => sim(...args, '--run-index', String(i), '--out', join(dir, `lauf-${i}.json`))));
      for (const s of singles) expect(s.code, s.stderr).toBe(0);
      const record = JSON.parse(readFileSync(join(dir, 'lauf-3.json'), 'utf8')) as { format: string; run: { setup: number; seed: number }; reproduce: string };
      expect(record.format).toBe('zuweisungslabor-lauf/1');
      expect(record.run).toMatchObject({ setup: 1, replicate: 1, seed: 2 });
      expect(record.reproduce).toBe('npm run sim -- musterkreis --param erstaufnahme.dwell.mean=60 --seed 2');

      const merged = out('merged.json');
      const whole = out('whole.json');
      const [m, w] = await Promise.all([sim('merge', dir, '--quiet', '--out', merged), sim(...args, '--out', whole)]);
      expect(m.code, m.stderr).toBe(0);
      expect(w.code, w.stderr).toBe(0);
      expect(m.stdout).toBe(w.stdout);
      const a = JSON.parse(readFileSync(merged, 'utf8')) as ComparisonJson;
      const b = JSON.parse(readFileSync(whole, 'utf8')) as ComparisonJson;
      expect(a.kpis).toEqual(b.kpis);
      expect(a.runs).toEqual(b.runs);

      // A partial merge says what is missing; runs of another comparison are refused.
      const partial = await sim('merge', join(dir, 'lauf-0.json'), join(dir, 'lauf-1.json'));
      expect(partial.code).toBe(0);
      expect(partial.stderr).toContain('merge: 2 von 4 Läufen; es fehlen 2.');
      const other = out('anders.json');
      await sim('sweep', 'musterkreis', '--param', 'erstaufnahme.dwell.mean=30:60:30', '--runs', '3', '--run-index', '0', '--out', other);
      const mixed = await sim('merge', dir, other);
      expect(mixed.code).toBe(2);
      expect(mixed.stderr).toContain('gehört zu einem anderen Vergleich');
    },
    T,
  );

  it(
    'writes the comparison as CSV and as Parquet, one row per run and KPI plus the statistics',
    async () => {
      const csv = out('vergleich.csv');
      const pq = out('vergleich.parquet');
      const args = ['compare', 'musterkreis', '--procurement', 'reaktiv,keine', '--runs', '2', '--quiet'];
      const [a, b] = await Promise.all([sim(...args, '--out', csv), sim(...args, '--out', pq)]);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      const lines = readFileSync(csv, 'utf8').trimEnd().split('\n');
      expect(lines[0]).toBe('scenario,scenarioHash,engineVersion,setup,setupLabel,landPolicy,kreisPolicy,procurement,params,replicate,seed,kpi,unit,statistic,value');
      const rows = await parquetReadObjects({ file: await asyncBufferFromFile(pq) });
      expect(rows).toHaveLength(lines.length - 1);
      const procured = rows.filter((r) => r.kpi === 'procuredPlaces' && r.statistic === 'value');
      expect(procured.filter((r) => r.procurement === 'keine').every((r) => r.value === 0)).toBe(true);
      expect(procured.some((r) => r.procurement === 'reaktiv' && (r.value as number) > 0)).toBe(true);
      const diff = rows.find((r) => r.kpi === 'procuredPlaces' && r.statistic === 'diffMean')!;
      expect(diff.setup).toBe(1n);
      const csvDiff = lines.find((l) => l.includes(',procuredPlaces,') && l.endsWith(`,diffMean,${diff.value as number}`));
      expect(csvDiff).toBeDefined();
    },
    T,
  );

  it(
    'writes a single run as Parquet with the rows and columns of the CSV',
    async () => {
      const pq = out('lauf.parquet');
      const csv = out('lauf.csv');
      const [a, b] = await Promise.all([sim('musterkreis', '--quiet', '--out', pq), sim('musterkreis', '--quiet', '--out', csv)]);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      const file = await asyncBufferFromFile(pq);
      const meta = await parquetMetadataAsync(file);
      // Past the provenance comment line, as `comment='#'` does.
      const lines = readFileSync(csv, 'utf8').trimEnd().split('\n').slice(1);
      expect(Number(meta.num_rows)).toBe(lines.length - 1);
      const provenance = meta.key_value_metadata?.find((kv) => kv.key === 'zuweisungslabor.provenance');
      expect(JSON.parse(provenance?.value ?? '{}')).toMatchObject({ scenarioId: 'musterkreis', command: expect.stringContaining('npm run sim -- musterkreis') });
      expect(meta.row_groups.length).toBeGreaterThan(1);
      const rows = await parquetReadObjects({ file, rowStart: 5000, rowEnd: 5001 });
      const header = lines[0]!.split(',');
      expect(header).toEqual(['date', 'unit', 'name', 'level', 'parent', ...SERIES_KEYS]);
      const cells = lines[5001]!.split(',');
      const row = rows[0]!;
      header.forEach((h, i) => expect(String(row[h] ?? ''), h).toBe(cells[i]));
    },
    T,
  );

  it(
    'refuses a bad parameter path, an out-of-range value, an unknown policy and a run index beyond the plan, naming the argument',
    async () => {
      const [a, b, c, d] = await Promise.all([
        sim('sweep', 'musterkreis', '--param', 'erstaufnahme.dwel.mean=30:90:15'),
        sim('sweep', 'musterkreis', '--param', 'erstaufnahme.dwell.mean=0:90:15'),
        sim('compare', 'musterkreis', '--kreis-policy', 'einwohner,losen'),
        sim('compare', 'musterkreis', '--kreis-policy', 'einwohner,selbst', '--runs', '2', '--run-index', '4'),
      ]);
      for (const r of [a, b, c, d]) {
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
      }
      expect(a.stderr).toContain('--param erstaufnahme.dwel.mean=30:90:15: den Parameter „erstaufnahme.dwel.mean“ gibt es nicht');
      expect(b.stderr).toContain('--param erstaufnahme.dwell.mean=0:90:15: 0 liegt außerhalb des zulässigen Bereichs: muss ≥ 0,01 sein');
      expect(c.stderr).toContain('--kreis-policy: unbekannte Politik „losen“; bekannt sind: ');
      expect(d.stderr).toContain('--run-index: 4 gibt es nicht; dieser compare hat 4 Läufe (0 … 3)');
    },
    T,
  );
});
