/**
 * Browser part of `npm run bench`: builds the app, measures the initial JavaScript (gzip), then plays
 * `herbst-2015` at top speed in the Bewegung view in headless Chromium and reports frame rate, moving dots
 * (and how many persons one dot stands for) and long main-thread tasks, and writes the figures to bench/results.json.
 * Targets (bench/budgets.json): median ≥ 50 fps with ≥ 20,000 moving dots — one dot per person through the autumn
 * 2015 peak — no task over 50 ms, ≤ 350 kB gzip. Then, in the Vergleich view, a comparison of two Kreis policies with
 * 20 runs each of `herbst-2015` in Web Workers: done within 30 s, with no main-thread task over 50 ms meanwhile.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { build, preview } from 'vite';
import { launchChromium } from '../test/e2e/chromium.ts';
import { readBudgets, RESULTS_PATH, target, writeSection } from './budgets.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'dist');
const MEASURE_MS = Number(process.env.BENCH_MS ?? 6000);
/** Runs per setup of the comparison benchmark. */
const COMPARE_RUNS = 20;

interface ComparisonFigures {
  readonly wallMs: number;
  readonly longTasks: readonly number[];
  readonly cores: number;
}

/**
 * Vergleich view: two Kreis policies, COMPARE_RUNS runs each of herbst-2015, from the click on "Vergleichen" until the
 * last part of the results is on screen; long main-thread tasks observed over that time and half a second beyond.
 */
async function measureComparison(browser: Browser, port: number): Promise<ComparisonFigures> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  try {
    await page.goto(`http://127.0.0.1:${port}/?szenario=herbst-2015&ansicht=vergleich`);
    await page.getByText(/berechnet in/).waitFor({ timeout: 60_000 });
    const setup = (n: number) => page.getByRole('group', { name: `Variante ${n}` });
    await setup(1).getByRole('combobox', { name: 'Zuweisung Kreis → Gemeinde' }).selectOption('einwohner');
    await setup(2).getByRole('combobox', { name: 'Zuweisung Kreis → Gemeinde' }).selectOption('selbst');
    await page.getByRole('textbox', { name: /Läufe je Variante/ }).fill(String(COMPARE_RUNS));
    await page.evaluate(`(() => {
      window.__compareLong = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__compareLong.push(e.duration); })
        .observe({ type: 'longtask', buffered: false });
    })()`);
    const t0 = performance.now();
    await page.getByRole('button', { name: 'Vergleichen' }).click();
    // Waiting by CSS selectors: matching text would walk the page's text on every poll, on the page's own main thread.
    await page.locator('.vergleich-view[data-status="done"]').waitFor({ timeout: 300_000 });
    // Done when the last part of the results (fairness and budgets) is on screen; long tasks a little beyond count too.
    await page.locator('section.vergleich-fairness').waitFor({ timeout: 60_000 });
    const count = await page.locator('.vergleich-count').textContent();
    if (count !== `${2 * COMPARE_RUNS} / ${2 * COMPARE_RUNS} Läufe`) throw new Error(`comparison ended at ${count}`);
    const wallMs = performance.now() - t0;
    await page.waitForTimeout(500);
    const longTasks = (await page.evaluate('window.__compareLong')) as number[];
    const cores = (await page.evaluate('navigator.hardwareConcurrency')) as number;
    return { wallMs, longTasks, cores };
  } finally {
    await page.close();
  }
}

async function main(): Promise<number> {
  const budgets = readBudgets();
  const [maxKB, maxWorkerKB, minFps, minDots, maxTaskMs, maxCompareMs, maxCompareLong] = [
    'browser.initialJsKB',
    'browser.workerJsKB',
    'browser.medianFps',
    'browser.maxDots',
    'browser.longestTaskMs',
    'browser.compareWallMs',
    'browser.compareLongTasksOver50ms',
  ].map((k) => target(budgets, k)) as [number, number, number, number, number, number, number];
  await build({ root: ROOT, logLevel: 'error' });
  // Initial JavaScript: the scripts index.html loads (entry + its static imports), not the worker or lazy chunks.
  const html = readFileSync(join(OUT, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const preload = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const initial = [...new Set([...entry, ...preload])];
  const gz = initial.reduce((a, f) => a + gzipSync(readFileSync(join(OUT, f))).length, 0);
  // The engine worker of a run; the comparison worker (loaded only by the Vergleich view) is reported apart.
  const assets = readdirSync(join(OUT, 'assets')).filter((f) => f.endsWith('.js'));
  const gzOf = (files: readonly string[]) => files.reduce((a, f) => a + gzipSync(readFileSync(join(OUT, 'assets', f))).length, 0);
  const workerGz = gzOf(assets.filter((f) => f.includes('engine.worker')));
  const compareWorkerGz = gzOf(assets.filter((f) => f.includes('compare.worker')));

  const server = await preview({ root: ROOT, logLevel: 'warn', preview: { port: 0, host: '127.0.0.1', open: false } });
  const { port } = server.httpServer.address() as AddressInfo;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`http://127.0.0.1:${port}/?szenario=herbst-2015&ansicht=bewegung`);
    await page.getByText(/berechnet in/).waitFor({ timeout: 60_000 });
    // In-page code is passed as text: the TypeScript loader would wrap inline functions in helpers the page lacks.
    await page.evaluate(`(() => {
      window.__long = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); })
        .observe({ type: 'longtask', buffered: false });
    })()`);
    // Top speed, start in the busy autumn, play.
    const speed = page.getByRole('combobox', { name: /Tempo/ });
    const options = await speed.locator('option').count();
    await speed.selectOption({ index: options - 1 });
    await page.getByRole('slider').fill(String(100));
    await page.getByRole('button', { name: 'Abspielen' }).click();
    const m = (await page.evaluate(`(async (ms) => {
      const frames = [];
      const dots = [];
      const t0 = performance.now();
      await new Promise((resolve) => {
        const loop = (t) => {
          frames.push(t);
          const c = document.querySelector('canvas[data-moving-dots]');
          if (c) dots.push(Number(c.getAttribute('data-moving-dots')));
          if (t - t0 < ms) requestAnimationFrame(loop);
          else resolve();
        };
        requestAnimationFrame(loop);
      });
      const gaps = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
      const median = gaps[Math.floor(gaps.length / 2)] ?? Infinity;
      dots.sort((a, b) => a - b);
      const p90 = gaps[Math.floor(gaps.length * 0.9)] ?? Infinity;
      const mean = (frames.length - 1) / ((frames[frames.length - 1] - frames[0]) / 1000);
      // "1 Punkt = N Personen" as the legend says it while playing.
      const scale = document.querySelector('.movement-legend .scale')?.textContent ?? '';
      const personsPerDot = Number((scale.match(/= ([\\d.]+) Person/) ?? [])[1]?.replace(/\\./g, '') ?? NaN);
      return { fps: 1000 / median, meanFps: mean, p90, frames: frames.length, maxDots: Math.max(0, ...dots), medianDots: dots[Math.floor(dots.length / 2)] ?? 0, long: window.__long, personsPerDot };
    })(${MEASURE_MS})`)) as { fps: number; meanFps: number; p90: number; frames: number; maxDots: number; medianDots: number; long: number[]; personsPerDot: number };
    const maxLong = Math.max(0, ...m.long);
    console.log(`Browser benchmark: herbst-2015, Bewegung, top speed, ${MEASURE_MS / 1000} s, 1366×768, headless Chromium`);
    console.log(`initial JavaScript ${(gz / 1024).toFixed(1)} kB gzip (${initial.join(', ')}); engine worker ${(workerGz / 1024).toFixed(1)} kB gzip (target ≤ ${maxKB} kB initial, ≤ ${maxWorkerKB} kB worker)`);
    console.log(
      `median frame rate ${m.fps.toFixed(1)} fps over ${m.frames} frames (target ≥ ${minFps}); mean ${m.meanFps.toFixed(1)} fps, 90th percentile frame ${m.p90.toFixed(1)} ms`,
    );
    console.log(`moving dots: median ${m.medianDots}, max ${m.maxDots} (target ≥ ${minDots.toLocaleString('en-GB')}), 1 dot = ${m.personsPerDot} person(s) (target 1)`);
    console.log(`long main-thread tasks: ${m.long.length}, longest ${maxLong.toFixed(0)} ms (target: none over ${maxTaskMs} ms)`);
    const cmp = await measureComparison(browser, port);
    const cmpOver = cmp.longTasks.filter((d) => d > maxTaskMs).length;
    const cmpLongest = Math.max(0, ...cmp.longTasks);
    console.log(
      `Vergleich: 2 Kreis policies × ${COMPARE_RUNS} runs of herbst-2015 on ${Math.min(4, Math.max(1, cmp.cores))} Web Workers (${cmp.cores} cores): ${(cmp.wallMs / 1000).toFixed(1)} s (target ≤ ${maxCompareMs / 1000} s); ` +
        `main-thread tasks over ${maxTaskMs} ms: ${cmpOver} (target ${maxCompareLong}), longest ${cmpLongest.toFixed(0)} ms; comparison worker ${(compareWorkerGz / 1024).toFixed(1)} kB gzip`,
    );
    const ok =
      gz <= maxKB * 1024 &&
      workerGz <= maxWorkerKB * 1024 &&
      m.fps >= minFps &&
      m.maxDots >= minDots &&
      m.personsPerDot === 1 &&
      maxLong <= maxTaskMs &&
      cmp.wallMs <= maxCompareMs &&
      cmpOver <= maxCompareLong;
    console.log(ok ? 'browser targets met' : 'browser targets MISSED');
    const round = (v: number) => Math.round(v * 10) / 10;
    writeSection('browser', {
      initialJsKB: round(gz / 1024),
      workerJsKB: round(workerGz / 1024),
      medianFps: round(m.fps),
      meanFps: round(m.meanFps),
      p90FrameMs: round(m.p90),
      medianDots: m.medianDots,
      maxDots: m.maxDots,
      personsPerDot: m.personsPerDot,
      longTasks: m.long.length,
      longestTaskMs: round(maxLong),
      compareWallMs: Math.round(cmp.wallMs),
      compareLongTasksOver50ms: cmpOver,
      compareLongestTaskMs: round(cmpLongest),
      compareWorkerJsKB: round(compareWorkerGz / 1024),
    });
    console.log(`figures written to ${RESULTS_PATH}`);
    return ok ? 0 : 1;
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(2);
  },
);
