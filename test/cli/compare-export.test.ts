// A comparison exported from the Vergleich view is reproduced by `npm run sim -- compare` with the recorded setups and seeds.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle } from '../../src/cli/bundle.mjs';
import type { KpiSummary } from '../../src/engine/compare/index.ts';
import { getBuiltinScenario } from '../../src/engine/scenario/builtin/index.ts';
import { loadScenario } from '../../src/engine/scenario/load.ts';
import { ComparePool, type CompareState } from '../../src/ui/data/comparePool.ts';
import { comparisonCsv, comparisonJson, EXPORT_FORMAT, setupArgs } from '../../src/ui/views/vergleich/export.ts';
import { resultOf } from '../../src/ui/views/vergleich/model.ts';
import { fakeCompareWorkers } from '../ui/fakeCompareWorker.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'zl-vergleich-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
beforeAll(async () => {
  await ensureBundle();
}, 120_000);

function sim(...args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['src/cli/sim.mjs', ...args], { cwd: ROOT, encoding: 'utf8' }, (error, _stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stderr });
    });
  });
}

/** The comparison as the view runs it: the pool with in-process workers, until all runs are done. */
async function viewComparison() {
  const loaded = loadScenario(getBuiltinScenario('musterkreis'));
  if (!loaded.ok) throw new Error('musterkreis does not load');
  const pool = new ComparePool(fakeCompareWorkers().create, 2);
  const end = new Promise<CompareState>((resolve) => {
    pool.subscribe(() => {
      const s = pool.getState();
      if (s.status !== 'planning' && s.status !== 'running') resolve(s);
    });
  });
  pool.start({ scenario: loaded.scenario, setups: [{ kreisPolicy: 'einwohner' }, { kreisPolicy: 'selbst' }], runs: 3, baseSeed: 5 });
  const s = await end;
  expect(s.status).toBe('done');
  return resultOf(s.plan!, s.outcomes, s.kpis, s.detail);
}

describe('comparison export', () => {
  it(
    'records fingerprint, setups, seeds and version, and the CLI gives the same KPI values',
    async () => {
      const result = await viewComparison();
      const rows = csvParse(comparisonCsv(result));
      const summary = rows.filter((r) => r.row === 'summary');
      const runs = rows.filter((r) => r.row === 'run');
      expect(new Set(rows.map((r) => r.scenarioHash))).toEqual(new Set([result.scenarioHash]));
      expect(new Set(rows.map((r) => r.engineVersion))).toEqual(new Set([result.engineVersion]));
      expect(summary.length).toBe(result.kpis.length * 2);
      expect(new Set(runs.map((r) => r.seed))).toEqual(new Set(['5', '6', '7']));
      expect(summary.find((r) => r.setup === '2' && r.kpi === 'zuweisungen')!.kreisPolicy).toBe('selbst');
      const json = JSON.parse(comparisonJson(result)) as { format: string; meta: { scenarioHash: string; seeds: number[]; engineVersion: string }; setups: { args: string[] }[] };
      expect(json.format).toBe(EXPORT_FORMAT);
      expect(json.meta).toMatchObject({ scenarioHash: result.scenarioHash, seeds: [5, 6, 7], engineVersion: result.engineVersion });

      // The command line with the recorded arguments.
      const out = join(TMP, 'cli.json');
      const args = json.setups.map((s) => s.args);
      expect(args).toEqual([setupArgs(result.setups[0]!), setupArgs(result.setups[1]!)]);
      const r = await sim('compare', 'musterkreis', '--kreis-policy', 'einwohner,selbst', '--runs', '3', '--seed', '5', '--workers', '2', '--quiet', '--out', out);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const cli = JSON.parse(readFileSync(out, 'utf8')) as { meta: { scenarioHash: string; seeds: number[] }; kpis: KpiSummary[] };
      expect(cli.meta.scenarioHash).toBe(result.scenarioHash);
      expect(cli.meta.seeds).toEqual([5, 6, 7]);
      let compared = 0;
      for (const row of summary) {
        const k = cli.kpis.find((c) => c.id === row.kpi)!;
        const s = k.setups[Number(row.setup) - 1]!;
        expect(Number(row.mean), `${row.kpi} setup ${row.setup}`).toBe(s.mean);
        if (s.diff) expect(row.diffMean === '' ? Number.NaN : Number(row.diffMean)).toBe(s.diff.mean);
        compared++;
      }
      expect(compared).toBeGreaterThan(40);
    },
    180_000,
  );
});
