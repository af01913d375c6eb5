/**
 * `npm run fuzz:ui [-- N] [--seed S] [--steps K] [--no-shrink]`: the UI fuzz on the built app in headless Chromium,
 * N random sequences (default 20) of up to K steps (default 40); prints the first failing sequence, shrunk.
 */
import fc from 'fast-check';
import { startBuiltApp } from './built.ts';
import { launchChromium } from './chromium.ts';
import { fuzzUi } from './ui-fuzz.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const seed = Number(option('--seed') ?? Date.UTC(2026, 0, 1) / 1000);
const maxSteps = Number(option('--steps') ?? 40);
const runs = Number(args.find((a, i) => /^\d+$/.test(a) && !['--seed', '--steps'].includes(args[i - 1] ?? '')) ?? 20);
if (![seed, maxSteps, runs].every((n) => Number.isInteger(n) && n >= 0) || runs === 0) {
  console.error('usage: npm run fuzz:ui -- [N runs > 0] [--seed S] [--steps K] [--no-shrink]');
  process.exit(2);
}

const app = await startBuiltApp();
const browser = await launchChromium();
const t0 = performance.now();
try {
  const result = await fuzzUi(browser, app.url, { runs, seed, maxSteps, shrink: !args.includes('--no-shrink') });
  const seconds = ((performance.now() - t0) / 1000).toFixed(0);
  if (result.failed) {
    console.log(`fuzz:ui: FAILED after ${result.numRuns} of ${runs} sequences (seed ${seed}, ${seconds} s)`);
    console.log(fc.defaultReportMessage(result));
    console.log(String(result.errorInstance));
    process.exitCode = 1;
  } else {
    console.log(`fuzz:ui: ${result.numRuns} random sequences of up to ${maxSteps} steps, the page stayed healthy (seed ${seed}, ${seconds} s)`);
  }
} finally {
  await browser.close();
  await app.close();
}
