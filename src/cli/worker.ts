/** A worker thread of the comparison pool (piscina): runs one comparison input and returns its KPI values. */
import { executeRun, type RunInput, type RunOutcome } from '../engine/compare/index.ts';

export default function run({ input, budgetMs, strict }: { input: RunInput; budgetMs: number; strict: boolean }): RunOutcome {
  return executeRun(input, { budget: { maxMs: budgetMs, now: () => performance.now() }, strict });
}
