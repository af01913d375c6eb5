/** URL parameters: known values are taken, bad ones are named and left out. */
import { describe, expect, it } from 'vitest';
import { MAX_SEED } from '../../src/engine/scenario/load.ts';
import { parseUrl, problemsInRun, toSearch } from '../../src/ui/app/urlParams.ts';

const known = { scenarios: ['musterkreis', 'herbst-2015'], landPolicies: ['quote'], kreisPolicies: ['selbst', 'einwohner'], views: ['karte'] };

describe('URL parameters', () => {
  it('reads a complete, valid query', () => {
    const r = parseUrl('?szenario=herbst-2015&seed=7&land=quote&kreis=selbst&sprache=en&ansicht=karte&einheit=06531&datum=2015-10-01', known);
    expect(r.problems).toEqual([]);
    expect(r.state).toEqual({ scenario: 'herbst-2015', seed: 7, land: 'quote', kreis: 'selbst', lang: 'en', view: 'karte', unit: '06531', date: '2015-10-01' });
  });

  it('names each bad parameter and does not apply it', () => {
    const r = parseUrl('?szenario=mars&seed=-1&kreis=zufall&datum=gestern', known);
    expect(r.state).toEqual({});
    expect(r.problems.map((p) => p.param)).toEqual(['szenario', 'kreis', 'seed', 'datum']);
    expect(r.problems[0]!.de).toContain('„mars“');
    expect(r.problems[0]!.de).toContain('musterkreis');
    expect(r.problems[2]!.en).toContain('not a whole number');
  });

  it('writes back what it reads', () => {
    const s = { scenario: 'musterkreis', seed: 3, kreis: 'einwohner' };
    expect(parseUrl(toSearch(s), known).state).toEqual(s);
  });

  it('takes a date only if the calendar has it', () => {
    const r = parseUrl('?datum=2024-02-30', known);
    expect(r.state).toEqual({});
    expect(r.problems).toEqual([{ param: 'datum', de: expect.stringContaining('„2024-02-30“'), en: expect.stringContaining('“2024-02-30”') }]);
    expect(parseUrl('?datum=2024-02-29', known).state).toEqual({ date: '2024-02-29' });
  });

  it('takes seeds in the range of the scenario and the command line', () => {
    expect(parseUrl(`?seed=${MAX_SEED}`, known).state).toEqual({ seed: MAX_SEED });
    const r = parseUrl(`?seed=${MAX_SEED + 1}`, known);
    expect(r.state).toEqual({});
    expect(r.problems[0]!.de).toBe(`Parameter „seed“: „${MAX_SEED + 1}“ ist keine ganze Zahl von 0 bis ${MAX_SEED}.`);
  });

  it('names a unit and a date the run does not have, once its units and days are known', () => {
    const run = { hasUnit: (id: string) => id === 'K1', days: ['2024-01-01', '2024-01-02', '2024-01-03'] };
    expect(problemsInRun({ unit: 'K1', date: '2024-01-03' }, run)).toEqual([]);
    expect(problemsInRun({}, run)).toEqual([]);
    const bad = problemsInRun({ unit: 'toString', date: '2023-12-31' }, run);
    expect(bad.map((p) => p.param)).toEqual(['einheit', 'datum']);
    expect(bad[0]!.de).toContain('„toString“ ist keine Einheit dieses Laufs');
    expect(bad[1]!.en).toContain('outside the run’s period (2024-01-01 to 2024-01-03)');
    expect(problemsInRun({ date: '2024-01-04' }, run).map((p) => p.param)).toEqual(['datum']);
  });

  it('round-trips the whole state: view, unit, date, language, saved entries and a share code', () => {
    const s = {
      scenario: 'herbst-2015',
      seed: 12,
      land: 'quote',
      kreis: 'selbst',
      view: 'karte',
      unit: '06531',
      date: '2015-10-01',
      lang: 'en' as const,
      own: 'a1b2-c3',
      comparison: 'v-9',
      share: 'N4Ig+-$x',
    };
    const search = toSearch(s);
    expect(search.endsWith(`teilen=${encodeURIComponent('N4Ig+-$x')}`)).toBe(true);
    expect(parseUrl(search, known)).toEqual({ state: s, problems: [] });
  });

  it('names an id of a saved entry that cannot be one', () => {
    const r = parseUrl(`?eigen=&vergleich=${'x'.repeat(201)}`, known);
    expect(r.state).toEqual({});
    expect(r.problems.map((p) => p.param)).toEqual(['eigen', 'vergleich']);
    expect(r.problems[0]!.de).toContain('keine Kennung eines gespeicherten Eintrags');
  });
});
