// The streamed result JSON is the documented format byte for byte; a comparison table shows statistics by the KPI's unit.
import { describe, expect, it } from 'vitest';
import { resultJsonChunks } from '../../src/cli/output.ts';
import { formatComparisonTable, formatStat } from '../../src/cli/compareFormat.ts';
import { summarise } from '../../src/engine/compare/index.ts';
import { toResultJson } from '../../src/engine/metrics/export.ts';
import { runScenario } from '../../src/engine/run.ts';
import { loadScenario } from '../../src/engine/scenario/load.ts';
import { smallScenario } from '../engine/helpers.ts';

describe('resultJsonChunks', () => {
  it('streams exactly JSON.stringify(toResultJson(result)) in pieces no larger than a unit', () => {
    const loaded = loadScenario(smallScenario());
    if (!loaded.ok) throw new Error('scenario');
    const r = runScenario(loaded.scenario);
    const pieces = [...resultJsonChunks(r)];
    expect(pieces.join('')).toBe(`${JSON.stringify(toResultJson(r))}\n`);
    expect(pieces.length).toBeGreaterThan(2 * r.units.length);
  });
});

describe('the comparison table', () => {
  const unit = (en: string) => ({ de: en === 'EUR' ? '€' : en, en });
  it('rounds money to euros, shows day KPIs as dates with differences in days, and signs differences', () => {
    expect(formatStat({ unit: unit('EUR') }, 1234.56, '2024-01-01', 'de')).toBe('1.235');
    expect(formatStat({ unit: unit('EUR per inhabitant') }, 1.5, '2024-01-01', 'en')).toBe('1.50');
    expect(formatStat({ unit: unit('date'), day: true }, 31, '2024-01-01', 'de')).toBe('01.02.2024');
    expect(formatStat({ unit: unit('date'), day: true }, 3.5, '2024-01-01', 'de', true)).toBe('+3,5');
    expect(formatStat({ unit: unit('persons') }, -2, '2024-01-01', 'en', true)).toBe('-2');
  });

  it('lists each KPI with one line per setup, the first without a difference', () => {
    const o = (setup: number, replicate: number, v: number) => ({ index: 0, setup, replicate, seed: replicate, kpis: [{ id: 'x', value: v, unit: unit('persons'), label: { de: 'Iks', en: 'Ex' } }] });
    const kpis = summarise(2, [o(0, 0, 10), o(1, 0, 13), o(0, 1, 20), o(1, 1, 23)]);
    const lines = formatComparisonTable(kpis, '2024-01-01', 'en').split('\n');
    expect(lines[0]).toMatch(/^Indicator \/ setup +Mean +90 % of runs +Δ to S1 +90 % CI of Δ$/);
    expect(lines[2]).toBe('Ex [persons]');
    expect(lines[3]).toMatch(/^ {2}S1 +15 +10.5 … 19.5$/);
    expect(lines[4]).toMatch(/^ {2}S2 +18 +13.5 … 22.5 +\+3 +\+3 … \+3$/);
  });
});
