/**
 * UI fuzz: random sequences of what a user can do on the page (fast-check commands: clicks, keys, choices, seeks,
 * hovers, typing), each step followed by a health check of the page; a failure names the seed and the steps.
 */
import fc from 'fast-check';
import { errors, type Browser, type Page } from 'playwright-core';
import { BUILTIN_SCENARIOS } from '../../src/engine/scenario/builtin/index.ts';

const VIEW_IDS = ['karte', 'bewegung', 'zeitverlauf', 'fluesse', 'szenario'];
const KEYS = [' ', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Shift+ArrowLeft', 'Shift+ArrowRight', '+', '-', 'Home', 'End', 'Escape', 'Enter', 'Tab', 'Shift+Tab'];
/** How long a step may wait for its element to become usable: what a user cannot click now is skipped. */
const ACTION_MS = 1500;

/** The page under test and what went wrong on it so far. */
export interface FuzzPage {
  readonly page: Page;
  readonly errors: string[];
}

/** Records violations of the page's content security policy, before any of the app's scripts runs. */
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`;

/** What must hold after every step: no error, no policy violation, no sideways scroll, no broken number or date. */
const HEALTH = `(() => {
  const problems = [...window.__cspViolations];
  if (document.documentElement.scrollWidth > innerWidth) problems.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' px');
  if (document.querySelector('h1')?.textContent !== 'Zuweisungslabor Hessen') problems.push('the heading is gone');
  for (const root of document.querySelectorAll('.run-bar, main')) {
    const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = texts.nextNode(); t; t = texts.nextNode()) {
      const broken = t.textContent.match(/NaN|Infinity|undefined|Invalid Date|\\[object Object\\]/);
      if (broken) problems.push('shows "' + broken[0] + '" in ' + t.parentElement.outerHTML.slice(0, 160));
    }
  }
  return problems;
})()`;

async function checkHealth(real: FuzzPage, after: string): Promise<void> {
  const problems = [...real.errors, ...((await real.page.evaluate(HEALTH)) as string[])];
  if (problems.length > 0) throw new Error(`after "${after}": ${problems.join('; ')}`);
}

/** Runs an action; one whose element stays unusable (disabled, hidden, covered, absent) is skipped. */
async function attempt(action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch (err) {
    if (!(err instanceof errors.TimeoutError)) throw err;
  }
}

/** One user action: what it does, and the page's health after it. */
class Step implements fc.AsyncCommand<object, FuzzPage> {
  constructor(
    private readonly label: string,
    private readonly act: (page: Page) => Promise<unknown>,
  ) {}
  check(): boolean {
    return true;
  }
  async run(_model: object, real: FuzzPage): Promise<void> {
    await attempt(() => this.act(real.page));
    await checkHealth(real, this.label);
  }
  toString(): string {
    return this.label;
  }
}

const click = (page: Page, selector: string, nth = 0) => page.locator(selector).nth(nth).click({ timeout: ACTION_MS });
const choose = (page: Page, selector: string, value: string | { index: number }) =>
  page.locator(selector).selectOption(value, { timeout: ACTION_MS });
const count = (page: Page, selector: string) => page.locator(selector).count();

/** Everything the fuzz may do, with its parameters drawn at random. */
export const STEPS: fc.Arbitrary<Step>[] = [
  fc.constantFrom(...VIEW_IDS).map((v) => new Step(`open view ${v}`, (p) => click(p, `#tab-${v}`))),
  fc.constantFrom(...KEYS).map((k) => new Step(`press ${k === ' ' ? 'Space' : k}`, (p) => p.keyboard.press(k === ' ' ? 'Space' : k))),
  fc.double({ min: 0, max: 1, noNaN: true }).map(
    (f) =>
      new Step(`seek to ${(100 * f).toFixed(1)} % of the run`, async (p) => {
        const slider = p.locator('.run-bar input[type=range]');
        const max = Number(await slider.getAttribute('max'));
        await slider.fill(String(Math.round(f * max)), { timeout: ACTION_MS });
      }),
  ),
  fc.constantFrom(...Object.keys(BUILTIN_SCENARIOS)).map((id) => new Step(`choose scenario ${id}`, (p) => choose(p, '.scenario-form select >> nth=0', id))),
  fc.tuple(fc.constantFrom(1, 2), fc.nat(6)).map(
    ([which, i]) =>
      new Step(`choose policy ${which === 1 ? 'Land' : 'Kreis'} option ${i}`, async (p) => {
        const options = await count(p, `.scenario-form select >> nth=${which} >> option`);
        await choose(p, `.scenario-form select >> nth=${which}`, { index: i % Math.max(1, options) });
      }),
  ),
  fc.oneof(fc.nat(1_000_000).map(String), fc.string({ maxLength: 12 })).map(
    (seed) =>
      new Step(`compute with seed ${JSON.stringify(seed)}`, async (p) => {
        await p.locator('.scenario-form input[inputmode=numeric]').fill(seed, { timeout: ACTION_MS });
        await click(p, '.scenario-form button[type=submit]');
      }),
  ),
  fc.constant(new Step('play or pause', (p) => click(p, '.run-bar .play'))),
  fc.nat(10).map((i) => new Step(`choose speed ${i}`, (p) => choose(p, '.run-bar .speed select', { index: i % 6 }))),
  fc.constant(new Step('switch language', (p) => click(p, '.app-header > button'))),
  fc.nat(60).map(
    (i) =>
      new Step(`click map unit ${i}`, async (p) => {
        const n = await count(p, 'svg.map-svg [role=button]');
        if (n > 0) await click(p, 'svg.map-svg [role=button]', i % n);
      }),
  ),
  fc.nat(1).map((i) => new Step(`colour the map by ${i === 0 ? 'Kreis' : 'Gemeinde'}`, (p) => click(p, '.map-mode input', i))),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(
    ([x, y]) =>
      new Step(`point at (${x.toFixed(2)}, ${y.toFixed(2)}) of the view`, async (p) => {
        const box = await p.locator('.view').boundingBox();
        if (box) await p.mouse.move(box.x + x * box.width, box.y + y * box.height);
      }),
  ),
  fc.nat(20).map(
    (i) =>
      new Step(`click button ${i} of the detail panel`, async (p) => {
        const n = await count(p, 'aside.detail button');
        if (n > 0) await click(p, 'aside.detail button', i % n);
      }),
  ),
];

/** A fresh page on the app, recording errors and policy violations. */
async function openPage(browser: Browser, url: string): Promise<FuzzPage> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const real: FuzzPage = { page, errors: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') real.errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => real.errors.push(`uncaught: ${String(e)}`));
  await page.addInitScript(RECORD_VIOLATIONS);
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('h1').waitFor();
  return real;
}

export interface FuzzOptions {
  /** Random step sequences, each on a fresh page. */
  readonly runs: number;
  readonly seed: number;
  readonly maxSteps: number;
  /** Shrink a failing sequence to a shortest one (slow: each try reloads the page). */
  readonly shrink: boolean;
}

/** Runs the fuzz against the app at `url`; the details say which sequence failed, and how to replay it. */
export async function fuzzUi(browser: Browser, url: string, o: FuzzOptions): Promise<fc.RunDetails<[Iterable<fc.AsyncCommand<object, FuzzPage>>]>> {
  return fc.check(
    fc.asyncProperty(fc.commands(STEPS, { maxCommands: o.maxSteps, size: 'max' }), async (steps) => {
      const real = await openPage(browser, url);
      try {
        await fc.asyncModelRun(() => Promise.resolve({ model: {}, real }), steps);
        // The last run started must still finish cleanly.
        await real.page.locator('.run-bar .status').filter({ hasNotText: /Berechnung läuft|Computing/ }).waitFor({ timeout: 60_000 });
        await checkHealth(real, 'the last run finished');
      } finally {
        await real.page.close();
      }
    }),
    { numRuns: o.runs, seed: o.seed, endOnFailure: !o.shrink },
  );
}
