/**
 * Launching headless Chromium for browser tests and benchmarks: CHROME_PATH wins, else the Chromium that the
 * npm package @sparticuz/chromium unpacks. Its own flag set targets serverless hosts (single process, emulated
 * GPU); here the browser runs multi-process with software rendering, as the probe of this machine kind does.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--hide-scrollbars',
  '--mute-audio',
];

export async function chromiumPath(): Promise<string> {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return sparticuz.executablePath();
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}
