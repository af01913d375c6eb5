/**
 * E2E harness for the built app: `vite build` into a temporary directory, served by `vite preview` (with the
 * project's security headers) on a free loopback port; CSP violations of page and worker are reported back.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build, preview, type Plugin, type PreviewServer } from 'vite';
import { launchChromium } from './chromium.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REPORT_PATH = '/__csp-report';

export interface BuiltApp {
  url: string;
  /** Violation reports the browser sent for the header policy (it binds the document and the engine worker). */
  readonly cspReports: unknown[];
  close: () => Promise<void>;
}

/**
 * Lets the browser report violations of the served policy to the preview server: appends a `report-uri` to the
 * header the app's config sets, and collects the reports (a `<meta>` policy cannot report, a header policy can).
 */
function collectCspReports(reports: unknown[]): Plugin {
  return {
    name: 'test:collect-csp-reports',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url === REPORT_PATH && req.method === 'POST') {
          let body = '';
          req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
          req.on('end', () => {
            reports.push(JSON.parse(body) as unknown);
            res.statusCode = 204;
            res.end();
          });
          return;
        }
        const setHeader = res.setHeader.bind(res) as ServerResponse['setHeader'];
        res.setHeader = (name, value) =>
          setHeader(name, name.toLowerCase() === 'content-security-policy' ? `${String(value)}; report-uri ${REPORT_PATH}` : value);
        next();
      });
    },
  };
}

/** Builds the app (as `npm run build` does, into a directory of its own) and serves it. */
export async function startBuiltApp(): Promise<BuiltApp> {
  const outDir = await mkdtemp(join(tmpdir(), 'zuweisungslabor-dist-'));
  const cspReports: unknown[] = [];
  let server: PreviewServer | undefined;
  try {
    await build({ root: ROOT, logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: false } });
    server = await preview({
      root: ROOT,
      logLevel: 'warn',
      build: { outDir },
      plugins: [collectCspReports(cspReports)],
      preview: { port: 0, host: '127.0.0.1', strictPort: true, open: false },
    });
    const { port } = server.httpServer.address() as AddressInfo;
    const s = server;
    return {
      url: `http://127.0.0.1:${port}/`,
      cspReports,
      close: async () => {
        await s.close();
        await rm(outDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
    throw err;
  }
}

/** The built app open in a fresh Chromium page (1366 × 900, downloads accepted), with the page's errors collected. */
export interface BuiltPage {
  readonly app: BuiltApp;
  readonly page: Page;
  /** Console errors and uncaught exceptions of the page. */
  readonly errors: string[];
  close: () => Promise<void>;
}

export async function openBuiltPage(): Promise<BuiltPage> {
  const [app, browser] = await Promise.all([startBuiltApp(), launchChromium()]);
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    app,
    page,
    errors,
    close: async () => {
      await browser.close();
      await app.close();
    },
  };
}
