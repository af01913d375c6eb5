/** Browser smoke test: the app loads in Chromium, switches language and passes axe. */
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
});
