/**
 * `npm run bench:check [-- results.json [budgets.json]]`: compares the figures of the last `npm run bench` with the
 * budgets. Exit 0 when every figure is within its target's margin, 1 when one misses it or is missing, 2 when a
 * file cannot be read.
 */
import { BUDGETS_PATH, checkBudgets, describeCheck, readBudgets, readJson, RESULTS_PATH, Results } from './budgets.ts';

function main(argv: readonly string[]): number {
  const [resultsPath = RESULTS_PATH, budgetsPath = BUDGETS_PATH] = argv;
  let checks;
  let results: Results;
  try {
    results = readJson(resultsPath, Results);
    checks = checkBudgets(results, readBudgets(budgetsPath));
  } catch (err) {
    console.error(`bench:check: ${(err as Error).message}`);
    return 2;
  }
  for (const [name, s] of Object.entries(results)) console.log(`${name}: measured ${s.measuredAt} on ${s.machine}`);
  for (const c of checks) console.log(describeCheck(c));
  const bad = checks.filter((c) => c.status === 'failed' || c.status === 'missing');
  if (bad.length > 0) {
    console.error(`bench:check: ${bad.length} of ${checks.length} figures over budget or missing: ${bad.map((c) => c.key).join(', ')}`);
    return 1;
  }
  console.log(`bench:check: all ${checks.length} figures within budget`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
