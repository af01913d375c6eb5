/** The parameter catalogue on the schema: every parameter named, with unit, default, bounds, source and what events may change. */
import { describe, expect, it } from 'vitest';
import { SOURCES_DEFAULT } from '../../src/engine/scenario/builtin/common.ts';
import { getBuiltinScenario } from '../../src/engine/scenario/builtin/index.ts';
import { catalogue, entryAt, isOpenRecord, parameterCatalogue, sourcesOf, startOnlyPaths, unitAt } from '../../src/engine/scenario/catalogue.ts';
import { MAX_DAYS } from '../../src/engine/scenario/limits.ts';
import { loadScenario } from '../../src/engine/scenario/load.ts';
import { PARAMETER_GROUPS, type Scenario } from '../../src/engine/scenario/schema.ts';
import { smallScenario } from './helpers.ts';

const loaded = (): Scenario => {
  const r = loadScenario(smallScenario());
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.scenario;
};

describe('the catalogue', () => {
  it('lists every field in the order of the schema, parents first, with a description', () => {
    const paths = catalogue().map((e) => e.path);
    expect(paths.slice(0, 3)).toEqual(['id', 'name', 'description']);
    expect(paths.indexOf('erstaufnahme')).toBeLessThan(paths.indexOf('erstaufnahme.sites'));
    expect(paths).toContain('erstaufnahme.sites[].capacity[].places');
    expect(paths).toContain('accommodation.units.*.gu');
    // Inside a distribution nothing is listed: it is one value.
    expect(paths.filter((p) => p.startsWith('erstaufnahme.dwell'))).toEqual(['erstaufnahme.dwell']);
    for (const e of catalogue()) expect(e.meta.description, e.path).toBeTruthy();
  });

  it('names each parameter the Szenario view shows, in German and English', () => {
    const shown = parameterCatalogue().filter((e) => !/[[*]/.test(e.path) && !e.variant && !e.path.includes('PerThousand.') && !/^accommodation\.costs\.\w+$/.test(e.path));
    expect(shown.map((e) => e.path)).toEqual(expect.arrayContaining([...PARAMETER_GROUPS, 'erstaufnahme.maxDays', 'policies.quota']));
    for (const e of shown) {
      expect(e.label?.de, e.path).toBeTruthy();
      expect(e.label?.en, e.path).toBeTruthy();
    }
    expect(entryAt('accommodation.costs.gu.perPlaceDay')?.label).toEqual({ de: 'Kosten je Vertragsplatz: Gemeinschaftsunterkünfte (GU)', en: 'Cost per contracted place: shared accommodation (GU)' });
  });

  it('holds the defaults the loader fills in, declared once', () => {
    const s = loaded();
    for (const group of ['situation', 'procurement', 'policies'] as const) expect(entryAt(group)?.default, group).toEqual(s[group]);
    expect(entryAt('procurement.noticeDays')).toMatchObject({ optional: true, default: 90 });
    expect(entryAt('erstaufnahme.forwardingDelay')?.default).toEqual({ dist: 'fixed', days: 3 });
    expect(entryAt('erstaufnahme.maxDaysFamilies')).toMatchObject({ optional: true, default: undefined });
    expect(entryAt('erstaufnahme.maxDays')).toMatchObject({ optional: false, default: undefined });
    // A default in the catalogue is what a scenario that leaves the field out gets.
    const input = smallScenario();
    delete (input as { situation?: unknown }).situation;
    const r = loadScenario(input);
    expect(r.ok && r.scenario.situation.angespannt).toBe(entryAt('situation.angespannt')?.default);
  });

  it('holds the bounds the schema checks', () => {
    expect(entryAt('arrivals.safeCountryShare')).toMatchObject({ min: { value: 0, inclusive: true }, max: { value: 1, inclusive: true } });
    expect(entryAt('erstaufnahme.maxDays')).toMatchObject({ min: { value: 1, inclusive: true }, max: { value: MAX_DAYS, inclusive: true } });
    expect(entryAt('policies.weekdays')).toMatchObject({ min: { value: 1, inclusive: true }, max: { value: 7, inclusive: true } });
    expect(entryAt('policies.land')).toMatchObject({ min: undefined, max: undefined });
  });

  it('knows the units, also below a parameter (an entry of a record, a field of a distribution)', () => {
    expect(entryAt('procurement.termDays')?.unit).toBe('days');
    expect(unitAt('policies.quota.06440')).toBe('share');
    expect(unitAt('erstaufnahme.dwell.mean')).toBe('days');
    expect(unitAt('erstaufnahme.dwell.cv')).toBe('none');
    expect(unitAt('arrivals.series', { kind: 'monthly', values: {} })).toBe('personsPerMonth');
    expect(unitAt('arrivals.series', { kind: 'rate', perDay: 3 })).toBe('personsPerDay');
    expect(unitAt('erstaufnahme.sites.0.name')).toBe('none');
    expect(unitAt('nirgends.x')).toBe('none');
  });

  it('marks the fields read only at the start and the records events may add to', () => {
    expect(startOnlyPaths()).toEqual([
      'erstaufnahme.sites',
      'accommodation.kreisPerThousand',
      'accommodation.gemeindePerThousand',
      'accommodation.units',
      'accommodation.largeUnitPlaces',
      'accommodation.initialPerThousand',
      'accommodation.initialErstaufnahme',
    ]);
    for (const p of ['policies.quota', 'policies.kreisByKreis', 'policies.params', 'exits.kreisFactor', 'arrivals.series.values']) expect(isOpenRecord(p), p).toBe(true);
    // The monthly values of direct arrivals and their shares are records, but not open to events.
    for (const p of ['arrivals.direct.series.values', 'arrivals.direct.shares', 'policies', 'policies.land', 'nirgends']) expect(isOpenRecord(p), p).toBe(false);
  });

  it('gives the built-in scenarios the sources of the fields they share, as the schema cites them', () => {
    expect(sourcesOf(['procurement.termDays', 'situation'])).toEqual({
      'procurement.termDays': 'bergstraesser-dadi-2021: Darmstadt-Dieburg, auf dem Höhepunkt Verträge über 10 Jahre',
      situation: 'modellannahme',
    });
    // A field that has no source of its own is refused, not covered by its group.
    expect(() => sourcesOf(['situation.angespannt'])).toThrow(/no source for "situation.angespannt"/);
    // A built-in that keeps the shared sources cites what the schema cites.
    const musterkreis = loadScenario(getBuiltinScenario('musterkreis'));
    if (!musterkreis.ok) throw new Error(JSON.stringify(musterkreis.issues));
    for (const path of Object.keys(SOURCES_DEFAULT).filter((p) => p !== 'arrivals.householdSizes')) {
      expect(musterkreis.scenario.sources[path], path).toBe(entryAt(path)?.source);
    }
  });
});
