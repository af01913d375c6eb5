/**
 * The engine as it ships: one ES module bundled by esbuild (as the command line's dist-cli and, through Vite, the
 * browser's worker). Loading the TypeScript sources through a transpiling loader instead puts a getter on every
 * access to another module's export, which costs the benchmark a fifth of its time and no user ever pays.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type EngineModule = typeof import('./engineEntry.ts');

/** Bundles bench/engineEntry.ts into a temporary module and imports it; `source` imports the sources instead. */
export async function loadEngine(source = false): Promise<EngineModule> {
  if (source) return import('./engineEntry.ts');
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./engineEntry.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
  });
  const dir = mkdtempSync(join(tmpdir(), 'zl-bench-'));
  const file = join(dir, 'engine.mjs');
  writeFileSync(file, result.outputFiles[0]!.contents);
  try {
    return (await import(pathToFileURL(file).href)) as EngineModule;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
