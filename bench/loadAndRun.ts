/** One load-and-run of a built-in scenario, timed in wall and CPU time: what `sim` does inside the process without --out. */
import { getBuiltinScenario } from '../src/engine/scenario/builtin/index.ts';
import { loadScenario } from '../src/engine/scenario/load.ts';
import { runScenario } from '../src/engine/run.ts';

export interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

export function timeLoadAndRun(id: string): Timing {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const loaded = loadScenario(getBuiltinScenario(id));
  if (!loaded.ok) throw new Error(`${id}: ${JSON.stringify(loaded.issues)}`);
  runScenario(loaded.scenario);
  const cpu = process.cpuUsage(cpu0);
  return { wallMs: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
}
