/**
 * Helper of bench/cli.ts, run in a fresh process: times the first load-and-run of a built-in scenario after the
 * modules are loaded (cold: JIT warm-up and statechart compilation included, module loading not), prints JSON.
 */
import { getBuiltinScenario } from '../src/engine/scenario/builtin/index.ts';
import { loadScenario } from '../src/engine/scenario/load.ts';
import { runScenario } from '../src/engine/run.ts';

const id = process.argv[2] ?? 'zyklus-2014-2019';
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const loaded = loadScenario(getBuiltinScenario(id));
if (!loaded.ok) throw new Error(`${id}: ${JSON.stringify(loaded.issues)}`);
runScenario(loaded.scenario);
const cpu = process.cpuUsage(cpu0);
process.stdout.write(`${JSON.stringify({ wallMs: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
