/** URL parameters: known values are taken, bad ones are named and left out. */
import { describe, expect, it } from 'vitest';
import { parseUrl, toSearch } from '../../src/ui/app/urlParams.ts';

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
});
