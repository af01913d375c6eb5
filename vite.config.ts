/**
 * Vite build of the app: React, the engine worker as an ES module, the content security policy of the built page,
 * and the service worker that keeps the built app working without network once it has been loaded.
 */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Only the page's own origin, no inline script, no eval. React and D3 set `style` through the CSSOM, which
 * `style-src` does not govern, so no 'unsafe-inline' is needed for styles. Images: data: and blob: for exports.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/**
 * Headers of `vite preview` (and a template for any host): the policy as a header also binds the engine worker,
 * which a `<meta>` policy does not reach; `frame-ancestors` only works as a header.
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Zod compiles object parsers with `new Function` unless it runs "jitless", and probes for eval when its first
 * object schema is built: set the switch on the global zod reads before any module of a bundle runs.
 */
const ZOD_WITHOUT_EVAL = 'globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true };';

/**
 * Build only: the dev server's React refresh preamble is an inline script and its CSS arrives as `<style>`, so
 * the policy goes into the built page's `<head>` as `<meta http-equiv>`, for hosts that cannot set headers.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'zuweisungslabor:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * Offline use (lecture halls without network): every file of the build is precached on the first visit, and any
 * navigation (with whatever query) is answered with the cached page. The registration is a file of its own, not an
 * inline script, so the policy above still holds; the app has no web fonts or remote assets to cache.
 */
const offline = VitePWA({
  injectRegister: 'script',
  registerType: 'autoUpdate',
  includeAssets: ['favicon.svg'],
  manifest: {
    name: 'Zuweisungslabor Hessen',
    short_name: 'Zuweisungslabor',
    lang: 'de',
    start_url: '.',
    display: 'standalone',
    background_color: '#fbfbf8',
    theme_color: '#0b5cad',
    icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,json,webmanifest}'],
    // The engine worker with its scenarios is one large chunk; it must be cached like the rest.
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
    navigateFallback: 'index.html',
    clientsClaim: true,
    skipWaiting: true,
    cleanupOutdatedCaches: true,
  },
});

const noEvalOutput = { output: { banner: (chunk: { isEntry: boolean }) => (chunk.isEntry ? ZOD_WITHOUT_EVAL : '') } };

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), offline],
  worker: { format: 'es', rolldownOptions: noEvalOutput },
  build: { target: 'es2022', sourcemap: true, rolldownOptions: noEvalOutput },
  preview: { headers: SECURITY_HEADERS },
});
