/** Every problem of a scenario or a comparison plan is said in German and in English, the English being its message. */
import { describe, expect, it } from 'vitest';
import { planComparison } from '../../src/engine/compare/plan.ts';
import { resolveScenario, ScenarioError } from '../../src/engine/scenario/resolve.ts';
import { policyCatalogue } from '../../src/engine/policies/registry.ts';
import { issuesOf, load, rejected, smallScenario, TESTLAND } from './helpers.ts';

/** The one issue at `path`, which must exist. */
const at = (issues: readonly { path: string }[], path: string) => {
  const found = issues.filter((i) => i.path === path);
  expect(found, path).toHaveLength(1);
  return found[0] as (typeof issues)[number] & { message: string; text: { de: string; en: string } };
};

describe('a scenario problem in both languages', () => {
  it('a string where a number is expected: zod’s message in English, its German locale in German', () => {
    const issue = at(rejected({ seed: 'sieben' as never }), 'seed');
    expect(issue.text.en).toBe(issue.message);
    expect(issue.text.en).toBe('Invalid input: expected number, received string');
    expect(issue.text.de).toBe('Ungültige Eingabe: erwartet Zahl, erhalten Text');
  });

  it('a number where a string is expected: the German names both types in German, not as a class', () => {
    const issue = at(rejected({ id: 5 as never }), 'id');
    expect(issue.text.en).toBe('Invalid input: expected string, received number');
    expect(issue.text.de).toBe('Ungültige Eingabe: erwartet Text, erhalten Zahl');
  });

  it('a value above its bound: zod’s German names the bound', () => {
    const issue = at(rejected({ arrivals: { householdSizes: [-1] } }), 'arrivals.householdSizes[0]');
    expect(issue.text.en).toMatch(/^Too small: expected number to be >=0/);
    expect(issue.text.de).toBe('Zu klein: erwartet, dass der Wert >=0 ist');
  });

  it('a period whose start is after its end: the schema’s own words', () => {
    const issue = at(rejected({ period: { start: '2024-06-01', end: '2024-05-31' } }), 'period.end');
    expect(issue).toEqual({
      path: 'period.end',
      message: 'start must not be after end',
      text: { de: 'der Beginn darf nicht nach dem Ende liegen', en: 'start must not be after end' },
    });
  });

  it('periods out of order: the words carry the date the input gave', () => {
    const p = { duration: { dist: 'fixed' as const, days: 10 }, protectionRate: 0.5 };
    const issue = at(rejected({ procedure: { periods: [{ from: '2024-03-01', ...p }, { from: '2024-02-01', ...p }] } }), 'procedure.periods[1].from');
    expect(issue.text).toEqual({ de: 'muss nach dem vorigen Zeitraum (2024-03-01) liegen', en: 'must be later than the previous period (2024-03-01)' });
  });

  it('an unknown policy, named in both languages with the known ones', () => {
    const issue = at(rejected({ policies: { kreis: 'wuerfeln' } }), 'policies.kreis');
    expect(issue.message).toMatch(/^unknown Kreis policy "wuerfeln" \(known: .*einwohner/);
    expect(issue.text.en).toBe(issue.message);
    expect(issue.text.de).toMatch(/^unbekannte Zuweisungspolitik der Kreise „wuerfeln“ \(bekannt sind: .*einwohner/);
  });

  it('a duplicate Gemeinde id of an inline region', () => {
    const region = structuredClone(TESTLAND) as typeof TESTLAND & { gemeinden: { ags: string }[] };
    region.gemeinden[1]!.ags = 'K1-01';
    const issue = at(issuesOf({ ...smallScenario(), region }), 'region.gemeinden[1].ags');
    expect(issue.text).toEqual({ de: 'Kennung K1-01 doppelt vergeben', en: 'duplicate id K1-01' });
  });

  it('a key that is not a month: the check’s message in both languages inside the key’s', () => {
    const issue = at(rejected({ arrivals: { series: { kind: 'monthly', values: { '2024-13': 5 } } } }), 'arrivals.series.values.2024-13');
    expect(issue.text).toEqual({ de: 'kein gültiger Schlüssel: muss ein Monat JJJJ-MM sein', en: 'not a valid key: must be a month YYYY-MM' });
  });

  it('a unit the region lacks, and an event path that is no parameter', () => {
    const site = at(rejected({ erstaufnahme: { sites: [{ id: 'eae', name: 'E', host: '99999', capacity: [{ from: '2024-01-01', places: 10, notunterkunft: 0 }] }] } }), 'erstaufnahme.sites[0].host');
    expect(site.text).toEqual({ de: 'kein Kreis und keine Gemeinde mit dem AGS „99999“', en: 'no Kreis or Gemeinde with AGS "99999"' });
    const event = at(rejected({ events: [{ date: '2024-02-01', label: { de: 'x', en: 'x' }, set: { 'erstaufnahme.maxDayz': 1 } }] }), 'events[0].set["erstaufnahme.maxDayz"]');
    expect(event.text).toEqual({ de: 'den Parameter „erstaufnahme.maxDayz“ gibt es nicht', en: 'no parameter "erstaufnahme.maxDayz"' });
  });

  it('a value an event sets outside its bound: zod’s words in both languages after the event’s path', () => {
    const issues = rejected({ events: [{ date: '2024-02-01', label: { de: 'x', en: 'x' }, set: { 'arrivals.noise': 'laut' } }] });
    const issue = at(issues, 'events[0] → arrivals.noise');
    expect(issue.text.en).toMatch(/^Invalid option: expected one of "none"\|"poisson"/);
    expect(issue.text.de).toMatch(/^Ungültige Option: erwartet eine von "none"\|"poisson"/);
  });

  it('every problem of a text that is not JSON, nested too deep or too large has a German text that differs from the English', () => {
    for (const input of ['{', `${'['.repeat(100)}${']'.repeat(100)}`]) {
      const [issue] = issuesOf(input);
      expect(issue!.text.en).toBe(issue!.message);
      expect(issue!.text.de).not.toBe(issue!.text.en);
      expect(issue!.text.de).toMatch(/kein gültiges JSON|Ebenen tief verschachtelt/);
    }
  });

  it('ScenarioError of a run carries the texts as well', () => {
    const scenario = load(smallScenario());
    try {
      resolveScenario(scenario, policyCatalogue(), { landPolicy: 'losen' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioError);
      const issue = at((e as ScenarioError).issues, 'policies.land');
      expect(issue.text.de).toMatch(/^unbekannte Zuweisungspolitik des Landes „losen“/);
      expect(issue.text.en).toMatch(/^unknown Land policy "losen"/);
    }
  });
});

describe('a problem of a comparison plan in both languages', () => {
  it('an unknown policy, a parameter out of range and a bad number of runs', () => {
    const r = planComparison(load(smallScenario()), [{ landPolicy: 'losen' }, { params: [{ path: 'erstaufnahme.dwell.mean', value: 0 }] }], { runs: 0 });
    if (r.ok) throw new Error('accepted');
    const field = (f: string) => r.issues.find((i) => i.field === f)!;
    expect(field('runs').text).toEqual({ de: 'muss eine ganze Zahl ≥ 1 sein', en: 'must be a whole number ≥ 1' });
    expect(field('landPolicy').text.de).toMatch(/^unbekannte Politik „losen“; bekannt sind: .*quote/);
    expect(field('landPolicy').text.en).toBe(field('landPolicy').message);
    expect(field('params').text).toEqual({
      de: '0 liegt außerhalb des zulässigen Bereichs: muss ≥ 0,01 sein',
      en: '0 is out of range: must be ≥ 0.01',
    });
  });

  it('a setup the loader rejects: the loader’s texts after the path', () => {
    const r = planComparison(load(smallScenario()), [{ params: [{ path: 'arrivals.noise', value: 'laut' }] }], { runs: 1 });
    if (r.ok) throw new Error('accepted');
    const issue = r.issues[0]!;
    expect(issue.text.en).toBe(issue.message);
    expect(issue.text.de).toMatch(/^arrivals\.noise: Ungültige Option: erwartet eine von "none"\|"poisson"/);
    expect(issue.text.en).toMatch(/^arrivals\.noise: Invalid option: expected one of "none"\|"poisson"/);
  });
});
