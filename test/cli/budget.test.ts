// The CLI stops a run over its time budget: exit 1 and a message without a stack; SIM_TIME_BUDGET sets the budget.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle } from '../../src/cli/bundle.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
beforeAll(() => ensureBundle(), 120_000);

function cli(budget: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['src/cli/sim.mjs', ...args],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', SIM_TIME_BUDGET: budget } },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

describe.concurrent('the time budget of a CLI run', () => {
  it('stops an over-budget run with exit 1 and a message, no stack and no table', async () => {
    const r = await cli('0', 'herbst-2015', '--quiet');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Lauf abgebrochen: Er rechnete länger als sein Zeitbudget von 0 s \(bei Tag 30 von 580\)\. .*SIM_TIME_BUDGET/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  }, 20_000);

  it('runs within a budget set in seconds, and refuses a budget that is no number', async () => {
    expect((await cli('120', 'musterkreis', '--quiet')).code).toBe(0);
    const bad = await cli('zehn', 'musterkreis');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^SIM_TIME_BUDGET: „zehn“ ist keine Zahl von Sekunden/);
  }, 20_000);
});
