/**
 * Main journeys in real Chromium: choose herbst-2015, play, pause, step, click a Kreis and read its panel;
 * map and canvas actually draw; the app keeps the previous run when a scenario file is invalid.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { severeAxeViolations, startApp, type App } from './browser.ts';

/** Share of non-background pixels in a screenshot region (PNG decoded in the page). */
async function inkShare(app: App, selector: string): Promise<number> {
  const png = await app.page.locator(selector).first().screenshot();
  return app.page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const [r0, g0, b0] = [d[0]!, d[1]!, d[2]!];
    let ink = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]! - r0) + Math.abs(d[i + 1]! - g0) + Math.abs(d[i + 2]! - b0) > 30) ink++;
    return ink / (d.length / 4);
  }, png.toString('base64'));
}

const dateText = (app: App) => app.page.locator('.run-bar output').textContent();

describe('journeys in Chromium', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
    await app.page.setViewportSize({ width: 1366, height: 768 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('loads, computes herbst-2015, plays, pauses and steps', async () => {
    const { page } = app;
    await page.getByText(/berechnet in/).waitFor({ timeout: 30_000 });
    await page.getByRole('combobox', { name: 'Szenario' }).selectOption('herbst-2015');
    // Done when the run bar shows the new run's first day and the computing time (not the start run's).
    await page.waitForFunction(
      `document.querySelector('.run-bar output')?.textContent === '01.06.2015' && /berechnet in/.test(document.querySelector('.run-bar .status')?.textContent ?? '')`,
      undefined,
      { timeout: 60_000 },
    );
    await page.getByRole('button', { name: 'Abspielen' }).click();
    await page.waitForTimeout(1200);
    await page.getByRole('button', { name: 'Anhalten' }).click();
    const paused = await dateText(app);
    expect(paused).not.toBe('01.06.2015');
    await page.waitForTimeout(400);
    expect(await dateText(app)).toBe(paused);
    await page.getByRole('button', { name: '+1 Tag' }).click();
    const [d, m, y] = paused!.split('.').map(Number) as [number, number, number];
    const next = new Date(Date.UTC(y, m - 1, d + 1));
    expect(await dateText(app)).toBe(next.toLocaleDateString('de-DE', { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }));
    expect(app.errors).toEqual([]);
  });

  it('the map draws, and clicking a Kreis opens its panel with its numbers', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Karte' }).click();
    // Move into the busy autumn so the numbers are not zero.
    await page.getByRole('slider').fill('150');
    expect(await inkShare(app, '.map-view svg')).toBeGreaterThan(0.2);
    const kreis = page.locator('path.map-kreis[data-unit="06531"]');
    await kreis.click();
    const panel = page.locator('aside.detail');
    await panel.waitFor();
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Landkreis Gießen');
    expect(text).toMatch(/\d[\d.]*\s*(Pers|Personen)/);
    expect(text).toMatch(/%/);
    expect(await severeAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('the movement canvas draws dots while playing', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Bewegung' }).click();
    await page.getByRole('slider').fill('130');
    await page.getByRole('button', { name: 'Abspielen' }).click();
    await page.waitForTimeout(800);
    const dots = Number(await page.locator('canvas[data-moving-dots]').getAttribute('data-moving-dots'));
    expect(dots).toBeGreaterThan(50);
    expect(await inkShare(app, 'canvas[data-moving-dots]')).toBeGreaterThan(0.02);
    await page.getByRole('button', { name: 'Anhalten' }).click();
    expect(await severeAxeViolations(page)).toEqual([]);
  });

  it('the time series and flows views render with units', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Zeitverlauf' }).click();
    await page.locator('figure').first().waitFor();
    expect(await page.locator('figure').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('main').textContent()).toMatch(/Personen/);
    expect(await severeAxeViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Flüsse' }).click();
    await page.locator('.view svg').first().waitFor();
    expect(await inkShare(app, '.view svg')).toBeGreaterThan(0.05);
    expect(await severeAxeViolations(page)).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('switching scenarios and policies quickly restarts cleanly: only the last run remains', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Karte' }).click();
    const scenario = page.getByRole('combobox', { name: 'Szenario' });
    for (const id of ['zyklus-2014-2019', 'musterkreis', '2022-2024', 'herbst-2015']) await scenario.selectOption(id);
    await page.getByRole('combobox', { name: /Kreis → Gemeinde/ }).selectOption('selbst');
    await page.waitForFunction(
      `document.querySelector('.run-bar output')?.textContent === '01.06.2015' && /berechnet in/.test(document.querySelector('.run-bar .status')?.textContent ?? '')`,
      undefined,
      { timeout: 60_000 },
    );
    expect(await page.locator('path.map-kreis').count()).toBe(26);
    expect(new URL(page.url()).searchParams.get('kreis')).toBe('selbst');
    expect(app.errors).toEqual([]);
    await page.getByRole('combobox', { name: /Kreis → Gemeinde/ }).selectOption('');
    await page.waitForFunction(`/berechnet in/.test(document.querySelector('.run-bar .status')?.textContent ?? '')`, undefined, {
      timeout: 60_000,
    });
  });

  it('a scenario file of your own is loaded, computed and drawn', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Karte' }).click();
    const file = fileURLToPath(new URL('../../examples/mein-landkreis.json', import.meta.url));
    await page.locator('input[type=file]').setInputFiles(file);
    // The example region has three Kreise; wait until its run has replaced Hessen on the map.
    await page.waitForFunction('document.querySelectorAll("path.map-kreis").length === 3', undefined, { timeout: 30_000 });
    expect(await page.getByRole('combobox', { name: 'Szenario' }).inputValue()).toBe('custom');
    expect(app.errors).toEqual([]);
    // Back to Hessen for the next journey.
    await page.getByRole('combobox', { name: 'Szenario' }).selectOption('herbst-2015');
    await page.waitForFunction('document.querySelectorAll("path.map-kreis").length === 26', undefined, { timeout: 60_000 });
    await page.getByText(/berechnet in/).waitFor({ timeout: 60_000 });
  });

  it('an invalid scenario file is rejected with the field path, and the previous run stays', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Flüsse' }).click();
    const before = await dateText(app);
    await page.locator('input[type=file]').setInputFiles({
      name: 'kaputt.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ id: 'kaputt', name: { de: 'x', en: 'x' }, period: { start: '2015-13-01', end: '2015-12-31' } })),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'period.start' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('period.start');
    expect(await dateText(app)).toBe(before);
    expect(await page.locator('path.map-kreis').count()).toBe(0); // still on Flüsse; the run stays loaded
    await page.getByRole('tab', { name: 'Karte' }).click();
    expect(await page.locator('path.map-kreis').count()).toBe(26);
  });

  it('the Szenario view lists the events with their sources and jumps to an event', async () => {
    const { page } = app;
    const errorsBefore = app.errors.length;
    await page.goto(`${app.url}?szenario=herbst-2015&ansicht=szenario`, { waitUntil: 'load' });
    await page.getByText(/berechnet in/).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('tab', { name: 'Szenario', exact: true }).getAttribute('aria-selected')).toBe('true');
    const events = page.getByRole('table', { name: /Ereignisse des Szenarios/ });
    const row = events.getByRole('row').filter({ hasText: 'Asylpaket I' });
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('Asylverfahrensbeschleunigungsgesetz (öffnet in neuem Tab) (unserac.de (Glossar)): Asylverfahrensbeschleunigungsgesetz, in Kraft 24.10.2015');
    expect(await row.getByRole('link', { name: /^Asylverfahrensbeschleunigungsgesetz/ }).getAttribute('target')).toBe('_blank');
    expect(await page.locator('tr[data-path="erstaufnahme.dwell"]').textContent()).toMatch(/Gamma, Mittel 35\s*Tage, VK 0,35/);
    await row.getByRole('button', { name: '24.10.2015' }).click();
    expect(await dateText(app)).toBe('24.10.2015');
    expect(await row.getAttribute('class')).toContain('is-passed');
    expect(await severeAxeViolations(page)).toEqual([]);
    expect(app.errors.slice(errorsBefore)).toEqual([]);
  });
});
