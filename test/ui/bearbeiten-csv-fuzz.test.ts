/** The editor's CSV import under malformed files (10,000 here and in `npm run fuzz:import`): refused with the right line, no exception, the draft unchanged. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbCsvFuzzCase, BAD_PERSONS, checkCsvFuzzCase, fuzzText } from './csvImportFuzz.ts';

const SAMPLE = 10_000;

describe('the CSV import fuzz', () => {
  it(`${SAMPLE.toLocaleString('en-GB')} malformed files are refused with the line of their fault and change nothing`, () => {
    const kinds = new Map<string, number>();
    fc.assert(
      fc.property(arbCsvFuzzCase, (c) => {
        checkCsvFuzzCase(c);
        kinds.set(c.corruption.kind, (kinds.get(c.corruption.kind) ?? 0) + 1);
      }),
      { numRuns: SAMPLE, seed: 20_261_206 },
    );
    expect(kinds.size).toBe(9);
  }, 60_000);

  it('notices a file that is accepted, and a fault placed on the wrong line', () => {
    const c = { format: 'arrivals' as const, scenario: 0, level: 'kreis' as const, rows: [{ key: 0, values: [1, 2, 3, 4, 5] }], semicolon: false, blanks: [0], corruption: { kind: 'repeat' as const, row: 0 } };
    expect(fuzzText(c).line).toBe(3);
    expect(() => checkCsvFuzzCase(c)).not.toThrow();
    // A valid value written where the corruption would be is accepted: the check must say so.
    const valid = { ...c, corruption: { kind: 'value' as const, row: 0, col: 0, pick: BAD_PERSONS.length, garbage: '12' } };
    expect(() => checkCsvFuzzCase(valid)).toThrow(/accepted/);
  });
});
