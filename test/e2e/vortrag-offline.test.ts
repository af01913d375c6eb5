/**
 * The built app without network: after one visit its service worker serves page, scripts, engine worker and styles,
 * so a reload with the network cut still computes and plays a scenario, and nothing is asked of another host.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type BuiltApp } from './built.ts';
import { launchChromium } from './chromium.ts';

const computed = (page: Page) => page.locator('.run-bar .status').filter({ hasText: /berechnet in/ }).waitFor({ timeout: 60_000 });

describe('the built app offline', () => {
  let app: BuiltApp;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    app = await startBuiltApp();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
  });

  it('reloads without network once its service worker is active, and computes and plays a scenario', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    const failed: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('requestfailed', (r) => failed.push(r.url()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${app.url}?szenario=musterkreis`, { waitUntil: 'load' });
    await computed(page);
    // The worker is installed (everything precached) and controls the page.
    expect(await page.evaluate('navigator.serviceWorker.ready.then((r) => r.active !== null)')).toBe(true);
    for (let i = 0; i < 100 && !(await page.evaluate('navigator.serviceWorker.controller !== null')); i++) await page.waitForTimeout(100);
    expect(await page.evaluate('navigator.serviceWorker.controller !== null')).toBe(true);

    await context.setOffline(true);
    failed.length = 0;
    await page.reload({ waitUntil: 'load' });
    await computed(page);
    // Another scenario, computed and played, all from the cache.
    await page.getByRole('combobox', { name: 'Szenario' }).selectOption('herbst-2015');
    await page.locator('.run-bar output').filter({ hasText: '01.06.2015' }).waitFor({ timeout: 60_000 });
    await computed(page);
    const before = await page.locator('.run-bar output').textContent();
    await page.getByRole('button', { name: 'Abspielen' }).click();
    await page.waitForTimeout(1000);
    await page.getByRole('button', { name: 'Anhalten' }).click();
    expect(await page.locator('.run-bar output').textContent()).not.toBe(before);
    expect(await page.locator('.view canvas, .view svg').count()).toBeGreaterThan(0);

    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    const foreign = requests.map((u) => new URL(u)).filter((u) => u.protocol.startsWith('http') && u.hostname !== '127.0.0.1');
    expect(foreign.map(String)).toEqual([]);
    expect(app.cspReports).toEqual([]);
  }, 180_000);
});
