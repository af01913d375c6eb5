/**
 * Szenario bearbeiten in real Chromium: a Kreis's GU places changed in the table and applied become the run on
 * screen (the detail panel shows them); the editor has no serious accessibility violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { severeAxeViolations, startApp, type App } from './browser.ts';

describe('Szenario bearbeiten in Chromium', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
    await app.page.setViewportSize({ width: 1366, height: 900 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a Kreis capacity edited in the table and applied is the capacity of the run on screen', async () => {
    const { page } = app;
    await page.goto(`${app.url}?szenario=herbst-2015&ansicht=bearbeiten&einheit=06412`, { waitUntil: 'load' });
    await page.getByText(/berechnet in/).waitFor({ timeout: 60_000 });
    const gu = page.locator('aside.detail table.detail-bytype tr').filter({ hasText: 'Gemeinschaftsunterkünfte' }).locator('td').first();
    const before = await gu.textContent();
    expect(before).not.toBe('12.345');
    await page.getByRole('button', { name: 'Plätze der Kreise und Gemeinden' }).click();
    const cell = page.getByRole('table', { name: /^Kreise/ }).getByRole('textbox', { name: 'Gemeinschaftsunterkünfte (GU), Frankfurt am Main' });
    await cell.fill('2000000');
    await cell.press('Enter');
    expect(await page.getByRole('alert').filter({ hasText: 'höchstens 1.000.000 Plätze' }).count()).toBe(1);
    await cell.fill('12345');
    await cell.press('Enter');
    expect(await page.getByText('1 Änderung', { exact: true }).count()).toBe(1);
    expect(await severeAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Übernehmen' }).click();
    await page.waitForFunction(
      `(document.querySelector('select')?.selectedOptions[0]?.textContent ?? '').includes('(bearbeitet)') && /berechnet in/.test(document.querySelector('.run-bar .status')?.textContent ?? '')`,
      undefined,
      { timeout: 60_000 },
    );
    await page.locator('.run-bar input[type=range]').fill('0');
    await page.waitForFunction(`document.querySelector('aside.detail table.detail-bytype')?.textContent?.includes('12.345')`, undefined, { timeout: 10_000 });
    expect(await gu.textContent()).toBe('12.345');
    expect(app.errors).toEqual([]);
  });

  it('draws the arrivals curve with the pointer and changes a month with the keyboard', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Zugänge', exact: true }).click();
    const bar = page.getByRole('slider', { name: /Okt\.? 2015/ });
    const before = Number(await bar.getAttribute('aria-valuenow'));
    await bar.focus();
    await page.keyboard.press('PageUp');
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(before);
    // A stroke from near the top across three months sets them high.
    const values = async () => Promise.all([0, 1, 2].map(async (i) => Number(await page.locator('.edit-bar').nth(i).getAttribute('aria-valuenow'))));
    const [a, b] = await values();
    const svg = page.locator('.edit-curve svg');
    const box = (await svg.boundingBox())!;
    const barBox = (await page.locator('.edit-bar').nth(1).boundingBox())!;
    await page.mouse.move(box.x + 60, box.y + 30);
    await page.mouse.down();
    await page.mouse.move(barBox.x + barBox.width / 2, box.y + 30, { steps: 4 });
    await page.mouse.up();
    const [a2, b2, c2] = await values();
    // The months under the stroke share the value the pointer height gives; the next month is not touched.
    expect(a2).toBe(b2);
    expect(a2).toBeGreaterThan(Math.max(a!, b!));
    expect(c2).not.toBe(a2);
    expect(await page.getByText('3 Änderungen', { exact: true }).count()).toBe(1);
    expect(await severeAxeViolations(page)).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
