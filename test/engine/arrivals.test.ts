/** Expected arrivals per day from the three kinds of series. */
import { describe, expect, it } from 'vitest';
import { expectedPersons } from '../../src/engine/model/distributions.ts';

describe('expectedPersons', () => {
  it('spreads a monthly total evenly over the days of its month (February 2016 has 29)', () => {
    const s = { kind: 'monthly' as const, values: { '2016-02': 5800, '2016-03': 3100 } };
    expect(expectedPersons(s, 0, '2016-02-01')).toBeCloseTo(200, 10);
    expect(expectedPersons(s, 40, '2016-03-11')).toBeCloseTo(100, 10);
    expect(expectedPersons(s, 70, '2016-04-10')).toBe(0);
  });

  it("takes the day's value of a daily list, 0 after its end", () => {
    const s = { kind: 'daily' as const, values: [3, 5, 8] };
    expect([0, 1, 2, 3].map((d) => expectedPersons(s, d, '2024-01-01'))).toEqual([3, 5, 8, 0]);
  });

  it('returns the rate for a rate series', () => {
    expect(expectedPersons({ kind: 'rate', perDay: 12.5 }, 99, '2024-04-09')).toBe(12.5);
  });
});
