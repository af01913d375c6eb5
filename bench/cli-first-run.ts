/**
 * Helper of bench/cli.ts, run in a fresh process: times the first load-and-run of a built-in scenario after the
 * modules are loaded (cold: JIT warm-up and statechart compilation included, module loading not), prints JSON.
 */
import { timeLoadAndRun } from './loadAndRun.ts';

const id = process.argv[2] ?? 'zyklus-2014-2019';
process.stdout.write(`${JSON.stringify(timeLoadAndRun(id))}\n`);
