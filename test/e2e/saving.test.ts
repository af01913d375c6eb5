/**
 * Saving and sharing in real Chromium: a scenario file dropped on the page is saved in IndexedDB, listed and opened
 * again after a reload; its share link opened in a fresh browser context (nothing saved) runs the same scenario.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { severeAxeViolations, startApp, type App } from './browser.ts';

const EXAMPLE = readFileSync(fileURLToPath(new URL('../../examples/mein-landkreis.json', import.meta.url)), 'utf8');
const threeKreise = 'document.querySelectorAll("path.map-kreis").length === 3';
const computedText = `/berechnet in/.test(document.querySelector('.run-bar .status')?.textContent ?? '')`;

describe('saving and sharing in Chromium', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
    await app.page.setViewportSize({ width: 1366, height: 768 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a dropped scenario is saved, listed after a reload and opens again', async () => {
    const { page } = app;
    await page.getByText(/berechnet in/).waitFor({ timeout: 30_000 });
    // Drag a file over the page: the drop zone shows; dropping it runs it.
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'mein-landkreis.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
      (window as unknown as { __dropped: DataTransfer }).__dropped = data;
    }, EXAMPLE);
    await page.getByText('Szenario-Datei (JSON) hier ablegen').waitFor();
    await page.evaluate(() => {
      const data = (window as unknown as { __dropped: DataTransfer }).__dropped;
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(threeKreise, undefined, { timeout: 30_000 });
    expect(await page.getByText('Szenario-Datei (JSON) hier ablegen').count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Szenario' }).inputValue()).toBe('custom');

    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Gespeichert als „mein-landkreis.json“.').waitFor();
    await page.waitForFunction(`new URL(location.href).searchParams.has('eigen')`);
    await page.getByRole('tab', { name: 'Zeitverlauf' }).click();
    await page.waitForFunction(`new URL(location.href).searchParams.get('ansicht') === 'zeitverlauf'`);

    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(computedText, undefined, { timeout: 30_000 });
    expect(await page.getByRole('combobox', { name: 'Szenario' }).inputValue()).toBe('custom');
    expect(await page.getByRole('option', { name: 'mein-landkreis.json' }).count()).toBe(1);
    expect(await page.getByRole('tab', { name: 'Zeitverlauf' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('tab', { name: 'Karte' }).click();
    await page.waitForFunction(threeKreise, undefined, { timeout: 30_000 });

    // Listed with its date; opened from the list after a built-in was chosen.
    await page.getByRole('combobox', { name: 'Szenario' }).selectOption('musterkreis');
    await page.waitForFunction(`document.querySelectorAll("path.map-kreis").length !== 3 || !new URL(location.href).searchParams.has('eigen')`);
    await page.getByRole('button', { name: 'Gespeichert' }).click();
    const panel = page.getByRole('region', { name: 'Gespeicherte Szenarien und Vergleiche' });
    const row = panel.getByRole('listitem').filter({ hasText: 'mein-landkreis.json' });
    expect(await row.textContent()).toMatch(/gespeichert am \d\d\.\d\d\.\d{4}, \d\d:\d\d/);
    expect(await severeAxeViolations(page)).toEqual([]);
    await row.getByRole('button', { name: 'Öffnen: mein-landkreis.json' }).click();
    await page.waitForFunction(`new URL(location.href).searchParams.has('eigen')`, undefined, { timeout: 30_000 });
    await page.waitForFunction(computedText, undefined, { timeout: 30_000 });
    expect(await page.getByRole('combobox', { name: 'Szenario' }).inputValue()).toBe('custom');
    expect(app.errors).toEqual([]);
  });

  it('the share link opened in a fresh browser runs the same scenario', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Link teilen' }).click();
    const link = await page.getByRole('textbox', { name: 'Geteilter Link' }).inputValue();
    const url = new URL(link);
    expect(url.searchParams.has('teilen')).toBe(true);
    expect(url.searchParams.has('eigen')).toBe(false);
    // A new context: its own, empty storage, as another person's browser.
    const context = await page.context().browser()!.newContext();
    try {
      const fresh = await context.newPage();
      const errors: string[] = [];
      fresh.on('pageerror', (e) => errors.push(String(e)));
      await fresh.goto(link, { waitUntil: 'load' });
      await fresh.waitForFunction(computedText, undefined, { timeout: 30_000 });
      await fresh.waitForFunction(threeKreise, undefined, { timeout: 30_000 });
      expect(await fresh.getByRole('combobox', { name: 'Szenario' }).inputValue()).toBe('custom');
      const shown = await fresh.locator('.run-bar output').textContent();
      expect(shown).toBe(await page.locator('.run-bar output').textContent());
      // A link cut short: named, and the app starts on its default.
      await fresh.goto(`${link.slice(0, -40)}`, { waitUntil: 'load' });
      await fresh.getByText(/Der geteilte Link ist ungültig/).waitFor({ timeout: 30_000 });
      await fresh.waitForFunction(computedText, undefined, { timeout: 30_000 });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
