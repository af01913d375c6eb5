/**
 * The Lernen view in real Chromium, by keyboard only: open it from the view tabs, walk one story to its end, and
 * complete one quiz round, whose score is kept in the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './browser.ts';

/** Text and role of the focused element. */
const focused = (app: App) =>
  app.page.evaluate(() => {
    const el = document.activeElement;
    return { text: el?.textContent?.trim() ?? '', role: el?.getAttribute('role') ?? el?.tagName.toLowerCase() ?? '', tag: el?.tagName ?? '' };
  });

/** Presses `key` until the focused element satisfies `want` (at most `max` times). */
async function pressUntil(app: App, key: string, want: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (want(await focused(app))) return;
    await app.page.keyboard.press(key);
  }
  throw new Error(`focus never reached the element (last: ${JSON.stringify(await focused(app))})`);
}

describe('Lernen by keyboard in Chromium', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
    await app.page.setViewportSize({ width: 1280, height: 900 });
    await app.page.evaluate(() => localStorage.clear());
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens Lernen from the view tabs and walks a story to its end', async () => {
    const { page } = app;
    await page.getByText(/berechnet in/).waitFor({ timeout: 60_000 });
    await pressUntil(app, 'Tab', (f) => f.role === 'tab' && f.text === 'Karte');
    // Lernen is the last view: one step left from the first.
    await page.keyboard.press('ArrowLeft');
    expect((await focused(app)).text).toBe('Lernen');
    await page.getByRole('heading', { name: 'Lernen: Wer ist wofür zuständig?' }).waitFor();
    await pressUntil(app, 'Tab', (f) => f.role === 'tab' && f.text === 'Ablauf');
    await page.keyboard.press('ArrowRight');
    expect((await focused(app)).text).toBe('Begleiten');
    await pressUntil(app, 'Tab', (f) => f.text.startsWith('Geschichte beginnen: Familie S.'));
    await page.keyboard.press('Enter');
    await pressUntil(app, 'Tab', (f) => f.text === 'Weiter');
    const steps: string[] = [];
    for (let i = 0; i < 20 && (await focused(app)).text === 'Weiter'; i++) {
      steps.push((await page.locator('.lernen-step').first().textContent()) ?? '');
      await page.keyboard.press('Enter');
    }
    expect((await focused(app)).text).toBe('Zum Abschluss');
    expect(await page.locator('.lernen-step').first().textContent()).toContain('Schritt 7 von 7');
    expect(steps[0]).toContain('Schritt 1 von 7');
    // The last pause names the Jobcenter as responsible, from the chart.
    expect(await page.locator('.lernen-decides').textContent()).toContain('Jobcenter');
    await page.keyboard.press('Enter');
    const end = await focused(app);
    expect(end.tag).toBe('H3');
    expect(end.text).toContain('Ende der Geschichte');
    expect(await page.locator('.lernen-story-summary li').count()).toBe(7);
    expect(app.errors).toEqual([]);
  });

  it('completes a quiz round and keeps the score per topic', async () => {
    const { page } = app;
    await pressUntil(app, 'Shift+Tab', (f) => f.role === 'tab' && f.text === 'Begleiten');
    await page.keyboard.press('End');
    expect((await focused(app)).text).toBe('Quiz');
    await pressUntil(app, 'Tab', (f) => f.text === 'Neue Runde beginnen');
    await page.keyboard.press('Enter');
    for (let q = 1; q <= 9; q++) {
      expect(await page.locator('.lernen-quiz legend').textContent()).toContain(`Frage ${q} von 9`);
      // Focus is on the first option: choose it, answer, read the feedback, go on.
      expect((await focused(app)).tag).toBe('INPUT');
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      expect((await focused(app)).text).toBe('Antworten');
      await page.keyboard.press('Enter');
      expect(await page.locator('.lernen-feedback').textContent()).toMatch(/Richtig\.|Leider nicht\. Richtig ist:/);
      expect((await focused(app)).text).toBe(q < 9 ? 'Nächste Frage' : 'Zum Ergebnis');
      await page.keyboard.press('Enter');
    }
    const end = await focused(app);
    expect(end.text).toMatch(/^Runde beendet: \d von 9 richtig\.$/);
    const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('zuweisungslabor.lernen.quiz'))) ?? '{}') as Record<string, { answered: number }>;
    expect(Object.values(stored).reduce((s, t) => s + t.answered, 0)).toBe(9);
    expect(await page.locator('.lernen-score').textContent()).toContain('von 3 richtig');
    expect(app.errors).toEqual([]);
  });
});
