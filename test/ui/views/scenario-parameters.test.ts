// @vitest-environment node
/** Parameters of the Szenario view: labels, values with units, sources by prefix, model defaults, the documents a citation text names. */
import { describe, expect, it } from 'vitest';
import { getBuiltinScenario } from '../../../src/engine/scenario/builtin/index.ts';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import type { Scenario } from '../../../src/engine/scenario/schema.ts';
import {
  changesOf,
  defaultSourceOf,
  describeParameter,
  findSource,
  isModelDefault,
  labelOf,
  parameterRows,
  schemaDefault,
  sourceOf,
} from '../../../src/ui/views/scenario/parameters.ts';
import { citedSources, sourceDate } from '../../../src/ui/views/scenario/cited.ts';

const NB = '\u00a0';

function builtin(id: string): Scenario {
  const r = loadScenario(getBuiltinScenario(id));
  if (!r.ok) throw new Error(`${id}: ${JSON.stringify(r.issues)}`);
  return r.scenario;
}

describe('describeParameter', () => {
  it('describes a distribution in days (de/en)', () => {
    const d = describeParameter('erstaufnahme.dwell', { dist: 'gamma', mean: 35, cv: 0.35 });
    expect(d).toMatchObject({ label: 'Verweildauer bis zur Zuweisung', valueText: `Gamma, Mittel 35${NB}Tage, VK 0,35`, unit: 'Tage' });
    expect(describeParameter('erstaufnahme.dwell', { dist: 'gamma', mean: 35, cv: 0.35 }, 'en')).toMatchObject({
      label: 'Stay until Zuweisung',
      valueText: `Gamma, mean 35${NB}days, CV 0.35`,
      unit: 'days',
    });
    expect(describeParameter('exits.afterRecognition', { dist: 'exponential', mean: 240 }).valueText).toBe(`Exponential, Mittel 240${NB}Tage`);
    expect(describeParameter('erstaufnahme.forwardingDelay', { dist: 'uniform', min: 2, max: 10 }).valueText).toBe(`gleichverteilt 2–10${NB}Tage`);
    expect(describeParameter('erstaufnahme.forwardingDelay', { dist: 'fixed', days: 1 }, 'en').valueText).toBe(`fixed 1${NB}day`);
  });

  it('describes a share as percent', () => {
    expect(describeParameter('erstaufnahme.forwardingShare', 0.425)).toMatchObject({ valueText: `42,5${NB}%`, unit: '%' });
    expect(describeParameter('arrivals.safeCountryShare', 0.05, 'en')).toMatchObject({ valueText: `5${NB}%`, unit: '%' });
    expect(describeParameter('situation.angespannt', 0.9).valueText).toBe(`90${NB}%`);
  });

  it('describes costs and Pauschalen in EUR per place-day, person-day, person-month', () => {
    const place = describeParameter('accommodation.costs.gu.perPlaceDay', 14.7);
    expect(place).toMatchObject({ valueText: `14,70${NB}€ je Platz und Tag`, unit: '€ je Platz und Tag' });
    expect(place.label).toContain('Gemeinschaftsunterkünfte');
    expect(describeParameter('accommodation.costs.hotel.perPersonDay', 35, 'en')).toMatchObject({
      valueText: `35${NB}EUR per person-day`,
      unit: 'EUR per person-day',
    });
    expect(describeParameter('money.gemeindeReimbursementPerPersonDay', 8.8).valueText).toBe(`8,80${NB}€ je Person und Tag`);
    const pauschale = describeParameter('money.pauschale', [
      { from: '2015-01-01', I: 725.4, II: 652.2, III: 601.46 },
      { from: '2016-01-01', I: 1050, II: 940, III: 865 },
    ]);
    expect(pauschale.unit).toBe('€ je Person und Monat');
    expect(pauschale.valueText).toBe('2 Zeiträume (€ je Person und Monat)');
    expect(pauschale.detail?.collapsed).toBe(false);
    expect(pauschale.detail?.rows[1]).toEqual(['01.01.2016', `1.050${NB}€`, `940${NB}€`, `865${NB}€`]);
  });

  it('describes days, persons, places and months fields', () => {
    expect(describeParameter('erstaufnahme.maxDays', 91)).toMatchObject({ valueText: `91${NB}Tage`, unit: 'Tage' });
    expect(describeParameter('procurement.termDays', 3650, 'en')).toMatchObject({ valueText: `3,650${NB}days`, unit: 'days' });
    expect(describeParameter('erstaufnahme.maxDaysFamilies', 183).unit).toBe('Tage');
    expect(describeParameter('accommodation.initialErstaufnahme', 600).valueText).toBe(`600${NB}Personen`);
    expect(describeParameter('procurement.minPlaces', 20).valueText).toBe(`20${NB}Plätze`);
    expect(describeParameter('money.pauschaleMonthsAfterRejection', 36).valueText).toBe(`36${NB}Monate`);
    expect(describeParameter('arrivals.series', { kind: 'rate', perDay: 18 }).valueText).toBe(`18${NB}Personen je Tag`);
  });

  it('collapses long lists with a count', () => {
    const values = Object.fromEntries(Array.from({ length: 19 }, (_, i) => [`20${15 + Math.floor((i + 5) / 12)}-${String(((i + 5) % 12) + 1).padStart(2, '0')}`, 1000]));
    const series = describeParameter('arrivals.series', { kind: 'monthly', values });
    expect(series.valueText).toMatch(/^19 Monatswerte/);
    expect(series.detail).toMatchObject({ summary: '19 Monatswerte', collapsed: true });
    expect(series.detail?.rows).toHaveLength(19);
    const quota = describeParameter('policies.quota', { '06411': 0.026659, '06412': 0.062 }, 'de', { unitName: (id) => (id === '06412' ? 'Frankfurt am Main' : undefined) });
    expect(quota.valueText).toBe('2 Kreise');
    expect(quota.detail?.rows).toEqual([
      ['06411', `2,67${NB}%`],
      ['Frankfurt am Main (06412)', `6,2${NB}%`],
    ]);
    expect(describeParameter('policies.quota', {}).valueText).toBe('keine (Anteile nach Einwohnern)');
  });

  it('names groups and fields below a distribution from the catalogue', () => {
    expect(labelOf('situation', 'de')).toBe('Lage (Belegungsschwellen)');
    expect(labelOf('procurement', 'en')).toBe('Procurement of places');
    expect(describeParameter('erstaufnahme.dwell.mean', 40)).toMatchObject({ label: 'Verweildauer bis zur Zuweisung › mean', valueText: `40${NB}Tage` });
    expect(describeParameter('erstaufnahme.dwell.cv', 0.3).valueText).toBe('0,3');
    expect(describeParameter('arrivals.series.values.2025-09', 400, 'en').valueText).toBe(`400${NB}persons per month`);
    expect(labelOf('nirgends.x', 'de')).toBe('nirgends.x');
  });

  it('labels an event path below a parameter and keeps its unit', () => {
    expect(describeParameter('policies.quota.06440', 0.0475)).toMatchObject({ label: 'Aufnahmequoten der Kreise › 06440', valueText: `4,75${NB}%` });
  });
});

describe('sources and defaults', () => {
  const sources = {
    erstaufnahme: 'Gruppe',
    'erstaufnahme.dwell': 'epd-verweildauer-2016: ≈ 8 Wochen (2016)',
    situation: 'Modellannahme',
  };

  it('matches the most specific prefix', () => {
    expect(findSource('erstaufnahme.dwell', sources)).toEqual({ key: 'erstaufnahme.dwell', text: 'epd-verweildauer-2016: ≈ 8 Wochen (2016)' });
    expect(findSource('erstaufnahme.dwell.mean', sources)).toEqual({ key: 'erstaufnahme.dwell', text: 'epd-verweildauer-2016: ≈ 8 Wochen (2016)' });
    expect(findSource('erstaufnahme.maxDays', sources)).toEqual({ key: 'erstaufnahme', text: 'Gruppe' });
    expect(findSource('situation.hysteresis', sources)?.key).toBe('situation');
    // A prefix must end at a path boundary.
    expect(findSource('erstaufnahme.dwellX', { 'erstaufnahme.dwell': 'x' })).toBeNull();
    expect(findSource('exits.departShare', sources)).toBeNull();
  });

  it('detects model defaults from the schema', () => {
    expect(schemaDefault('procurement.noticeDays')).toEqual({ found: true, value: 90 });
    expect(schemaDefault('erstaufnahme.forwardingDelay')).toEqual({ found: true, value: { dist: 'fixed', days: 3 } });
    expect(schemaDefault('erstaufnahme.maxDays')).toEqual({ found: false });
    expect(isModelDefault('procurement.noticeDays', 90)).toBe(true);
    expect(isModelDefault('procurement.noticeDays', 60)).toBe(false);
    expect(isModelDefault('erstaufnahme.forwardingDelay', { dist: 'fixed', days: 3 })).toBe(true);
    expect(isModelDefault('policies.weekdays', [1, 2, 3, 4, 5])).toBe(true);
    expect(isModelDefault('erstaufnahme.maxDaysFamilies', undefined)).toBe(true);
    expect(isModelDefault('erstaufnahme.maxDays', 91)).toBe(false);
  });

  it('names where a model default comes from: the field or its group in the catalogue', () => {
    expect(defaultSourceOf('procurement.noticeDays')).toBe('modellannahme');
    expect(defaultSourceOf('situation.hysteresis')).toBe('modellannahme');
    expect(defaultSourceOf('erstaufnahme.maxDaysFamilies')).toMatch(/^asylg: § 47 Abs\. 1, Familien/);
    expect(defaultSourceOf('nirgends')).toBeUndefined();
  });

  it('names a source, else the model default, else no source', () => {
    expect(sourceOf('erstaufnahme.dwell', { dist: 'gamma', mean: 35, cv: 0.35 }, sources)).toEqual({ kind: 'source', key: 'erstaufnahme.dwell', text: 'epd-verweildauer-2016: ≈ 8 Wochen (2016)' });
    expect(sourceOf('procurement.noticeDays', 90, sources)).toEqual({ kind: 'default' });
    expect(sourceOf('procurement.noticeDays', 60, sources)).toEqual({ kind: 'none' });
    expect(sourceOf('exits.departShare', 0.4, sources)).toEqual({ kind: 'none' });
  });
});

describe('parameter rows of a built-in scenario', () => {
  it('lists every leaf by group with a source or the default for musterkreis', () => {
    const s = builtin('musterkreis');
    const rows = parameterRows(s);
    const paths = rows.map((r) => r.path);
    expect(paths).toContain('arrivals.series');
    expect(paths).toContain('erstaufnahme.dwell');
    expect(paths).toContain('accommodation.costs.gu.perPlaceDay');
    expect(paths).toContain('situation.hysteresis');
    expect(paths).not.toContain('accommodation.costs');
    expect(new Set(rows.map((r) => r.group))).toEqual(
      new Set(['arrivals', 'erstaufnahme', 'procedure', 'exits', 'accommodation', 'situation', 'procurement', 'money', 'policies']),
    );
    const kinds = rows.map((r) => sourceOf(r.path, r.value, s.sources).kind);
    expect(kinds).not.toContain('none');
    expect(sourceOf('procurement.cancelBelow', s.procurement.cancelBelow, s.sources).kind).toBe('default');
    // A changed value without a source is flagged.
    const changed = { ...s, procedure: { ...s.procedure, safeCountryFactor: 0.5 } };
    const row = parameterRows(changed).find((r) => r.path === 'procedure.safeCountryFactor')!;
    expect(sourceOf(row.path, row.value, changed.sources).kind).toBe('none');
  });

  it('finds the events that change a parameter (herbst-2015)', () => {
    const s = builtin('herbst-2015');
    expect(changesOf(s.events, 'erstaufnahme.maxDays')).toEqual([{ date: '2015-10-24', key: 'erstaufnahme.maxDays', value: 183, exact: true }]);
    expect(changesOf(s.events, 'erstaufnahme.forwardingShare').map((c) => c.date)).toEqual(['2015-09-01', '2016-01-01']);
    expect(changesOf(s.events, 'exits.departShare')).toEqual([]);
  });
});

describe('cited sources', () => {
  it('reads a citation text as the documents it names, with publisher, date, address and detail', () => {
    expect(citedSources('epd-verweildauer-2016: ≈ 8 Wochen (2016); modellannahme', 'de')).toEqual([
      {
        kind: 'source',
        id: 'epd-verweildauer-2016',
        title: 'Meldung 1-13 vom 01.04.2016: Sozialminister Grüttner zur Erstaufnahme',
        publisher: 'Evangelischer Pressedienst (epd)',
        date: '01.04.2016',
        url: 'https://w.epd.de/sw/2016/04/01/1-13.htm',
        detail: '≈ 8 Wochen (2016)',
      },
      { kind: 'assumption', id: 'modellannahme', label: 'Modellannahme' },
    ]);
    // Undated pages have no date, a printed paper no address.
    expect(citedSources('hmsi-zuweisung-kommunen', 'de')?.[0]).not.toHaveProperty('date');
    expect(citedSources('mcgovern-2016', 'de')?.[0]).toMatchObject({ kind: 'source', date: 'Juni 2016' });
    expect(citedSources('mcgovern-2016', 'de')?.[0]).not.toHaveProperty('url');
  });

  it('names the assumptions in the language of the view', () => {
    expect(citedSources('modellannahme; unbelegt: ≈ 62 %; lehrbeispiel', 'en')?.map((c) => (c.kind === 'assumption' ? c.label : c.id))).toEqual([
      'model assumption',
      'no source found',
      'teaching example',
    ]);
    expect(citedSources('unbelegt: ≈ 62 %', 'de')).toEqual([{ kind: 'assumption', id: 'unbelegt', label: 'unbelegt', detail: '≈ 62 %' }]);
  });

  it('leaves text that is not a citation text of known ids as it is', () => {
    expect(citedSources('Sozialministerium, 29.03.2016', 'de')).toBeUndefined();
    expect(citedSources('facts-2-3: Verweildauer', 'de')).toBeUndefined();
    expect(citedSources('asylg; nicht-in-der-liste', 'de')).toBeUndefined();
  });

  it('writes the dates of the sources list by their precision', () => {
    expect(sourceDate('de', '2016-04-01')).toBe('01.04.2016');
    expect(sourceDate('en', '2016-04-01')).toBe('1 Apr 2016');
    expect(sourceDate('de', '2023-05')).toBe('Mai 2023');
    expect(sourceDate('en', '2023-05')).toBe('May 2023');
    expect(sourceDate('en', '2015')).toBe('2015');
  });
});
