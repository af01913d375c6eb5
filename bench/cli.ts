/**
 * `npm run bench:cli` (part of `npm run bench`): the command line as a whole process. (1) `sim zyklus-2014-2019`
 * start to exit against the same load-and-run inside a process (first run cold, later runs warm), interleaved, wall
 * and CPU time; target: the process costs at most ≈ 200 ms more than the cold run. (2) `sim compare herbst-2015 --runs 100` on 2 threads; target ≤ 20 s. Reports the
 * load average, since the figures mean little on a busy machine; writes the `cli` section of bench/results.json.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../src/cli/bundle.mjs';
import { RESULTS_PATH, writeSection } from './budgets.ts';
import { timeLoadAndRun, type Timing } from './loadAndRun.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const REPS = Number(process.env.BENCH_CLI_RUNS ?? 5);
const COMPARE_RUNS = Number(process.env.BENCH_CLI_COMPARE_RUNS ?? 100);
const MAX_OVERHEAD_MS = 200;
const MAX_COMPARE_MS = 20_000;

/** A whole process, timed by bash's `time` (wall, and user + system CPU of the process and its threads). */
function processTiming(command: string): Timing {
  const r = spawnSync('bash', ['-c', `TIMEFORMAT='%R %U %S'; time (${command} > /dev/null 2>&1)`], { cwd: ROOT, encoding: 'utf8' });
  const m = /([\d.]+) ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`${command}: ${r.stderr}`);
  return { wallMs: Number(m[1]) * 1000, cpuMs: (Number(m[2]) + Number(m[3])) * 1000 };
}

/** The first load-and-run in a fresh process whose modules are already loaded (bench/cli-first-run.ts). */
function coldTiming(id: string): Timing {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/cli-first-run.ts', id], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cli-first-run: ${r.stderr}`);
  return JSON.parse(r.stdout) as Timing;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const fmt = (ms: number): string => `${Math.round(ms)} ms`;
const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' / ');

await buildCli();
console.log(`CLI benchmark on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}; load average (1/5/15 min) at start ${load()}`);

// (1) Start to exit against in-process, interleaved so that both see the same load.
timeLoadAndRun('zyklus-2014-2019'); // warm-up: JIT and the compiled statecharts, as a long-running process has them
const inProc: Timing[] = [];
const cold: Timing[] = [];
const bundled: Timing[] = [];
const startup: Timing[] = [];
const transpiled: Timing[] = [];
for (let i = 0; i < REPS; i++) {
  bundled.push(processTiming('node src/cli/sim.mjs zyklus-2014-2019 --quiet'));
  cold.push(coldTiming('zyklus-2014-2019'));
  inProc.push(timeLoadAndRun('zyklus-2014-2019'));
  startup.push(processTiming('node src/cli/sim.mjs --list'));
  if (i < 2) transpiled.push(processTiming('node --import tsx src/cli/main.ts zyklus-2014-2019 --quiet'));
}
const med = (ts: readonly Timing[], k: keyof Timing) => median(ts.map((t) => t[k]));
const overheadWall = med(bundled, 'wallMs') - med(cold, 'wallMs');
const overheadCpu = med(bundled, 'cpuMs') - med(cold, 'cpuMs');
const show = (label: string, ts: readonly Timing[], note = '') => console.log(`  ${label.padEnd(52)} wall ${fmt(med(ts, 'wallMs'))}, CPU ${fmt(med(ts, 'cpuMs'))}${note}`);
console.log(`sim zyklus-2014-2019, median of ${REPS}:`);
show('whole process from the bundle (start to exit)', bundled);
show('first run in a process, modules loaded (cold)', cold);
show('a later run in this process (warm)', inProc);
show('whole process, `sim --list` (start-up alone)', startup);
show('whole process transpiled at start (tsx, as before)', transpiled, ' (2 runs)');
console.log(`  the process costs more than the cold run in-process: wall ${fmt(overheadWall)}, CPU ${fmt(overheadCpu)} (target ≤ ${MAX_OVERHEAD_MS} ms)`);
console.log(`  (the rest of the gap to the warm run is the JIT warming up on the first run, which every new process pays)`);

// (2) Many runs on two threads.
const compare = processTiming(`node src/cli/sim.mjs compare herbst-2015 --runs ${COMPARE_RUNS} --workers 2 --quiet`);
console.log(`sim compare herbst-2015 --runs ${COMPARE_RUNS} --workers 2: wall ${fmt(compare.wallMs)}, CPU ${fmt(compare.cpuMs)} (target ≤ ${fmt(MAX_COMPARE_MS)} for 100 runs)`);
console.log(`load average at the end ${load()}`);

const ok = overheadWall <= MAX_OVERHEAD_MS && compare.wallMs <= MAX_COMPARE_MS;
console.log(ok ? 'CLI targets met' : 'CLI targets MISSED (on a busy machine compare the CPU figures)');
writeSection('cli', {
  processWallMs: Math.round(med(bundled, 'wallMs')),
  processCpuMs: Math.round(med(bundled, 'cpuMs')),
  coldRunWallMs: Math.round(med(cold, 'wallMs')),
  coldRunCpuMs: Math.round(med(cold, 'cpuMs')),
  warmRunWallMs: Math.round(med(inProc, 'wallMs')),
  warmRunCpuMs: Math.round(med(inProc, 'cpuMs')),
  startupWallMs: Math.round(med(startup, 'wallMs')),
  startupCpuMs: Math.round(med(startup, 'cpuMs')),
  transpiledWallMs: Math.round(med(transpiled, 'wallMs')),
  transpiledCpuMs: Math.round(med(transpiled, 'cpuMs')),
  startOverheadWallMs: Math.round(overheadWall),
  startOverheadCpuMs: Math.round(overheadCpu),
  compareRuns: COMPARE_RUNS,
  compareWallMs: Math.round(compare.wallMs),
  compareCpuMs: Math.round(compare.cpuMs),
  loadAverage1m: Math.round(loadavg()[0]! * 10) / 10,
});
console.log(`figures written to ${RESULTS_PATH}`);
process.exitCode = ok ? 0 : 1;
