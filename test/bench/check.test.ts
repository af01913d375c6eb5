/** The performance budget check on fake figures: verdicts with the margin, the results file, the exit codes. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBudgets, describeCheck, readBudgets, writeSection, type Budgets, type Results } from '../../bench/budgets.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'zl-bench-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const BUDGETS: Budgets = {
  margin: 0.1,
  figures: {
    'engine.medianRunMs': { label: 'median run', max: 500, unit: 'ms' },
    'browser.medianFps': { label: 'frame rate', min: 50, unit: 'fps' },
    'browser.longestTaskMs': { label: 'longest task', max: 50, unit: 'ms', margin: 0 },
  },
};

const results = (engine: Record<string, number>, browser: Record<string, number>): Results => ({
  engine: { measuredAt: '2026-01-01T00:00:00Z', machine: 'test', figures: engine },
  browser: { measuredAt: '2026-01-01T00:00:00Z', machine: 'test', figures: browser },
});

const statuses = (r: Results) => Object.fromEntries(checkBudgets(r, BUDGETS).map((c) => [c.key, c.status]));

describe('checkBudgets', () => {
  it('passes figures that meet their targets', () => {
    expect(statuses(results({ medianRunMs: 500 }, { medianFps: 60, longestTaskMs: 0 }))).toEqual({
      'engine.medianRunMs': 'ok',
      'browser.medianFps': 'ok',
      'browser.longestTaskMs': 'ok',
    });
  });

  it('tolerates a miss within the margin and fails one beyond it, for upper and lower bounds', () => {
    expect(statuses(results({ medianRunMs: 549 }, { medianFps: 45.5, longestTaskMs: 50 }))).toEqual({
      'engine.medianRunMs': 'within margin',
      'browser.medianFps': 'within margin',
      'browser.longestTaskMs': 'ok',
    });
    expect(statuses(results({ medianRunMs: 551 }, { medianFps: 44, longestTaskMs: 51 }))).toEqual({
      'engine.medianRunMs': 'failed',
      'browser.medianFps': 'failed',
      'browser.longestTaskMs': 'failed',
    });
  });

  it('reports a figure that was not measured', () => {
    expect(statuses({ engine: { measuredAt: 'x', machine: 'x', figures: { medianRunMs: 300 } } })).toEqual({
      'engine.medianRunMs': 'ok',
      'browser.medianFps': 'missing',
      'browser.longestTaskMs': 'missing',
    });
  });

  it('says what missed, by how much and where the limit is', () => {
    const [run, fps] = checkBudgets(results({ medianRunMs: 612.34 }, { medianFps: 30 }), BUDGETS);
    expect(describeCheck(run!)).toBe(
      'FAILED   median run (engine.medianRunMs): 612.3 ms misses the target ≤ 500 ms by more than the margin (limit 550 ms)',
    );
    expect(describeCheck(fps!)).toBe('FAILED   frame rate (browser.medianFps): 30 fps misses the target ≥ 50 fps by more than the margin (limit 45 fps)');
  });
});

describe('budgets and results files', () => {
  it('the project budgets name a target for every figure the benchmarks write', () => {
    const budgets = readBudgets();
    expect(Object.keys(budgets.figures).sort()).toEqual(
      [
        'browser.compareLongTasksOver50ms',
        'browser.compareWallMs',
        'browser.initialJsKB',
        'browser.longestTaskMs',
        'browser.maxDots',
        'browser.medianFps',
        'browser.workerJsKB',
        'cli.compareWallMs',
        'cli.startOverheadWallMs',
        'engine.medianRunMs',
        'engine.peakMemoryMB',
      ].sort(),
    );
    expect(budgets.figures['engine.medianRunMs']).toMatchObject({ max: 500 });
    expect(budgets.figures['browser.initialJsKB']).toMatchObject({ max: 350 });
    expect(budgets.figures['cli.compareWallMs']).toMatchObject({ max: 20000 });
    expect(budgets.figures['cli.startOverheadWallMs']).toMatchObject({ max: 200 });
  });

  it('each benchmark replaces its own section of the results file', () => {
    const path = join(TMP, 'merge.json');
    writeSection('engine', { medianRunMs: 400 }, path);
    writeSection('browser', { medianFps: 60 }, path);
    writeSection('engine', { medianRunMs: 420 }, path);
    const written = JSON.parse(readFileSync(path, 'utf8')) as Results;
    expect(written.engine!.figures).toEqual({ medianRunMs: 420 });
    expect(written.browser!.figures).toEqual({ medianFps: 60 });
    expect(written.engine!.machine).toMatch(/Node v\d+/);
  });
});

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function check(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', 'bench/check.ts', ...args], { cwd: ROOT, encoding: 'utf8' }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

describe.concurrent('npm run bench:check', () => {
  const budgetsFile = join(TMP, 'budgets.json');
  writeFileSync(budgetsFile, JSON.stringify(BUDGETS));
  const file = (name: string, content: unknown) => {
    const path = join(TMP, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };

  it('exits 0 when every figure is within budget', async () => {
    const r = await check(file('good.json', results({ medianRunMs: 520 }, { medianFps: 60, longestTaskMs: 10 })), budgetsFile);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('warning  median run (engine.medianRunMs): 520 ms misses the target ≤ 500 ms, but within the margin');
    expect(r.stdout).toContain('all 3 figures within budget');
  }, 20_000);

  it('exits 1 and names the figure over budget', async () => {
    const r = await check(file('bad.json', results({ medianRunMs: 700 }, { medianFps: 60, longestTaskMs: 10 })), budgetsFile);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAILED   median run (engine.medianRunMs): 700 ms');
    expect(r.stderr).toContain('1 of 3 figures over budget or missing: engine.medianRunMs');
  }, 20_000);

  it('exits 2 with the field when a file is malformed', async () => {
    const r = await check(file('broken.json', { engine: { measuredAt: 'x', figures: { medianRunMs: 'fast' } } }), budgetsFile);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.json: engine\.machine: .*; engine\.figures\.medianRunMs: /);
  }, 20_000);
});
