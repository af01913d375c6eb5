/** Browser smoke test: the app loads in Chromium, switches language and passes axe, also in the Lernen views. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { severeAxeViolations, startApp, type App } from './browser.ts';

describe('app in Chromium', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the heading without console errors', async () => {
    const h1 = app.page.getByRole('heading', { level: 1 });
    expect(await h1.isVisible()).toBe(true);
    expect(await h1.textContent()).toBe('Zuweisungslabor Hessen');
    expect(await app.page.title()).toBe('Zuweisungslabor Hessen');
    expect(app.errors).toEqual([]);
  });

  it('switches language to English and back', async () => {
    const { page } = app;
    const main = page.getByRole('contentinfo');
    expect(await main.textContent()).toContain('Erstaufnahme (RP Gießen)');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Deutsch' }).waitFor();
    expect(await main.textContent()).toContain('initial reception');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('button', { name: 'English' }).waitFor();
    expect(await main.textContent()).toContain('kreisangehörigen Gemeinden');
    expect(app.errors).toEqual([]);
  });

  it('has no serious or critical axe violations', async () => {
    expect(await severeAxeViolations(app.page)).toEqual([]);
  });

  it('has no serious or critical axe violations in the Lernen views (chart, story, exercise, quiz), in both languages', async () => {
    const { page } = app;
    await page.getByText(/berechnet in/).waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: 'Lernen' }).click();
    await page.locator('.lernen-svg').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Zuweisungsbereit' }).click();
    expect(await severeAxeViolations(page), 'Ablauf').toEqual([]);
    await page.getByRole('tab', { name: 'Begleiten' }).click();
    await page.getByRole('button', { name: /^Geschichte beginnen: Herr B\./ }).click();
    await page.getByRole('button', { name: 'Weiter' }).click();
    expect(await severeAxeViolations(page), 'Begleiten').toEqual([]);
    await page.getByRole('tab', { name: 'Selbst zuweisen' }).click();
    await page.getByRole('button', { name: 'Übung beginnen' }).click();
    const inputs = page.getByRole('spinbutton');
    const arriving = Number(((await page.getByText(/Zur Zuweisung bereit/).textContent()) ?? '').replace(/\D/g, ''));
    await inputs.first().fill(String(arriving));
    expect(await severeAxeViolations(page), 'Selbst zuweisen, week').toEqual([]);
    await page.getByRole('button', { name: 'Woche abschließen' }).click();
    await page.getByRole('heading', { name: /Ergebnis der Woche 1/ }).waitFor();
    expect(await severeAxeViolations(page), 'Selbst zuweisen, result').toEqual([]);
    await page.getByRole('tab', { name: 'Quiz' }).click();
    await page.getByRole('button', { name: 'Neue Runde beginnen' }).click();
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Antworten' }).click();
    expect(await severeAxeViolations(page), 'Quiz').toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Process' }).click();
    await page.locator('.lernen-svg').waitFor();
    expect(await severeAxeViolations(page), 'Process (en)').toEqual([]);
    await page.getByRole('button', { name: 'Deutsch' }).click();
    expect(app.errors).toEqual([]);
  });
});
