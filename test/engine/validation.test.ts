/**
 * Validation against published figures: the comparison data is well-formed, the extractors compute known values
 * on small synthetic runs, the relative difference and its average are right, and figures outside a run are skipped.
 */
import { describe, expect, it } from 'vitest';
import { hessen2019 } from '../../src/engine/data/hessen-2019.ts';
import { isIsoDate } from '../../src/engine/dates.ts';
import { runScenario } from '../../src/engine/run.ts';
import { ACCOMMODATION_TYPES } from '../../src/engine/scenario/schema.ts';
import { SOURCES } from '../../src/engine/sources.ts';
import {
  averagedRelativeDifference,
  compare,
  compareOptionsOf,
  extract,
  relativeDifference,
} from '../../src/validation/compare.ts';
import {
  EINHEITEN,
  einheitOf,
  HESSEN,
  PUBLISHED_FIGURES,
  QUANTITY_KINDS,
  type PublishedFigure,
  type Quantity,
} from '../../src/validation/published.ts';
import { formatRelDiff, formatTable, formatValue } from '../../src/validation/report.ts';
import { KREISANGEHOERIGE, load, Sim, SITE_A, SITE_B, steadyScenario } from './helpers.ts';

const KREIS_AGS = new Set(hessen2019.kreise.map((k) => k.ags));
const datesOf = (q: Quantity): string[] => ('date' in q ? [q.date] : [q.from, q.to]);

describe('published figures: the comparison data', () => {
  it('has unique ids, all for the Hessen region', () => {
    const ids = PUBLISHED_FIGURES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of PUBLISHED_FIGURES) expect(f.region, f.id).toBe(HESSEN);
  });

  it.each(PUBLISHED_FIGURES.map((f) => [f.id, f] as const))('%s is well-formed', (_id, f) => {
    expect(f.sources.length).toBeGreaterThan(0);
    for (const id of f.sources) expect(SOURCES[id]?.kind, `${f.id}: ${id}`).toBe('source');
    expect(Number.isFinite(f.value) && f.value > 0).toBe(true);
    expect(QUANTITY_KINDS).toContain(f.quantity.kind);
    expect(f.unit).toBe(einheitOf(f.quantity));
    expect(EINHEITEN[f.unit]).toBeDefined();
    if (f.unit === 'anteil') expect(f.value).toBeLessThanOrEqual(1);
    expect(f.label.de.length > 0 && f.label.en.length > 0).toBe(true);
    expect(f.note.length).toBeGreaterThan(0);
    expect(['eingabe', 'teilweise', 'ergebnis']).toContain(f.rolle);
    const dates = datesOf(f.quantity);
    for (const d of dates) expect(isIsoDate(d), d).toBe(true);
    if (dates.length === 2) expect(dates[0]! <= dates[1]!).toBe(true);
    const q = f.quantity;
    if ('kreis' in q && q.kreis !== undefined) expect(KREIS_AGS.has(q.kreis), q.kreis).toBe(true);
    if ('types' in q && q.types) for (const t of q.types) expect(ACCOMMODATION_TYPES).toContain(t);
  });
});

// ---- a small synthetic run ---------------------------------------------------------------------------

/** 10 persons/day, households of one, fixed stay of 14 days, Zuweisung every day, ample places; Jan–Apr 2024. */
const steady = (over: Parameters<typeof steadyScenario>[2] = {}) =>
  steadyScenario(10, { dist: 'fixed', days: 14 }, { period: { start: '2024-01-01', end: '2024-04-30' }, ...over });
const run = (input: ReturnType<typeof steady>) => {
  const scenario = load(input);
  return { scenario, result: runScenario(scenario) };
};

const base = run(steady());
const FEB = { from: '2024-02-01', to: '2024-02-29' } as const;
const MAR = { from: '2024-03-01', to: '2024-03-31' } as const;

describe('extractors on a steady synthetic run', () => {
  const r = base.result;
  const s = new Sim(r);

  it('Erstaufnahme arrivals over a range are rate × days, as a total and as rates', () => {
    expect(extract(r, { kind: 'erstaufnahmeZugaenge', ...FEB })).toBe(290);
    expect(extract(r, { kind: 'erstaufnahmeZugaenge', ...FEB, per: 'tag' })).toBe(10);
    expect(extract(r, { kind: 'erstaufnahmeZugaenge', ...FEB, per: 'woche' })).toBe(70);
    expect(extract(r, { kind: 'erstaufnahmeZugaenge', ...FEB, per: 'monat' })).toBeCloseTo(10 * (365.25 / 12), 9);
  });

  it('the mean stay of the persons assigned in a month is the fixed stay', () => {
    expect(extract(r, { kind: 'verweildauer', ...MAR })).toBe(14);
    expect(extract(r, { kind: 'verweildauer', ...FEB })).toBe(14);
  });

  it('without forwarding or departures, everybody stays; Zuweisungen follow arrivals 14 days later', () => {
    expect(extract(r, { kind: 'verblieben', ...FEB })).toBe(290);
    expect(extract(r, { kind: 'zuweisungenLand', ...MAR })).toBe(310);
    expect(extract(r, { kind: 'zuweisungenLand', ...MAR, per: 'woche' })).toBe(70);
  });

  it('Zuweisungen to the Kreise add up to the Land total, and their shares follow the population', () => {
    const perKreis = ['K1', 'K2', 'S1'].map((k) => extract(r, { kind: 'zuweisungenKreis', kreis: k, ...MAR }));
    expect(perKreis.reduce((a, b) => a + b, 0)).toBe(310);
    const pop = { K1: 120_000, K2: 90_000, S1: 100_000 };
    for (const [k, p] of Object.entries(pop)) {
      expect(extract(r, { kind: 'zuweisungsanteil', kreis: k, ...MAR })).toBeCloseTo(p / 310_000, 2);
    }
    expect(extract(r, { kind: 'aufnahmenKreis', kreis: 'K1', ...MAR })).toBe(perKreis[0]);
    expect(extract(r, { kind: 'direktZugaenge', ...MAR })).toBe(0);
  });

  it('stocks of a Landkreis count its Gemeinden; places are the initial places (1,000 GU per 1,000 inhabitants)', () => {
    const date = '2024-04-15';
    const housed = s.sumAt(['K1', ...KREISANGEHOERIGE.filter((g) => g.startsWith('K1'))], 'present', date);
    expect(housed).toBeGreaterThan(0);
    expect(extract(r, { kind: 'untergebracht', kreis: 'K1', date })).toBe(housed);
    // Kreis 120,000 GU + Gemeinden 120,000 GU + 120 flats (1 per 1,000 inhabitants of the Gemeinden).
    expect(extract(r, { kind: 'plaetze', kreis: 'K1', date, types: ['gu'] })).toBe(240_000);
    expect(extract(r, { kind: 'plaetze', kreis: 'K1', date })).toBe(240_120);
    expect(extract(r, { kind: 'auslastung', kreis: 'K1', date })).toBeCloseTo(housed / 240_120, 12);
    expect(extract(r, { kind: 'plaetze', kreis: 'S1', date, types: ['notunterkunft'] })).toBe(0);
    expect(extract(r, { kind: 'erstaufnahmePlaetze', date })).toBe(1000);
  });

  it('the Pauschale over a range is the sum of the Land row', () => {
    expect(extract(r, { kind: 'pauschale', ...MAR })).toBeCloseTo(s.total(s.land, 'pauschale', MAR.from, MAR.to), 3);
  });

  it('every quantity kind has an extractor giving a number', () => {
    const one: Record<(typeof QUANTITY_KINDS)[number], Quantity> = {
      erstaufnahmeZugaenge: { kind: 'erstaufnahmeZugaenge', ...MAR },
      verblieben: { kind: 'verblieben', ...MAR },
      direktZugaenge: { kind: 'direktZugaenge', ...MAR },
      zuweisungenLand: { kind: 'zuweisungenLand', ...MAR },
      zuweisungenKreis: { kind: 'zuweisungenKreis', kreis: 'K2', ...MAR },
      aufnahmenKreis: { kind: 'aufnahmenKreis', kreis: 'K2', ...MAR },
      zuweisungsanteil: { kind: 'zuweisungsanteil', kreis: 'K2', ...MAR },
      erstaufnahmePlaetze: { kind: 'erstaufnahmePlaetze', date: MAR.to },
      verweildauer: { kind: 'verweildauer', ...MAR },
      untergebracht: { kind: 'untergebracht', kreis: 'K2', date: MAR.to },
      plaetze: { kind: 'plaetze', kreis: 'K2', date: MAR.to },
      auslastung: { kind: 'auslastung', kreis: 'K2', date: MAR.to },
      pauschale: { kind: 'pauschale', ...MAR },
    };
    for (const kind of QUANTITY_KINDS) expect(Number.isFinite(extract(r, one[kind])), kind).toBe(true);
  });
});

describe('extractors: forwarding, direct arrivals, the initial stock', () => {
  it('when everybody is forwarded after 3 days, nobody stays', () => {
    const { result } = run(steady({ erstaufnahme: { forwardingShare: 1, forwardingDelay: { dist: 'fixed', days: 3 } } }));
    expect(extract(result, { kind: 'erstaufnahmeZugaenge', ...FEB })).toBe(290);
    expect(extract(result, { kind: 'verblieben', ...FEB })).toBe(0);
    expect(extract(result, { kind: 'zuweisungenLand', ...MAR })).toBe(0);
  });

  it('direct arrivals are the Kreis arrivals that are not Zuweisungen', () => {
    const { result } = run(
      steady({ arrivals: { direct: { series: { kind: 'rate', perDay: 4 }, shares: { K1: 1 }, creditQuota: true } } }),
    );
    expect(extract(result, { kind: 'direktZugaenge', kreis: 'K1', ...FEB })).toBe(116);
    expect(extract(result, { kind: 'direktZugaenge', kreis: 'K2', ...FEB })).toBe(0);
    expect(extract(result, { kind: 'direktZugaenge', ...FEB, per: 'tag' })).toBe(4);
    expect(extract(result, { kind: 'erstaufnahmeZugaenge', ...FEB })).toBe(290);
    const zuw = extract(result, { kind: 'zuweisungenKreis', kreis: 'K1', ...FEB });
    expect(extract(result, { kind: 'aufnahmenKreis', kreis: 'K1', ...FEB })).toBe(zuw + 116);
  });

  it('a closing Erstaufnahme site does not add arrivals or change the stay', () => {
    const { result } = run(
      steady({
        erstaufnahme: {
          sites: [
            { ...SITE_A, capacity: [{ from: '2024-01-01', places: 100, notunterkunft: 0 }] },
            { ...SITE_B, capacity: [{ from: '2024-01-01', places: 500, notunterkunft: 0 }, { from: '2024-02-15', places: 0, notunterkunft: 0 }] },
          ],
        },
      }),
    );
    expect(extract(result, { kind: 'erstaufnahmeZugaenge', ...FEB })).toBe(290);
    expect(extract(result, { kind: 'verblieben', ...FEB })).toBe(290);
    expect(extract(result, { kind: 'verweildauer', ...MAR })).toBe(14);
  });

  it('the initial stock, booked as arrivals of the first day, is taken out of flows that start on that day', () => {
    const { scenario, result } = run(steady({ accommodation: { initialErstaufnahme: 50, initialPerThousand: 1 } }));
    const opts = compareOptionsOf(scenario);
    const first10 = { from: '2024-01-01', to: '2024-01-10' };
    expect(extract(result, { kind: 'erstaufnahmeZugaenge', ...first10 }, opts)).toBe(100);
    expect(extract(result, { kind: 'erstaufnahmeZugaenge', ...first10 })).toBe(150);
    expect(extract(result, { kind: 'verblieben', ...first10 }, opts)).toBe(100);
    // 1 person per 1,000 inhabitants: 120 in K1, 310 in Testland.
    const k1 = extract(result, { kind: 'zuweisungenKreis', kreis: 'K1', ...first10 });
    expect(extract(result, { kind: 'aufnahmenKreis', kreis: 'K1', ...first10 }, opts)).toBe(k1);
    expect(extract(result, { kind: 'aufnahmenKreis', kreis: 'K1', ...first10 })).toBe(k1 + 120);
    expect(extract(result, { kind: 'direktZugaenge', ...first10 }, opts)).toBe(0);
    expect(extract(result, { kind: 'direktZugaenge', ...first10 })).toBe(310);
  });
});

// ---- the error measure and applicability -------------------------------------------------------------

const testFigure = (id: string, quantity: Quantity, value: number, rolle: PublishedFigure['rolle'] = 'ergebnis'): PublishedFigure => ({
  id,
  region: 'testland',
  label: { de: id, en: id },
  quantity,
  value,
  unit: einheitOf(quantity),
  sources: ['bamf-asylgeschaeftsstatistik', 'destatis-gvisys-2019'],
  note: 'test',
  rolle,
});

describe('relative difference and its average', () => {
  it('relDiff is (sim − pub) / pub, signed; the average is the mean of |relDiff|', () => {
    expect(relativeDifference(110, 100)).toBeCloseTo(0.1, 12);
    expect(relativeDifference(70, 100)).toBeCloseTo(-0.3, 12);
    expect(averagedRelativeDifference([{ relDiff: 0.1 }, { relDiff: -0.3 }])).toBeCloseTo(0.2, 12);
    expect(averagedRelativeDifference([])).toBeNull();
  });

  it('compare computes rows and averages over the applicable figures, with and without inputs', () => {
    const figures = [
      testFigure('feb', { kind: 'erstaufnahmeZugaenge', ...FEB }, 300, 'eingabe'),
      testFigure('feb-tag', { kind: 'erstaufnahmeZugaenge', ...FEB, per: 'tag' }, 8, 'eingabe'),
      testFigure('stay', { kind: 'verweildauer', ...MAR }, 10.5, 'teilweise'),
      testFigure('zuw', { kind: 'zuweisungenLand', ...MAR }, 310),
    ];
    const c = compare(base.result, figures, compareOptionsOf(base.scenario));
    expect(c.skipped).toEqual([]);
    expect(c.rows.map((r) => [r.figure.id, r.published, r.simulated])).toEqual([
      ['feb', 300, 290],
      ['feb-tag', 8, 10],
      ['stay', 10.5, 14],
      ['zuw', 310, 310],
    ]);
    const rel = [-10 / 300, 2 / 8, 3.5 / 10.5, 0];
    c.rows.forEach((r, i) => expect(r.relDiff).toBeCloseTo(rel[i]!, 12));
    expect(c.rows[0]!.source).toBe('bamf-asylgeschaeftsstatistik, destatis-gvisys-2019');
    expect(c.averagedRelativeDifference).toBeCloseTo((10 / 300 + 2 / 8 + 3.5 / 10.5 + 0) / 4, 12);
    expect(c.averagedRelativeDifferenceOhneEingaben).toBeCloseTo((3.5 / 10.5 + 0) / 2, 12);
  });

  it('compare skips figures outside the period, of another region or of an unknown Kreis', () => {
    const figures = [
      testFigure('before', { kind: 'erstaufnahmeZugaenge', from: '2023-12-01', to: '2023-12-31' }, 100),
      testFigure('overlap', { kind: 'erstaufnahmeZugaenge', from: '2024-04-01', to: '2024-05-31' }, 100),
      testFigure('after', { kind: 'untergebracht', kreis: 'K1', date: '2024-05-01' }, 100),
      { ...testFigure('elsewhere', { kind: 'erstaufnahmeZugaenge', ...FEB }, 100), region: HESSEN },
      testFigure('no-kreis', { kind: 'zuweisungenKreis', kreis: '06412', ...FEB }, 100),
      testFigure('inside', { kind: 'untergebracht', kreis: 'K1', date: '2024-04-30' }, 100),
    ];
    const c = compare(base.result, figures);
    expect(c.rows.map((r) => r.figure.id)).toEqual(['inside']);
    expect(c.skipped.map((s) => [s.figure.id, s.reason])).toEqual([
      ['before', 'zeitraum'],
      ['overlap', 'zeitraum'],
      ['after', 'zeitraum'],
      ['elsewhere', 'region'],
      ['no-kreis', 'kreis'],
    ]);
  });

  it('the Hessen figures do not apply to a run of another region', () => {
    const c = compare(base.result, PUBLISHED_FIGURES);
    expect(c.rows).toEqual([]);
    expect(c.averagedRelativeDifference).toBeNull();
    expect(c.skipped.every((s) => s.reason === 'region')).toBe(true);
  });

  it('a share of zero Zuweisungen is undefined and skipped', () => {
    const c = compare(base.result, [testFigure('anteil', { kind: 'zuweisungsanteil', kreis: 'K1', from: '2024-01-01', to: '2024-01-10' }, 0.4)]);
    expect(c.skipped.map((s) => s.reason)).toEqual(['undefiniert']);
  });
});

describe('report', () => {
  it('formats values de-DE in their unit and the relative difference with its sign', () => {
    expect(formatValue(110000, 'personen')).toBe('110.000');
    expect(formatValue(0.0381, 'anteil')).toBe('3,81');
    expect(formatValue(68, 'personenJeTag')).toBe('68,0');
    expect(formatRelDiff(0.123)).toBe('+12,3 %');
    expect(formatRelDiff(-0.04)).toBe('−4,0 %');
    expect(formatRelDiff(0)).toBe('0,0 %');
  });

  it('prints one line per row under German column heads', () => {
    const c = compare(base.result, [testFigure('zuw', { kind: 'zuweisungenLand', ...MAR }, 300)]);
    const lines = formatTable(c.rows).split('\n');
    expect(lines[0]).toMatch(/^Kennzahl\s+Quelle\s+Rolle\s+Veröffentlicht\s+Simuliert\s+Einheit\s+Rel\. Abweichung$/);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^zuw\s+bamf-asylgeschaeftsstatistik, destatis-gvisys-2019\s+M\s+300\s+310\s+Personen\s+\+3,3 %$/);
  });
});
