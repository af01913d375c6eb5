/**
 * The built app in Chromium, as a user receives it: its content security policy holds through a whole run (page and
 * engine worker), it asks nothing of other hosts and gets no 404, it never scrolls sideways, imported names stay
 * text, and keyboard users get a skip link, a map with one tab stop and a scenario chooser that does not run per key;
 * and a short UI fuzz.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type BuiltApp } from './built.ts';
import { launchChromium } from './chromium.ts';
import { fuzzUi } from './ui-fuzz.ts';

const VIEWS = ['Karte', 'Bewegung', 'Zeitverlauf', 'Flüsse', 'Szenario', 'Szenario bearbeiten', 'Lernen'];
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** What the page did since it was opened. */
interface Observed {
  requests: string[];
  failedResponses: string[];
  errors: string[];
  workers: number;
  fileChoosers: number;
}

/** Every violation the document sees, recorded before any of the app's scripts runs. */
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber);
  });`;

const violations = (page: Page) => page.evaluate('window.__cspViolations') as Promise<string[]>;
// Waiting goes through locators: a waitForFunction on text would need eval, which the policy forbids.
const computed = (page: Page) => page.locator('.run-bar .status').filter({ hasText: /berechnet in/ }).waitFor({ timeout: 60_000 });
const dateText = (page: Page) => page.locator('.run-bar output').textContent();
/** Where keyboard focus is, as "tag.class data-unit". */
const focused = (page: Page) =>
  page.evaluate(`(() => { const e = document.activeElement; return e ? e.tagName.toLowerCase() + '.' + (e.getAttribute('class') ?? '') + ' ' + (e.getAttribute('data-unit') ?? '') : ''; })()`) as Promise<string>;
const inMap = (page: Page) => page.evaluate(`document.activeElement?.closest('svg.map-svg') != null`) as Promise<boolean>;

describe('the built app in Chromium', () => {
  let app: BuiltApp;
  let browser: Browser;
  let page: Page;
  let seen: Observed;

  /** A fresh page on the given query, with the run computed. */
  async function open(search: string): Promise<void> {
    await page?.close();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    seen = { requests: [], failedResponses: [], errors: [], workers: 0, fileChoosers: 0 };
    page.on('request', (r) => seen.requests.push(r.url()));
    page.on('response', (r) => {
      if (r.status() >= 400) seen.failedResponses.push(`${r.status()} ${r.url()}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') seen.errors.push(m.text());
    });
    page.on('pageerror', (e) => seen.errors.push(String(e)));
    page.on('worker', () => seen.workers++);
    page.on('filechooser', () => seen.fileChoosers++);
    await page.addInitScript(RECORD_VIOLATIONS);
    await page.goto(`${app.url}${search}`, { waitUntil: 'load' });
    await computed(page);
  }

  beforeAll(async () => {
    app = await startBuiltApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('carries its content security policy and keeps it through a whole run, in the page and in the worker', async () => {
    await open('?szenario=herbst-2015');
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toContain("script-src 'self'");
    expect(meta).not.toMatch(/unsafe-(inline|eval)/);
    const response = await page.request.get(app.url);
    expect(response.headers()['content-security-policy']).toContain("worker-src 'self'");

    await page.getByRole('slider').fill('150');
    for (const view of VIEWS) {
      await page.getByRole('tab', { name: view, exact: true }).click();
      await page.locator('.view > *').first().waitFor();
      if (view === 'Karte') {
        await page.locator('path.map-kreis[data-unit="06531"]').hover();
        await page.getByRole('tooltip').waitFor();
        await page.locator('path.map-kreis[data-unit="06531"]').click();
        await page.locator('aside.detail').waitFor();
      }
      if (view === 'Bewegung') {
        await page.getByRole('button', { name: 'Abspielen' }).click();
        await page.waitForTimeout(800);
        await page.getByRole('button', { name: 'Anhalten' }).click();
      }
      // The chart layout library arrives as a chunk of its own when Lernen opens, under the same policy.
      if (view === 'Lernen') await page.locator('.lernen-svg').waitFor({ timeout: 30_000 });
    }
    // Reports travel asynchronously; a violation in the worker only shows there.
    await page.waitForTimeout(500);
    expect(await violations(page)).toEqual([]);
    expect(app.cspReports).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  it('asks no other host for anything and gets no 404, its icon included', async () => {
    const hosts = seen.requests.map((u) => new URL(u)).filter((u) => u.protocol !== 'data:' && u.protocol !== 'blob:');
    expect(hosts.length).toBeGreaterThan(2);
    expect(hosts.filter((u) => !LOOPBACK.has(u.hostname)).map(String)).toEqual([]);
    expect(seen.failedResponses).toEqual([]);
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    const res = await page.request.get(new URL(icon!, app.url).href);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('image/svg+xml');
    expect(readFileSync(fileURLToPath(new URL('../../public/favicon.svg', import.meta.url)), 'utf8')).toBe(await res.text());
  });

  it('never scrolls sideways at 1366 × 768, in any view', async () => {
    for (const view of VIEWS) {
      await page.getByRole('tab', { name: view, exact: true }).click();
      await page.locator('.view > *').first().waitFor();
      const [scrollWidth, innerWidth] = (await page.evaluate('[document.documentElement.scrollWidth, innerWidth]')) as [number, number];
      expect({ view, scrollWidth }).toEqual({ view, scrollWidth: Math.min(scrollWidth, innerWidth) });
    }
  });

  it('a skip link leads past the header to the views; the map is one tab stop with arrow keys between Kreise', async () => {
    await open('?szenario=herbst-2015&ansicht=karte&datum=2015-11-01');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
    expect(await skip.evaluate((e) => e === document.activeElement)).toBe(true);
    const box = (await skip.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.getByRole('tab', { name: 'Karte' }).evaluate((e) => e === document.activeElement)).toBe(true);

    // Tab on to the map, then on until focus leaves it: it stops on the map exactly once (it had 39 stops).
    let tabs = 0;
    while (!(await inMap(page)) && tabs++ < 10) await page.keyboard.press('Tab');
    let mapStops = 0;
    while ((await inMap(page)) && mapStops++ < 50) await page.keyboard.press('Tab');
    expect(mapStops).toBe(1);

    // Back onto the map; an arrow key moves to a neighbouring Kreis and leaves the day alone.
    await page.keyboard.press('Shift+Tab');
    expect(await inMap(page)).toBe(true);
    const day = await dateText(page);
    const first = await focused(page);
    await page.keyboard.press('ArrowDown');
    expect(await inMap(page)).toBe(true);
    const second = await focused(page);
    expect(second).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe(first);
    await page.keyboard.press('ArrowDown');
    expect(await dateText(page)).toBe(day);
    await page.keyboard.press('Enter');
    const name = await page.evaluate(`document.activeElement.getAttribute('aria-label').split(':')[0]`);
    expect(await page.locator('aside.detail').textContent()).toContain(name);
  });

  it('arrow keys on the scenario chooser browse without a run per key or a file dialog; Enter starts one run', async () => {
    const select = page.getByRole('combobox', { name: 'Szenario' });
    const workersBefore = seen.workers;
    await select.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
    expect(await select.inputValue()).toBe('2022-2024');
    await page.waitForTimeout(300);
    expect(seen.workers).toBe(workersBefore);
    expect(seen.fileChoosers).toBe(0);
    expect(new URL(page.url()).searchParams.get('szenario')).toBe('herbst-2015');
    await page.keyboard.press('Enter');
    await page.locator('.run-bar output').filter({ hasText: '01.01.2022' }).waitFor({ timeout: 30_000 });
    await computed(page);
    expect(new URL(page.url()).searchParams.get('szenario')).toBe('2022-2024');
    expect(seen.workers).toBe(workersBefore + 1);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Eigenes Szenario (JSON) …' }).click();
    await chooser;
  });

  it('shows names from an imported file as text, never as markup', async () => {
    const attack = '<img src=x onerror="window.__injected=1">';
    const scenario = JSON.parse(readFileSync(fileURLToPath(new URL('../../examples/mein-landkreis.json', import.meta.url)), 'utf8')) as {
      name: { de: string; en: string };
      region: { name: string; kreise: { name: string }[]; gemeinden: { name: string }[] };
      erstaufnahme: { sites: { name: string }[] };
    };
    scenario.name = { de: `${attack} Land`, en: `${attack} Land` };
    scenario.region.name = `${attack} Region`;
    scenario.region.kreise[0]!.name = `${attack} Nordwald`;
    scenario.region.gemeinden[0]!.name = `${attack} Kiefernbach`;
    scenario.erstaufnahme.sites[0]!.name = `${attack} Erstaufnahme`;
    await page.getByRole('tab', { name: 'Karte' }).click();
    await page.locator('input[type=file]').setInputFiles({
      name: `${attack}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(scenario)),
    });
    await page.locator('path.map-kreis[data-unit="99101"]').waitFor({ timeout: 30_000 });
    await computed(page);
    expect(await page.locator('path.map-kreis').count()).toBe(3);
    await page.locator('path.map-kreis').first().click();
    await page.locator('aside.detail').waitFor();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate('window.__injected')).toBeUndefined();
    expect(await page.getByRole('rowheader', { name: `${attack} Nordwald` }).count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Szenario' }).locator('option:checked').textContent()).toBe(`${attack}.json`);
    for (const view of ['Szenario', 'Flüsse']) {
      await page.getByRole('tab', { name: view, exact: true }).click();
      await page.locator('.view > *').first().waitFor();
      expect(await page.locator('img').count()).toBe(0);
    }
    expect(await page.locator('main').textContent()).toContain(attack);
    expect(await violations(page)).toEqual([]);
    expect(app.cspReports).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.requests.map((u) => new URL(u)).filter((u) => u.protocol.startsWith('http') && !LOOPBACK.has(u.hostname))).toEqual([]);
  });

  it('ten consecutive runs keep the heap bounded and the page responsive', async () => {
    await open('?szenario=herbst-2015');
    const cdp = await page.context().newCDPSession(page);
    const heap = async (): Promise<number> => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const sizes: number[] = [];
    for (let i = 1; i <= 10; i++) {
      await page.getByLabel('Zufallsstartwert (Seed)').fill(String(i));
      await page.getByRole('button', { name: 'Berechnen' }).click();
      await page.locator('.run-bar .status').filter({ hasText: /Berechnung läuft/ }).waitFor({ timeout: 10_000 }).catch(() => {});
      await computed(page);
      // Responsive: a frame is drawn within a second of asking.
      const frameMs = await page.evaluate(() => new Promise<number>((r) => { const t = performance.now(); requestAnimationFrame(() => r(performance.now() - t)); }));
      expect(frameMs).toBeLessThan(1000);
      sizes.push(await heap());
    }
    // One run's data stays in memory, not ten: the heap after the tenth run is within 1.5 × that after the second.
    expect(sizes[9]!).toBeLessThan(1.5 * sizes[1]!);
    expect(seen.errors).toEqual([]);
  }, 240_000);

  it('stays healthy through random sequences of user actions (a short UI fuzz; `npm run fuzz:ui` runs more)', async () => {
    const result = await fuzzUi(browser, app.url, { runs: 3, seed: 20_261_206, maxSteps: 30, shrink: false });
    expect(result.failed ? `${fc.defaultReportMessage(result)}\n${String(result.errorInstance)}` : 'healthy').toBe('healthy');
  }, 180_000);
});
