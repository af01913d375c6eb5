/** Number formatting of the UI: units and signs as shown. */
import { describe, expect, it } from 'vitest';
import { formatSignedPercent } from '../../src/ui/format.ts';

describe('formatSignedPercent', () => {
  it('shows the sign of the rounded value: a share that rounds to zero is ±0, never −0', () => {
    expect(formatSignedPercent('de', -1e-9)).toBe('±0,0\u00a0%');
    expect(formatSignedPercent('de', 0)).toBe('±0,0\u00a0%');
    expect(formatSignedPercent('de', -0.136)).toBe('−13,6\u00a0%');
    expect(formatSignedPercent('en', 0.0049)).toBe('+0.5\u00a0%');
    expect(formatSignedPercent('de', Number.NaN)).toBe('–');
  });
});
