// An export made in the app names its scenario, seed and policies, and the command line it records computes the same file.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle } from '../../src/cli/bundle.mjs';
import { scenarioHash } from '../../src/engine/compare/hash.ts';
import type { ResultJson } from '../../src/engine/metrics/export.ts';
import { parseProvenanceComment } from '../../src/engine/metrics/provenance.ts';
import { runScenario } from '../../src/engine/run.ts';
import { musterkreis } from '../../src/engine/scenario/builtin/musterkreis.ts';
import { loadScenario } from '../../src/engine/scenario/load.ts';
import type { Scenario } from '../../src/engine/scenario/schema.ts';
import { smallExport, type ExportableRun } from '../../src/ui/results/exports.ts';
import { dailyExport } from '../../src/worker/export.worker.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'zl-repro-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
beforeAll(() => ensureBundle(), 120_000);

function cli(args: readonly string[]): Promise<number> {
  return new Promise((done) => {
    execFile(process.execPath, ['src/cli/sim.mjs', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 << 20 }, (error) =>
      done(error ? (typeof error.code === 'number' ? error.code : -1) : 0),
    );
  });
}

/** The command line's arguments recorded in a provenance, with the scenario file (if any) found in TMP. */
function argsOf(command: string, scenarioDir: string): string[] {
  const [npm, run, sim, dashes, scenario, ...rest] = command.split(' ');
  expect([npm, run, sim, dashes]).toEqual(['npm', 'run', 'sim', '--']);
  return [scenario!.endsWith('.json') ? join(scenarioDir, scenario!) : scenario!, ...rest];
}

function loaded(input: unknown): Scenario {
  const l = loadScenario(input);
  if (!l.ok) throw new Error(JSON.stringify(l.issues));
  return l.scenario;
}

/** An own scenario: musterkreis with another name and a longer stay in the Erstaufnahme. */
const own = loaded({ ...structuredClone(musterkreis), id: 'eigenes', erstaufnahme: { ...structuredClone(musterkreis.erstaufnahme), dwell: { dist: 'fixed', days: 40 } } });

describe('exports are reproduced by the command line', () => {
  it.each([
    ['a built-in scenario', loaded(musterkreis), 'musterkreis', 11, 'quote', 'einwohner'],
    ['an own scenario saved as JSON', own, null, 3, 'kapazitaet', 'selbst'],
  ] as const)(
    'the daily CSV of %s, computed again from its provenance line',
    async (_name, scenario, builtin, seed, land, kreis) => {
      const result = runScenario(scenario, { seed, landPolicy: land, kreisPolicy: kreis });
      const run: ExportableRun = { meta: result.meta, kpis: result.kpis, scenario, builtin };
      // The app's files: the scenario (for an own one) and the daily values.
      const dir = mkdtempSync(join(TMP, 's-'));
      writeFileSync(join(dir, `${result.meta.scenarioId}.json`), await smallExport(run, 'scenario-json').text());
      const csv = await dailyExport({ scenario, seed, landPolicy: land, kreisPolicy: kreis, format: 'csv', scenarioArg: builtin ?? `${result.meta.scenarioId}.json` }).text();
      const lines = csv.split('\n');
      const provenance = parseProvenanceComment(lines[0]!);
      expect(provenance).toMatchObject({ scenarioId: scenario.id, scenarioHash: scenarioHash(scenario), seed, landPolicy: land, kreisPolicy: kreis });

      const out = join(dir, 'nachgerechnet.csv');
      expect(await cli([...argsOf(provenance!.command, dir), '--quiet', '--out', out])).toBe(0);
      const again = readFileSync(out, 'utf8').split('\n');
      // Same provenance (the file's own name for the scenario aside) and the same rows, byte for byte.
      expect(parseProvenanceComment(again[0]!)).toMatchObject({ scenarioHash: provenance!.scenarioHash, seed, landPolicy: land, kreisPolicy: kreis });
      expect(again.slice(1)).toEqual(lines.slice(1));
      expect(lines.length).toBeGreaterThan(1000);
    },
    120_000,
  );

  it('the KPI file names the run and holds the values the command line writes', async () => {
    const scenario = loaded(musterkreis);
    const result = runScenario(scenario, { seed: 5 });
    const run: ExportableRun = { meta: result.meta, kpis: result.kpis, scenario, builtin: 'musterkreis' };
    const kpis = JSON.parse(await smallExport(run, 'kpis-json').text()) as { provenance: { command: string; scenarioHash: string }; kpis: ResultJson['kpis'] };
    expect(kpis.provenance.scenarioHash).toBe(scenarioHash(scenario));
    const out = join(TMP, 'kennzahlen.json');
    expect(await cli([...argsOf(kpis.provenance.command, TMP), '--quiet', '--out', out])).toBe(0);
    const full = JSON.parse(readFileSync(out, 'utf8')) as ResultJson;
    expect(full.kpis).toEqual(kpis.kpis);
    expect(full.provenance?.scenarioHash).toBe(kpis.provenance.scenarioHash);

    const csv = (await smallExport(run, 'kpis-csv').text()).trimEnd().split('\n');
    expect(csv[1]).toBe('id,label_de,label_en,value,unit_de,unit_en,date');
    expect(csv).toHaveLength(result.kpis.length + 2);
    const first = result.kpis[0]!;
    expect(csv[2]!.startsWith(`${first.id},`)).toBe(true);
    expect(csv[2]).toContain(`,${first.value},`);
  }, 120_000);

  it('an exported scenario loads to the same fingerprint', async () => {
    const result = runScenario(own, {});
    const text = await smallExport({ meta: result.meta, kpis: result.kpis, scenario: own, builtin: null }, 'scenario-json').text();
    expect(scenarioHash(loaded(JSON.parse(text)))).toBe(scenarioHash(own));
  });
});
