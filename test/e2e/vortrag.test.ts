/**
 * The lecturer mode in Chromium at projector size (1280×720): the herbst-2015 chapter script played through two
 * chapters by keyboard alone, type large enough for the back of the room, figures exported as valid SVG (legend,
 * source line) and as a PNG that is not blank, and no serious accessibility violations in the new views.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { severeAxeViolations, startApp, type App } from './browser.ts';

const indicatorDate = (page: Page) => page.locator('.vortrag-indicator-date').textContent();

/** The smallest on-screen font size (CSS px, after zoom, SVG scaling and `scale`) of the visible text drawn in the view's SVGs. */
function smallestSvgText(page: Page): Promise<{ px: number; text: string }> {
  return page.evaluate(`(() => {
    let best = { px: Infinity, text: '' };
    for (const t of document.querySelectorAll('.view svg text')) {
      const r = t.getBoundingClientRect();
      if (!t.textContent.trim() || r.width === 0 || r.bottom < 0 || r.top > innerHeight) continue;
      if (t.closest('[aria-hidden="true"]') && !t.closest('.map-labels')) continue;
      const svg = t.ownerSVGElement;
      const vb = svg.viewBox.baseVal;
      const box = svg.getBoundingClientRect();
      // User units to screen pixels: the viewBox scale (meet) times the CSS zoom of the drawing.
      const k = vb && vb.width > 0 ? Math.min(box.width / vb.width, box.height / vb.height) : box.width / (svg.width.baseVal.value || box.width);
      const scale = parseFloat(getComputedStyle(t).scale) || 1;
      const px = parseFloat(getComputedStyle(t).fontSize) * k * scale;
      if (px < best.px) best = { px, text: t.textContent.trim() };
    }
    return best;
  })()`);
}

describe('lecturer mode in Chromium', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
    await app.page.setViewportSize({ width: 1280, height: 720 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('plays the herbst-2015 script through two chapters by keyboard only', async () => {
    const { page } = app;
    await page.goto(`${app.url}?kapitel=herbst-2015`, { waitUntil: 'load' });
    await page.getByText('Kapitel 1 von 5').waitFor({ timeout: 30_000 });
    // Editing is hidden.
    expect(await page.getByRole('combobox', { name: 'Szenario' }).isVisible()).toBe(false);
    expect(await page.getByRole('tab', { name: 'Zeitverlauf' }).getAttribute('aria-selected')).toBe('true');
    await page.locator('.vortrag[data-phase="running"]').waitFor({ timeout: 60_000 });
    expect(await indicatorDate(page)).toBe('01.06.2015');

    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.keyboard.press(' ');
    const prompt = page.locator('.vortrag-prompt');
    await prompt.filter({ hasText: 'bis zu 40.000' }).waitFor({ timeout: 60_000 });
    expect(await indicatorDate(page)).toBe('31.08.2015');
    expect(await page.locator('.vortrag-indicator').textContent()).toContain('30 Tage/s');
    const chart = await smallestSvgText(page);
    expect(chart.px, `chart text “${chart.text}”`).toBeGreaterThanOrEqual(18);

    await page.keyboard.press('PageDown');
    await page.getByText('Kapitel 2 von 5').waitFor();
    await page.locator('.vortrag[data-phase="running"]').waitFor();
    expect(await prompt.count()).toBe(0);
    expect(await page.getByRole('tab', { name: 'Karte' }).getAttribute('aria-selected')).toBe('true');
    await page.locator('.map-selected[data-unit="06531"]').waitFor();
    expect(await indicatorDate(page)).toBe('01.09.2015');
    const map = await smallestSvgText(page);
    expect(map.px, `map text “${map.text}”`).toBeGreaterThanOrEqual(18);
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.keyboard.press(' ');
    await prompt.filter({ hasText: 'Asylpaket I tritt in Kraft' }).waitFor({ timeout: 60_000 });
    expect(await indicatorDate(page)).toBe('24.10.2015');
    expect(await severeAxeViolations(page)).toEqual([]);

    // A chapter by its number; Escape back to the app.
    await page.keyboard.press('3');
    await page.getByText('Kapitel 3 von 5').waitFor();
    expect(await page.getByRole('tab', { name: 'Bewegung' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Szenario' }).waitFor();
    expect(await page.locator('.vortrag').count()).toBe(0);
    expect(app.errors).toEqual([]);
  }, 180_000);
});
