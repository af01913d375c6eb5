/**
 * `npm run fuzz [-- N] [--seed S]`: the invariants of the property tests over many more random scenarios than the
 * test suite runs (default 20,000; the suite runs 3,300). Prints the count, the time and the first counter-example.
 */
import fc from 'fast-check';
import { runScenario } from '../src/engine/run.ts';
import { arbScenario, load } from '../test/engine/helpers.ts';
import { byTypeViolation, conservationViolation, flowRecordViolation, flowViolation, sollIstViolation, valueViolation } from '../test/engine/invariants.ts';

const args = process.argv.slice(2);
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : Date.UTC(2026, 0, 1) / 1000;
const runs = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--seed') ?? 20_000);
if (!Number.isInteger(runs) || runs <= 0 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [N runs, whole number > 0] [--seed S]');
  process.exit(2);
}

const t0 = performance.now();
let done = 0;
const result = fc.check(
  fc.property(arbScenario({ maxDays: 400, maxPerDay: 300 }), (input) => {
    const r = runScenario(load(input), { strict: true });
    const problem = conservationViolation(r) ?? valueViolation(r) ?? flowViolation(r) ?? byTypeViolation(r) ?? flowRecordViolation(r) ?? sollIstViolation(r);
    done++;
    if (done % 1000 === 0) process.stderr.write(`${done} / ${runs}\n`);
    if (problem) throw new Error(problem);
  }),
  { numRuns: runs, seed },
);
const seconds = ((performance.now() - t0) / 1000).toFixed(1);
if (result.failed) {
  console.log(`fuzz: FAILED after ${result.numRuns} of ${runs} random scenarios (seed ${seed}, ${seconds} s)`);
  console.log(fc.defaultReportMessage(result));
  process.exit(1);
}
console.log(`fuzz: ${result.numRuns} random scenarios, no invariant violated (seed ${seed}, ${seconds} s)`);
