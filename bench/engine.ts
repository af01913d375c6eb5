/**
 * `npm run bench`: times a six-year daily run of Hessen at Gemeinde resolution and reports wall time and peak memory,
 * and writes the figures to bench/results.json. Targets (bench/budgets.json; 2-core machine): ≤ 500 ms and ≤ 100 MB.
 * Run with --expose-gc for exact heap readings.
 */
import { cpus } from 'node:os';
import { readBudgets, RESULTS_PATH, target, writeSection } from './budgets.ts';
import { loadEngine } from './engineBundle.ts';

// The engine as it ships (bundled); `--source` times the sources as loaded through tsx (for profiling with source maps).
const fromSource = process.argv.includes('--source');
const { runScenario, loadScenario, benchScenario } = await loadEngine(fromSource);

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const budgets = readBudgets();
const maxMs = target(budgets, 'engine.medianRunMs');
const maxMB = target(budgets, 'engine.peakMemoryMB');
const gc = (globalThis as { gc?: () => void }).gc;

const loaded = loadScenario(benchScenario);
if (!loaded.ok) {
  console.error(loaded.issues);
  process.exit(1);
}
const scenario = loaded.scenario;

// First a run that samples memory every 30 simulated days (before any other run, so no earlier result is still
// in memory), then timed runs without any callback (process.memoryUsage() costs time itself).
gc?.();
const base = process.memoryUsage();
let peakHeap = 0;
let peakTotal = 0;
const tm = performance.now();
runScenario(scenario, {
  onProgress: () => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakTotal = Math.max(peakTotal, m.heapUsed + m.arrayBuffers - base.arrayBuffers);
  },
});
const coldMs = performance.now() - tm;
const times: number[] = [];
// CPU time of the process (all its threads) per run: on a shared machine it varies far less than wall time.
const cpuTimes: number[] = [];
let persons = 0;
for (let i = 0; i < RUNS; i++) {
  gc?.();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = runScenario(scenario);
  times.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpuTimes.push((c.user + c.system) / 1000);
  persons = r.ledger[0]!.arrived;
}
const medianOf = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const median = medianOf(times);
const medianCpu = medianOf(cpuTimes);
const mb = (b: number) => (b / 1048576).toFixed(1);
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`Engine benchmark: ${scenario.name.de}, ${scenario.period.start} … ${scenario.period.end}, ${persons.toLocaleString('de-DE')} persons`);
console.log(`machine: ${cpus().length} × ${cpu}, Node ${process.version}; engine ${fromSource ? 'from its sources (tsx)' : 'bundled by esbuild as shipped'}`);
console.log(`wall time: median of ${RUNS} runs ${median.toFixed(0)} ms (target ≤ ${maxMs} ms); first run of the process (cold, with memory sampling) ${coldMs.toFixed(0)} ms`);
console.log(`CPU time of the process: median of ${RUNS} runs ${medianCpu.toFixed(0)} ms (all threads, GC included)`);
console.log(`peak JS heap ${mb(peakHeap)} MB; heap + typed arrays of the run ${mb(peakTotal)} MB (target ≤ ${maxMB} MB)${gc ? '' : ' (no --expose-gc: heap figures include garbage)'}`);
const ok = median <= maxMs && peakTotal <= maxMB * 1048576;
console.log(ok ? 'engine targets met' : 'engine targets MISSED');
const round = (v: number) => Math.round(v * 10) / 10;
writeSection('engine', {
  medianRunMs: round(median),
  medianCpuMs: round(medianCpu),
  coldRunMs: round(coldMs),
  peakMemoryMB: round(peakTotal / 1048576),
  peakHeapMB: round(peakHeap / 1048576),
  persons,
  runs: RUNS,
});
console.log(`figures written to ${RESULTS_PATH}`);
process.exitCode = ok ? 0 : 1;
