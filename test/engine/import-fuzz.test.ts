/** A sample of the import fuzz (`npm run fuzz:import` runs 10,000): hostile inputs never crash, hang, pollute a prototype or slip through into a broken run. */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { arbFuzzCase, checkFuzzCase, FUZZ_LIMITS, fuzzInput, prototypeChange, prototypeSnapshot, type FuzzCase } from './importFuzz.ts';

const SAMPLE = 300;

describe('the import fuzz', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it(`${SAMPLE} hostile inputs: issues or a scenario that runs with every invariant kept; no prototype changed`, () => {
    const before = prototypeSnapshot();
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(arbFuzzCase, (c: FuzzCase) => {
        const outcome = checkFuzzCase(fuzzInput(c), before);
        if (outcome.accepted) accepted++;
        else rejected++;
      }),
      { numRuns: SAMPLE, seed: 20_260_101 },
    );
    // The sample reaches both outcomes: hostile inputs that are refused and extreme ones that are legal and run.
    expect(accepted).toBeGreaterThan(SAMPLE / 20);
    expect(rejected).toBeGreaterThan(SAMPLE / 2);
  }, 60_000);

  it('notices a changed prototype and a loader over its time limit', () => {
    const before = prototypeSnapshot();
    expect(prototypeChange(before)).toBeNull();
    (Object.prototype as Record<string, unknown>).polluted = 1;
    expect(prototypeChange(before)).toMatch(/Object\.prototype has \d+ own keys/);
    delete (Object.prototype as Record<string, unknown>).polluted;
    const input = fuzzInput({ base: 0, mutations: [{ kind: 'remove', at: 0 }], text: false, cut: 0 });
    expect(() => checkFuzzCase(input, before, { ...FUZZ_LIMITS, loadMs: -1 })).toThrow(/the loader took/);
  });
});
