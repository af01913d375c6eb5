/**
 * The planner's journey in the built app in Chromium: edit a Kreis's capacity, save and apply the draft, compare two
 * Kreis policies with five runs each, export the comparison as CSV, save it, reload — and the saved scenario and
 * comparison are still there and open again.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltPage, type BuiltPage } from './built.ts';

// Functions, not strings: the built app's security policy forbids evaluating strings.
const computed = (): boolean => /berechnet in/.test(document.querySelector('.run-bar .status')?.textContent ?? '');
const editedComputed = (): boolean =>
  (document.querySelector('select')?.selectedOptions[0]?.textContent ?? '').includes('(bearbeitet)') &&
  /berechnet in/.test(document.querySelector('.run-bar .status')?.textContent ?? '');

describe('the planner journey in Chromium', () => {
  let built: BuiltPage;
  beforeAll(async () => {
    built = await openBuiltPage();
  });
  afterAll(async () => {
    await built?.close();
  });

  it('edit a Kreis capacity → compare two policies ×5 → export CSV → reload: the saved scenario and comparison remain', async () => {
    const { app, page, errors } = built;
    await page.goto(`${app.url}?szenario=musterkreis&ansicht=bearbeiten`);
    await page.waitForFunction(computed, undefined, { timeout: 60_000 });

    // 1. The first Kreis's GU places in the editor's table, saved as a draft and applied.
    await page.getByRole('button', { name: 'Plätze der Kreise und Gemeinden' }).click();
    const kreise = page.getByRole('table', { name: /^Kreise/ });
    const cell = kreise.getByRole('textbox', { name: /^Gemeinschaftsunterkünfte \(GU\), / }).first();
    await cell.fill('4321');
    await cell.press('Enter');
    await page.getByText('1 Änderung', { exact: true }).waitFor();
    const editor = page.getByRole('tabpanel');
    await editor.getByRole('textbox', { name: 'Name des Entwurfs' }).fill('Mehr GU-Plätze');
    await editor.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Gespeichert: Mehr GU-Plätze').waitFor();
    await editor.getByRole('button', { name: 'Übernehmen' }).click();
    await page.waitForFunction(editedComputed, undefined, { timeout: 60_000 });

    // 2. Two Kreis policies, five runs each, on the edited scenario.
    await page.getByRole('tab', { name: 'Vergleich' }).click();
    const setup = (n: number) => page.getByRole('group', { name: `Variante ${n}` });
    await setup(1).getByRole('combobox', { name: 'Zuweisung Kreis → Gemeinde' }).selectOption('einwohner');
    await setup(2).getByRole('combobox', { name: 'Zuweisung Kreis → Gemeinde' }).selectOption('kapazitaet');
    await page.getByRole('textbox', { name: /Läufe je Variante/ }).fill('5');
    await page.getByRole('button', { name: 'Vergleichen' }).click();
    await page.getByText('10 / 10 Läufe').waitFor({ timeout: 120_000 });
    await page.locator('section.vergleich-fairness').waitFor({ timeout: 30_000 });

    // 3. The CSV names the edited scenario's fingerprint and both policies.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const hash = /fnv1a64:[0-9a-f]{16}/.exec(await page.locator('.vergleich-scenario').first().textContent() ?? '')?.[0];
    expect(hash).toBeDefined();
    expect(csv).toContain(hash!);
    expect(csv).toContain(',einwohner,');
    expect(csv).toContain(',kapazitaet,');

    await page.locator('form.vergleich-save').getByRole('textbox', { name: 'Name' }).fill('GU-Vergleich');
    await page.getByRole('button', { name: 'Vergleich speichern' }).click();
    await page.getByText('Gespeichert als „GU-Vergleich“.').waitFor();

    // 4. After a reload both are listed, and each opens.
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(computed, undefined, { timeout: 60_000 });
    await page.getByRole('button', { name: 'Gespeichert' }).click();
    const panel = page.locator('.saved-panel');
    await panel.getByText('Mehr GU-Plätze').waitFor();
    await panel.getByText('GU-Vergleich').waitFor();
    await page.getByRole('tab', { name: 'Vergleich' }).click();
    const saved = page.getByRole('region', { name: 'Gespeicherte Vergleiche' });
    await saved.getByRole('listitem').filter({ hasText: 'GU-Vergleich' }).getByRole('button', { name: 'Öffnen' }).click();
    const table = page.getByRole('table', { name: 'Kennzahlen' });
    await table.waitFor();
    expect(await table.locator('tr[data-kpi="zuweisungen"]').count()).toBe(1);
    expect(errors).toEqual([]);
    expect(app.cspReports).toEqual([]);
  }, 300_000);
});
