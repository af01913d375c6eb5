// Tests of the pure CLI formatting: KPI table alignment, units, separators, money rounding, lists and CSV batching.
import { describe, it, expect } from 'vitest';
import {
  batchLines,
  formatDate,
  formatKpiTable,
  formatKpiValue,
  formatList,
  formatNumber,
  formatProgress,
} from '../../src/cli/format.ts';
import type { Kpi } from '../../src/engine/metrics/result.ts';

const P = { de: 'Personen', en: 'persons' };
const EUR = { de: '€', en: 'EUR' };
const kpi = (id: string, de: string, en: string, value: number, unit: Kpi['unit']): Kpi => ({ id, label: { de, en }, value, unit });

const KPIS: Kpi[] = [
  kpi('arrivals', 'Zugänge in Hessen', 'Arrivals in Hessen', 15885, P),
  kpi('stay', 'Mittlere Verweildauer', 'Mean stay', 65.54, { de: 'Tage', en: 'days' }),
  kpi('cost', 'Kosten der Erstaufnahme (Land)', 'Erstaufnahme cost (Land)', 19678806.6, EUR),
  kpi('perHead', 'Nettobelastung je Einwohner', 'Net burden per inhabitant', 16.5, { de: '€ je Einwohner', en: 'EUR per inhabitant' }),
  kpi('dev', 'Abweichung', 'Deviation', 0.03, { de: '%', en: '%' }),
];

describe('formatNumber', () => {
  it('uses de-DE and en-GB separators', () => {
    expect(formatNumber(1234567.891, 'de')).toBe('1.234.567,89');
    expect(formatNumber(1234567.891, 'en')).toBe('1,234,567.89');
    expect(formatNumber(1000, 'de')).toBe('1.000');
    expect(formatNumber(-0.001, 'de')).toBe('0');
  });
});

describe('formatKpiValue', () => {
  it('rounds money to whole euros and keeps cents for amounts per head', () => {
    expect(formatKpiValue(KPIS[2] as Kpi, 'de')).toBe('19.678.807');
    expect(formatKpiValue(KPIS[2] as Kpi, 'en')).toBe('19,678,807');
    expect(formatKpiValue(KPIS[3] as Kpi, 'de')).toBe('16,50');
  });

  it('shows counts without and other values with up to two decimals', () => {
    expect(formatKpiValue(KPIS[0] as Kpi, 'de')).toBe('15.885');
    expect(formatKpiValue(KPIS[1] as Kpi, 'de')).toBe('65,54');
    expect(formatKpiValue(KPIS[4] as Kpi, 'en')).toBe('0.03');
  });
});

describe('formatKpiTable', () => {
  const de = formatKpiTable(KPIS, 'de').split('\n');
  const en = formatKpiTable(KPIS, 'en').split('\n');

  it('has a header, a rule and one row per KPI', () => {
    expect(de).toHaveLength(KPIS.length + 2);
    expect(de[0]).toMatch(/^Kennzahl\s+Wert {2}Einheit$/);
    expect(en[0]).toMatch(/^Indicator\s+Value {2}Unit$/);
    expect(de[1]).toMatch(/^─+$/);
  });

  it('uses German labels and units by default and English ones with en', () => {
    expect(de[2]).toMatch(/^Zugänge in Hessen\s+15\.885 {2}Personen$/);
    expect(de[4]).toMatch(/^Kosten der Erstaufnahme \(Land\)\s+19\.678\.807 {2}€$/);
    expect(de[5]).toMatch(/16,50 {2}€ je Einwohner$/);
    expect(en[2]).toMatch(/^Arrivals in Hessen\s+15,885 {2}persons$/);
    expect(en[4]).toMatch(/19,678,807 {2}EUR$/);
  });

  it('aligns labels left, values right and units left', () => {
    for (const lines of [de, en]) {
      const rows = lines.filter((_, i) => i !== 1);
      const unitStart = rows.map((l) => l.search(/ {2}\S+( \S+)*$/));
      // The value column ends where the unit column starts (minus two spaces): same position in every row.
      const valueEnd = rows.map((l) => l.length - (l.match(/ {2}(\S+(?: \S+)*)$/)?.[1]?.length ?? 0) - 2);
      expect(new Set(valueEnd).size).toBe(1);
      expect(new Set(unitStart).size).toBe(1);
      // Labels start at column 0 and are followed by at least two spaces.
      for (const r of rows) expect(r).toMatch(/^\S.*?\S {2,}\S/);
    }
  });

  it('has no trailing spaces and a rule as wide as the widest row', () => {
    for (const l of de) expect(l).toBe(l.trimEnd());
    const widest = Math.max(...de.filter((_, i) => i !== 1).map((l) => [...l].length));
    expect([...(de[1] as string)].length).toBe(widest);
  });

  it('copes with an empty list', () => {
    expect(formatKpiTable([], 'de').split('\n')).toHaveLength(2);
  });
});

describe('dates and progress', () => {
  it('formats dates per language', () => {
    expect(formatDate('2025-12-31', 'de')).toBe('31.12.2025');
    expect(formatDate('2025-12-31', 'en')).toBe('2025-12-31');
  });

  it('shows whole percent and the simulated date', () => {
    expect(formatProgress(183, 731, '2024-07-01', 'de')).toBe('Simulation  25 % · 01.07.2024');
    expect(formatProgress(731, 731, '2025-12-31', 'en')).toBe('Simulation 100 % · 2025-12-31');
  });
});

describe('formatList', () => {
  it('aligns ids across sections', () => {
    const text = formatList([
      { title: 'Szenarien', entries: [{ id: 'musterkreis', name: 'Musterland' }] },
      { title: 'Politiken', entries: [{ id: 'quote', name: 'Aufnahmequote' }] },
    ]);
    expect(text).toBe('Szenarien:\n  musterkreis  Musterland\n\nPolitiken:\n  quote        Aufnahmequote');
  });
});

describe('batchLines', () => {
  it('joins lines into newline-terminated chunks without losing any', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `row ${i}`);
    const chunks = [...batchLines(lines, 100)];
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.every((c) => c.endsWith('\n'))).toBe(true);
    expect(chunks.join('')).toBe(`${lines.join('\n')}\n`);
    expect([...batchLines([])]).toEqual([]);
  });
});
