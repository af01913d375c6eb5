/** E2E harness: serves the app with Vite's dev server and drives it in headless Chromium. */
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { createServer, type ViteDevServer } from 'vite';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface App {
  url: string;
  page: Page;
  /** Console errors and uncaught page errors collected since the page was opened. */
  errors: string[];
  close: () => Promise<void>;
}

/** Dev server on a free loopback port; no build step, dependencies are pre-bundled on start. */
async function startServer(): Promise<{ server: ViteDevServer; url: string }> {
  const server = await createServer({
    root: ROOT,
    configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
    logLevel: 'warn',
    clearScreen: false,
    server: { port: 0, host: '127.0.0.1', strictPort: true, open: false, watch: null },
  });
  await server.listen();
  const { port } = server.httpServer!.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/` };
}

/** Starts server and browser, opens the app and waits until it has rendered. */
export async function startApp(): Promise<App> {
  const { server, url } = await startServer();
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(String(err)));
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('h1').waitFor();
    const b = browser;
    return {
      url,
      page,
      errors,
      close: async () => {
        await b.close();
        await server.close();
      },
    };
  } catch (err) {
    await browser?.close();
    await server.close();
    throw err;
  }
}

/** Serious and critical accessibility violations on the page as it is now (axe-core). */
export async function severeAxeViolations(page: Page): Promise<{ id: string; impact: string | null | undefined; nodes: number }[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.addScriptTag({ content: axe.source });
  const violations = (await page.evaluate(
    `axe.run(document).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))`,
  )) as { id: string; impact: string | null | undefined; nodes: number }[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
