import { describe, it, expect } from 'vitest';
import { hessen2019 } from '../../src/engine/data/hessen-2019.ts';
import {
  BUILTIN_REGION_IDS,
  gemeindenOfKreis,
  getBuiltinRegion,
  populationShares,
} from '../../src/engine/data/regions.ts';

const region = hessen2019;
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const kreisByAgs = new Map(region.kreise.map((k) => [k.ags, k]));

describe('hessen-2019 region data', () => {
  it('has the expected identity and attribution', () => {
    expect(region.id).toBe('hessen-2019');
    expect(region.name).toBe('Hessen (Gebietsstand 2019–2025)');
    expect(region.stand).toBe('2019-12-31');
    expect(region.attribution).toContain(
      '© Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV-ISys, Stand 31.12.2019 (dl-de/by-2-0)',
    );
  });

  it('has 26 Kreise: 21 Landkreise and 5 kreisfreie Städte', () => {
    expect(region.kreise).toHaveLength(26);
    expect(region.kreise.filter((k) => k.kind === 'landkreis')).toHaveLength(21);
    const staedte = region.kreise.filter((k) => k.kind === 'kreisfreie-stadt').map((k) => k.ags);
    expect(staedte.sort()).toEqual(['06411', '06412', '06413', '06414', '06611']);
  });

  it('has 422 Gemeinden (no gemeindefreie Gebiete)', () => {
    expect(region.gemeinden).toHaveLength(422);
    expect(region.gemeinden.every((g) => g.population > 0)).toBe(true);
  });

  it('Kreis and Gemeinde populations both sum to 6,288,080 and agree per Kreis', () => {
    expect(sum(region.kreise.map((k) => k.population))).toBe(6_288_080);
    expect(sum(region.gemeinden.map((g) => g.population))).toBe(6_288_080);
    for (const k of region.kreise) {
      const inKreis = region.gemeinden.filter((g) => g.kreisAgs === k.ags);
      expect(sum(inKreis.map((g) => g.population)), k.name).toBe(k.population);
    }
  });

  it('AGS are well-formed and unique; every Gemeinde belongs to an existing Kreis', () => {
    const kreisAgs = region.kreise.map((k) => k.ags);
    const gemAgs = region.gemeinden.map((g) => g.ags);
    expect(new Set(kreisAgs).size).toBe(kreisAgs.length);
    expect(new Set(gemAgs).size).toBe(gemAgs.length);
    for (const k of region.kreise) expect(k.ags).toMatch(/^06\d{3}$/);
    for (const g of region.gemeinden) {
      expect(g.ags).toMatch(/^06\d{6}$/);
      expect(kreisByAgs.has(g.kreisAgs), g.ags).toBe(true);
      expect(g.ags.startsWith(g.kreisAgs), g.ags).toBe(true);
    }
  });

  it('Gemeinden per Kreis match the Gemeindeverzeichnis (Stand 2019)', () => {
    const count = (ags: string): number => region.gemeinden.filter((g) => g.kreisAgs === ags).length;
    expect(kreisByAgs.get('06435')?.name).toBe('Main-Kinzig-Kreis');
    expect(count('06435')).toBe(29); // Main-Kinzig-Kreis (incl. Hanau)
    expect(count('06436')).toBe(12); // Main-Taunus-Kreis
    expect(count('06635')).toBe(22); // Waldeck-Frankenberg (before the 2023 Bromskirchen merger)
    expect(count('06633')).toBe(28); // Landkreis Kassel
    expect(count('06434')).toBe(13); // Hochtaunuskreis
    expect(count('06437')).toBe(12); // Odenwaldkreis
    expect(count('06439')).toBe(17); // Rheingau-Taunus-Kreis
    expect(count('06440')).toBe(25); // Wetteraukreis
    expect(region.gemeinden.some((g) => g.ags === '06435014' && g.name === 'Hanau')).toBe(true);
  });

  it('kreisfreie Städte have no Gemeinden to pass people on to; every Landkreis has at least one', () => {
    for (const k of region.kreise) {
      const gs = gemeindenOfKreis(region, k.ags);
      if (k.kind === 'kreisfreie-stadt') {
        expect(gs, k.name).toEqual([]);
        // …but the Stadt still has its own Gemeinde record (same territory)
        expect(region.gemeinden.filter((g) => g.kreisAgs === k.ags)).toHaveLength(1);
      } else {
        expect(gs.length, k.name).toBeGreaterThanOrEqual(1);
        expect(gs.every((g) => g.kreisAgs === k.ags)).toBe(true);
      }
    }
    expect(gemeindenOfKreis(region, '06435')).toHaveLength(29);
    expect(gemeindenOfKreis(region, '99999')).toEqual([]);
  });

  // Rule of the Pauschale tiers [hlt-drs-19-3266]: II = Stadt Kassel + the Landkreise of RB Darmstadt, III = Landkreise of RB Gießen/Kassel.
  // RB Darmstadt has 10 Landkreise (06431–06440), RB Gießen 5, RB Kassel 6 — hence 4 / 11 / 11
  // (the wording "neun südhessische Landkreise" found in reports on the tiers does not match the territory).
  it('Pauschale tiers: 4 in I, 11 in II (Kassel + 10 RB-Darmstadt Landkreise), 11 in III', () => {
    const tier = (t: string): string[] =>
      region.kreise
        .filter((k) => k.pauschaleStufe === t)
        .map((k) => k.ags)
        .sort();
    expect(tier('I')).toEqual(['06411', '06412', '06413', '06414']);
    const ii = tier('II');
    expect(ii).toEqual(['06431', '06432', '06433', '06434', '06435', '06436', '06437', '06438', '06439', '06440', '06611']);
    expect(
      region.kreise.filter((k) => k.pauschaleStufe === 'II' && k.kind === 'landkreis').every((k) => k.regierungsbezirk === 'Darmstadt'),
    ).toBe(true);
    const iii = region.kreise.filter((k) => k.pauschaleStufe === 'III');
    expect(iii).toHaveLength(11);
    expect(iii.every((k) => k.kind === 'landkreis' && k.regierungsbezirk !== 'Darmstadt')).toBe(true);
  });

  it('Regierungsbezirke are Darmstadt, Gießen, Kassel with 14/5/7 Kreise', () => {
    const rb = (n: string): number => region.kreise.filter((k) => k.regierungsbezirk === n).length;
    expect([rb('Darmstadt'), rb('Gießen'), rb('Kassel')]).toEqual([14, 5, 7]);
  });

  it('coordinates lie inside Hessen\'s bounding box', () => {
    for (const g of region.gemeinden) {
      expect(g.lon, g.name).toBeGreaterThanOrEqual(7.7);
      expect(g.lon, g.name).toBeLessThanOrEqual(10.3);
      expect(g.lat, g.name).toBeGreaterThanOrEqual(49.3);
      expect(g.lat, g.name).toBeLessThanOrEqual(51.7);
    }
  });

  it('no name is empty; areas are positive', () => {
    for (const k of region.kreise) {
      expect(k.name.trim()).not.toBe('');
      expect(k.areaKm2 ?? 0).toBeGreaterThan(0);
    }
    for (const g of region.gemeinden) expect(g.name.trim(), g.ags).not.toBe('');
    expect(region.kreise.find((k) => k.ags === '06412')?.name).toBe('Frankfurt am Main');
    expect(region.kreise.find((k) => k.ags === '06611')?.name).toBe('Kassel');
    expect(region.kreise.find((k) => k.ags === '06633')?.name).toBe('Landkreis Kassel');
  });
});

describe('regions registry and helpers', () => {
  it('lists and returns the built-in region', () => {
    expect(BUILTIN_REGION_IDS).toEqual(['hessen-2019']);
    expect(getBuiltinRegion('hessen-2019')).toBe(hessen2019);
    expect(getBuiltinRegion('bayern-2019')).toBeUndefined();
  });

  it('populationShares normalises to 1', () => {
    const s = populationShares([1, 3, 4]);
    expect(s).toEqual([0.125, 0.375, 0.5]);
    const pops = gemeindenOfKreis(region, '06436').map((g) => g.population);
    expect(sum(populationShares(pops))).toBeCloseTo(1, 12);
    expect(populationShares([])).toEqual([]);
    expect(populationShares([0, 0])).toEqual([0.5, 0.5]);
    expect(populationShares([2, -1, Number.NaN])).toEqual([1, 0, 0]);
  });
});
