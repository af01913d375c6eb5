/**
 * The Vergleich view in the built app in Chromium: two Kreis policies, two runs each, compared in Web Workers under the
 * app's security policy; the KPI table and one map per setup appear, and the CSV export carries the scenario fingerprint.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioHash } from '../../src/engine/compare/index.ts';
import { getBuiltinScenario } from '../../src/engine/scenario/builtin/index.ts';
import { loadScenario } from '../../src/engine/scenario/load.ts';
import { openBuiltPage, type BuiltPage } from './built.ts';

describe('Vergleich in Chromium', () => {
  let built: BuiltPage;
  beforeAll(async () => {
    built = await openBuiltPage();
  });
  afterAll(async () => {
    await built?.close();
  });

  it('compares two Kreis policies and exports the comparison with its scenario fingerprint', async () => {
    const { app, page, errors } = built;
    await page.goto(`${app.url}?szenario=herbst-2015&ansicht=vergleich`);
    await page.locator('.run-bar .status').filter({ hasText: /berechnet in/ }).waitFor({ timeout: 90_000 });
    const setup = (n: number) => page.getByRole('group', { name: `Variante ${n}` });
    await setup(1).getByRole('combobox', { name: 'Zuweisung Kreis → Gemeinde' }).selectOption('einwohner');
    await setup(2).getByRole('combobox', { name: 'Zuweisung Kreis → Gemeinde' }).selectOption('selbst');
    await page.getByRole('textbox', { name: /Läufe je Variante/ }).fill('2');
    await page.getByRole('button', { name: 'Vergleichen' }).click();
    await page.getByText('4 / 4 Läufe').waitFor({ timeout: 90_000 });
    // Maps, bands, one Kreis and fairness follow once the runs are summarised, one part per frame.
    await page.locator('section.vergleich-fairness').waitFor({ timeout: 30_000 });

    const table = page.getByRole('table', { name: 'Kennzahlen' });
    expect(await table.locator('tr[data-kpi="zuweisungen"]').count()).toBe(1);
    expect(await page.locator('figure.vergleich-map svg[role="img"]').count()).toBe(2);
    expect(await page.locator('figure.vergleich-map').first().locator('path[fill]').count()).toBeGreaterThan(20);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const loaded = loadScenario(getBuiltinScenario('herbst-2015'));
    if (!loaded.ok) throw new Error('herbst-2015 does not load');
    const hash = scenarioHash(loaded.scenario);
    expect(csv.split('\n')[0]).toContain('scenarioHash');
    expect(csv).toContain(hash);
    expect(csv).toContain(',einwohner,');
    expect(csv).toContain(',selbst,');
    expect(errors).toEqual([]);
    expect(app.cspReports).toEqual([]);
  }, 240_000);
});
