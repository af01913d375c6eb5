/**
 * `npm run fuzz:import -- [N] [--seed S] [--no-shrink]`: N hostile scenario inputs (default 10,000) through the
 * loader — mutations of the built-in scenarios and examples/mein-landkreis.json — checking that it never throws or
 * hangs, that every accepted scenario runs with every invariant kept, and that no prototype changes. Prints the
 * counts and the first counter-example (shrunk, unless --no-shrink); the test suite runs a sample of 300.
 * Then N malformed inputs through the app's import path (files, share links, stored records; `fuzzAppImportPath`),
 * and N malformed CSV files through the editor's import (arrivals and places), each to be refused with the line of
 * its fault and the draft unchanged; the test suite runs 10,000 of those.
 */
import fc from 'fast-check';
import { arbImportCase, builtinsIntact, checkImport, importInput, prototypeState as appPrototypes } from '../test/ui/importPathFuzz.ts';
import { arbFuzzCase, checkFuzzCase, describeCase, FUZZ_LIMITS, fuzzInput, prototypeSnapshot } from '../test/engine/importFuzz.ts';
import { arbCsvFuzzCase, checkCsvFuzzCase } from '../test/ui/csvImportFuzz.ts';

const args = process.argv.slice(2);
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : Date.UTC(2026, 0, 1) / 1000;
const runs = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--seed') ?? 10_000);
if (!Number.isInteger(runs) || runs <= 0 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz:import -- [N inputs, whole number > 0] [--seed S] [--no-shrink]');
  process.exit(2);
}

const before = prototypeSnapshot();
const counts = { inputs: 0, rejected: 0, accepted: 0, stopped: 0, text: 0 };
let slowest = 0;
let failing = false;
const t0 = performance.now();
const result = fc.check(
  fc.property(arbFuzzCase, (c) => {
    let outcome;
    try {
      outcome = checkFuzzCase(fuzzInput(c), before);
    } catch (e) {
      // The first failure at once: shrinking it may take a while.
      if (!failing) process.stderr.write(`failure at input ${counts.inputs + 1}: ${describeCase(c)}\n${e instanceof Error ? e.message : String(e)}\n`);
      failing = true;
      throw e;
    }
    // Cases tried while a counter-example is shrunk are not counted.
    if (failing) return;
    counts.inputs++;
    if (c.text) counts.text++;
    if (outcome.accepted) counts.accepted++;
    else counts.rejected++;
    if (outcome.stoppedByBudget) counts.stopped++;
    slowest = Math.max(slowest, outcome.loadMs);
    if (counts.inputs % 1000 === 0) process.stderr.write(`${counts.inputs} / ${runs}\n`);
  }),
  { numRuns: runs, seed, endOnFailure: args.includes('--no-shrink') },
);
const seconds = ((performance.now() - t0) / 1000).toFixed(1);
if (result.failed) {
  console.log(`fuzz:import: FAILED after ${result.numRuns} of ${runs} hostile inputs (seed ${seed}, ${seconds} s)`);
  if (result.counterexample) console.log(describeCase(result.counterexample[0]));
  console.log(result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance));
  process.exit(1);
}
const n = (x: number) => x.toLocaleString('en-GB');
console.log(
  `fuzz:import: ${n(counts.inputs)} hostile inputs (${n(counts.text)} as JSON text; seed ${seed}, ${seconds} s): ` +
    `${n(counts.rejected)} rejected with issues, ${n(counts.accepted)} accepted and run for up to ${FUZZ_LIMITS.horizonDays} days with every invariant kept ` +
    `(${n(counts.stopped)} stopped by their time budget); longest load ${Math.round(slowest)} ms; no exception, no prototype changed`,
);

// ---- the app's import path: scenario files, share links, stored records --------------------------------

/**
 * N malformed inputs through the functions the app uses to import (file reading, the loader as the worker runs it,
 * share link decoding, reading stored records): none may throw, each must get a message naming the file, link, field
 * or record, and no built-in scenario or prototype may change.
 */
async function fuzzAppImportPath(count: number, fuzzSeed: number): Promise<boolean> {
  const prototypes = appPrototypes();
  const kinds = new Map<string, number>();
  let intact = 0;
  let done = 0;
  const start = performance.now();
  const outcome = await fc.check(
    fc.asyncProperty(arbImportCase, async (c) => {
      const r = await checkImport(importInput(c), prototypes);
      if (r.intact) intact++;
      kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
      if (++done % 1000 === 0) process.stderr.write(`app import path: ${done} / ${count}\n`);
    }),
    { numRuns: count, seed: fuzzSeed, endOnFailure: args.includes('--no-shrink') },
  );
  const secs = ((performance.now() - start) / 1000).toFixed(1);
  if (outcome.failed || !builtinsIntact()) {
    console.log(`fuzz:import (app import path): FAILED after ${outcome.numRuns} of ${count} malformed inputs (seed ${fuzzSeed}, ${secs} s)`);
    if (outcome.counterexample) console.log(JSON.stringify(outcome.counterexample[0]).slice(0, 2000));
    console.log(outcome.failed ? String(outcome.errorInstance instanceof Error ? outcome.errorInstance.message : outcome.errorInstance) : 'a built-in scenario changed');
    return false;
  }
  const byKind = [...kinds].map(([k, v]) => `${k} ${n(v)}`).join(', ');
  console.log(
    `fuzz:import (app import path): ${n(outcome.numRuns)} malformed inputs (seed ${fuzzSeed}, ${secs} s), each named with file, link, field or record ` +
      `(${n(intact)} cut links still whole); no exception, no built-in scenario or prototype changed. By kind: ${byKind}`,
  );
  return true;
}

if (!(await fuzzAppImportPath(runs, seed))) process.exit(1);

// The editor's CSV import: every malformed file refused, with the line of its fault, and the draft left as it was.
const csvStart = performance.now();
const csvKinds = new Map<string, number>();
const csv = fc.check(
  fc.property(arbCsvFuzzCase, (c) => {
    checkCsvFuzzCase(c);
    csvKinds.set(c.corruption.kind, (csvKinds.get(c.corruption.kind) ?? 0) + 1);
  }),
  { numRuns: runs, seed, endOnFailure: args.includes('--no-shrink') },
);
const csvSeconds = ((performance.now() - csvStart) / 1000).toFixed(1);
if (csv.failed) {
  console.log(`fuzz:import (CSV): FAILED after ${csv.numRuns} of ${runs} malformed files (seed ${seed}, ${csvSeconds} s)`);
  if (csv.counterexample) console.log(JSON.stringify(csv.counterexample[0]));
  console.log(csv.errorInstance instanceof Error ? csv.errorInstance.message : String(csv.errorInstance));
  process.exit(1);
}
const kinds = [...csvKinds].map(([k, v]) => `${k} ${n(v)}`).join(', ');
console.log(`fuzz:import (CSV): ${n(runs)} malformed CSV files (seed ${seed}, ${csvSeconds} s: ${kinds}): each refused with the line of its fault, no exception, the draft unchanged`);
