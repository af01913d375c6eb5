// @vitest-environment node
/** Periods of the Flüsse view: presets around the cursor and validation of typed dates. */
import { describe, expect, it } from 'vitest';
import { RunData } from '../../../src/ui/data/runData.ts';
import { parsePeriod, presetPeriod } from '../../../src/ui/views/flows/period.ts';

/** 2015-09-15 … 2016-01-31, one day per entry. */
function days(): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(2015, 8, 15); t <= Date.UTC(2016, 0, 31); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
const data = new RunData(1, 't', days(), [{ id: 'l', name: 'L', level: 'land', parent: null }], []);
const at = (iso: string) => data.dayOf(iso);
const iso = (p: { from: number; to: number }) => [data.days[p.from], data.days[p.to]];

describe('presetPeriod', () => {
  it('covers the run up to the cursor, or the whole run', () => {
    expect(iso(presetPeriod(data, 'toCursor', at('2015-10-24')))).toEqual(['2015-09-15', '2015-10-24']);
    expect(iso(presetPeriod(data, 'run', at('2015-10-24')))).toEqual(['2015-09-15', '2016-01-31']);
  });
  it('takes the month and the quarter of the cursor day, cut to the run', () => {
    expect(iso(presetPeriod(data, 'month', at('2015-10-24')))).toEqual(['2015-10-01', '2015-10-31']);
    expect(iso(presetPeriod(data, 'month', at('2015-09-20')))).toEqual(['2015-09-15', '2015-09-30']);
    expect(iso(presetPeriod(data, 'month', at('2015-12-31')))).toEqual(['2015-12-01', '2015-12-31']);
    expect(iso(presetPeriod(data, 'quarter', at('2015-11-02')))).toEqual(['2015-10-01', '2015-12-31']);
    expect(iso(presetPeriod(data, 'quarter', at('2015-09-20')))).toEqual(['2015-09-15', '2015-09-30']);
    expect(iso(presetPeriod(data, 'quarter', at('2016-01-10')))).toEqual(['2016-01-01', '2016-01-31']);
  });
});

describe('parsePeriod', () => {
  it('accepts dates within the run in order', () => {
    expect(parsePeriod(data, '2015-10-01', '2015-10-01')).toEqual({ ok: true, period: { from: at('2015-10-01'), to: at('2015-10-01') } });
  });
  it('names the problem otherwise', () => {
    expect(parsePeriod(data, '2015-10-05', '2015-10-01')).toEqual({ ok: false, problem: 'order' });
    expect(parsePeriod(data, '2015-01-01', '2015-10-01')).toEqual({ ok: false, problem: 'outside' });
    expect(parsePeriod(data, '', '2015-10-01')).toEqual({ ok: false, problem: 'format' });
    expect(parsePeriod(data, '2015-13-45', '2015-10-01')).toEqual({ ok: false, problem: 'format' });
  });
});
