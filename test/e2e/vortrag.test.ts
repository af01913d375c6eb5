/**
 * The lecturer mode in Chromium at projector size (1280×720): the herbst-2015 chapter script played through two
 * chapters by keyboard alone, type large enough for the back of the room, figures exported as valid SVG (legend,
 * source line) and as a PNG that is not blank, no serious accessibility violations in the new views, and "Was wäre
 * wenn": in a paused chapter the Kreis policy switched by keyboard gives a difference on the map and a second line in
 * the Zeitverlauf; the chapter stays in the URL across a reload.
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

/** A file the page offers for download after a click, as bytes. */
async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** Parses SVG text with the browser's XML parser: the parser's error, or the texts and element counts of the document. */
function parseSvg(page: Page, svg: string): Promise<{ error: string | null; texts: string[]; paths: number; images: number; root: string }> {
  return page.evaluate(`((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    return {
      error: error ? error.textContent : null,
      root: doc.documentElement.localName,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      paths: doc.querySelectorAll('path').length,
      images: doc.querySelectorAll('image').length,
    };
  })(${JSON.stringify(svg)})`);
}

/** Pixels of a PNG decoded in the page: size, share of non-white pixels, distinct colours (coarse). */
function pngPixels(page: Page, png: Buffer): Promise<{ width: number; height: number; ink: number; colours: number }> {
  return page.evaluate(`(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    const colours = new Set();
    for (let i = 0; i < d.length; i += 4) {
      if (d[i] + d[i + 1] + d[i + 2] < 720) ink++;
      colours.add((d[i] >> 4) + ',' + (d[i + 1] >> 4) + ',' + (d[i + 2] >> 4));
    }
    return { width: c.width, height: c.height, ink: ink / (d.length / 4), colours: colours.size };
  })(${JSON.stringify(png.toString('base64'))})`);
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
    await page.locator('canvas.movement-canvas').waitFor();
    expect(await severeAxeViolations(page)).toEqual([]);
    // English on the same chapter; the keys stay.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Chapter 3 of 5').waitFor();
    expect(await page.locator('.vortrag-chapter-title strong').textContent()).toBe('November 2015: the busiest month');
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByText('Kapitel 3 von 5').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Szenario' }).waitFor();
    expect(await page.locator('.vortrag').count()).toBe(0);
    expect(app.errors).toEqual([]);
  }, 180_000);

  it('exports the map and a chart as valid SVG with title, date, legend and source line, and as a PNG that is not blank', async () => {
    const { page } = app;
    await page.goto(`${app.url}?kapitel=herbst-2015`, { waitUntil: 'load' });
    await page.locator('.vortrag[data-phase="running"]').waitFor({ timeout: 60_000 });
    await page.keyboard.press('2');
    await page.locator('.vortrag[data-phase="running"]').waitFor();
    await page.locator('svg.map-svg').waitFor();

    const svg = await downloaded(page, 'Abbildung als SVG');
    expect(svg.name).toBe('zuweisungslabor-karte-2015-09-01.svg');
    const map = await parseSvg(page, svg.bytes.toString('utf8'));
    expect(map.error).toBeNull();
    expect(map.root).toBe('svg');
    expect(map.texts).toEqual(expect.arrayContaining(['Oktober 2015: Asylpaket I', '01.09.2015', 'Belegung', 'über 100 %: überbelegt', 'keine Plätze']));
    expect(map.texts.some((t) => t.startsWith('Quelle: Zuweisungslabor Hessen, Simulation „Herbst 2015 in Hessen“'))).toBe(true);
    // The Kreise themselves, not only the frame.
    expect(map.paths).toBeGreaterThan(26);

    const png = await downloaded(page, 'Abbildung als PNG');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const pixels = await pngPixels(page, png.bytes);
    expect(pixels.width).toBe(2400);
    expect(pixels.ink).toBeGreaterThan(0.1);
    expect(pixels.colours).toBeGreaterThan(20);

    await page.keyboard.press('1');
    await page.locator('.vortrag[data-phase="running"]').waitFor();
    await page.locator('figure.chart').first().waitFor();
    const chart = await parseSvg(page, (await downloaded(page, 'Abbildung als SVG')).bytes.toString('utf8'));
    expect(chart.error).toBeNull();
    expect(chart.texts).toEqual(expect.arrayContaining(['Sommer 2015: die Zugänge steigen', 'Übersicht: Personen in Hessen']));
    expect(chart.texts.some((t) => t.startsWith('Zugänge'))).toBe(true);
    expect(chart.texts.some((t) => t.startsWith('Quelle: Zuweisungslabor Hessen'))).toBe(true);

    await page.keyboard.press('3');
    await page.locator('canvas.movement-canvas').waitFor();
    const movement = await parseSvg(page, (await downloaded(page, 'Abbildung als SVG')).bytes.toString('utf8'));
    expect(movement.error).toBeNull();
    expect(movement.images).toBe(1);
    expect(movement.texts).toEqual(expect.arrayContaining(['unterwegs zum Kreis']));
    expect(app.errors).toEqual([]);
  }, 180_000);

  it('switches the Kreis policy by keyboard in a paused chapter: the map shows the difference, the Zeitverlauf the original beside it', async () => {
    const { page } = app;
    // The chapter in the URL: the presentation opens at chapter 2.
    await page.goto(`${app.url}?kapitel=herbst-2015.2`, { waitUntil: 'load' });
    await page.getByText('Kapitel 2 von 5').waitFor({ timeout: 30_000 });
    await page.locator('.vortrag[data-phase="running"]').waitFor({ timeout: 60_000 });
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.keyboard.press(' ');
    await page.locator('.vortrag-prompt').filter({ hasText: 'Asylpaket I tritt in Kraft' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-diff]').count()).toBe(0);

    // W opens the form on its first field (the Kreis policy); the next field is the policy, one down is kapazitaet.
    await page.keyboard.press('w');
    const field = page.getByRole('combobox', { name: 'Was ändern' });
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await severeAxeViolations(page)).toEqual([]);
    expect(await field.inputValue()).toBe('policies.kreis');
    await page.keyboard.press('Tab');
    const policy = page.getByRole('combobox', { name: 'Politik' });
    expect(await policy.inputValue()).toBe('einwohner');
    await page.keyboard.press('ArrowDown');
    expect(await policy.inputValue()).toBe('kapazitaet');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const line = page.locator('.vortrag-whatif-line').filter({ hasText: 'Was wäre wenn: Kreis-Politik ‚kapazitaet‘ statt ‚einwohner‘ (ab 25.10.2015)' });
    await line.waitFor({ timeout: 60_000 });
    expect(await indicatorDate(page)).toBe('24.10.2015');

    // The map in difference mode: a symmetric legend in Prozentpunkte and some Kreis with a difference.
    const legend = page.locator('.map-legend-diff');
    await legend.waitFor();
    expect(await legend.locator('h3').textContent()).toBe('Differenz in Prozentpunkte');
    const shown = async () => (await page.locator('.map-kreis[data-diff]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-diff'))))).filter(Number.isFinite);
    // On the day of the pause both runs still agree; a few weeks on they do not.
    expect(await shown()).toEqual(new Array(26).fill(0));
    await page.keyboard.press(' ');
    await expect.poll(async () => (await shown()).some((d) => d !== 0), { timeout: 30_000 }).toBe(true);
    await page.keyboard.press(' ');
    expect(Number(await legend.getAttribute('data-extent'))).toBeGreaterThan(0);
    expect(await severeAxeViolations(page)).toEqual([]);
    // The exported map carries the difference legend.
    const svg = await downloaded(page, 'Abbildung als SVG');
    expect(svg.name).toMatch(/^zuweisungslabor-karte-differenz-\d{4}-\d{2}-\d{2}\.svg$/);
    const figure = await parseSvg(page, svg.bytes.toString('utf8'));
    expect(figure.error).toBeNull();
    expect(figure.texts).toEqual(expect.arrayContaining(['Differenz in Prozentpunkte', 'ohne Wert (keine regulären Plätze)']));
    expect(figure.texts.some((t) => /^[+−]\d.*\u00a0Prozentpunkte$/.test(t))).toBe(true);

    // Chapter 4 in the Zeitverlauf: every chart draws the original as a dashed line beside the changed run.
    await page.keyboard.press('4');
    await page.getByText('Kapitel 4 von 5').waitFor();
    await page.locator('.vortrag[data-phase="running"]').waitFor({ timeout: 30_000 });
    expect(await line.count()).toBe(1);
    const baselines = page.locator('figure.chart path.tl-base');
    await baselines.first().waitFor();
    expect(await baselines.count()).toBeGreaterThanOrEqual(3);
    expect((await baselines.first().getAttribute('d'))!.length).toBeGreaterThan(20);
    expect(await page.locator('.tl-baseline-entry').first().textContent()).toMatch(/^Original \(grau gestrichelt\): .*\d/);
    expect(await page.locator('path.tl-occ-base').count()).toBe(26);
    expect(new URL(page.url()).searchParams.get('kapitel')).toBe('herbst-2015.4');

    // Dropping the change: back to the original, one line again.
    await page.getByRole('button', { name: 'Änderung verwerfen' }).click();
    await line.waitFor({ state: 'detached' });
    expect(await page.locator('path.tl-base').count()).toBe(0);

    // A reload returns to the chapter.
    await page.reload({ waitUntil: 'load' });
    await page.getByText('Kapitel 4 von 5').waitFor({ timeout: 30_000 });
    expect(app.errors).toEqual([]);
  }, 240_000);
});
