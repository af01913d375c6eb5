// Builds the command line into one ES module bundle in dist-cli/ (esbuild), and knows when the bundle is older than its sources.
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const OUT_DIR = join(ROOT, 'dist-cli');
export const ENTRY = join(OUT_DIR, 'sim.mjs');
/** What the bundle is made of: a change to any file here makes it stale. */
const SOURCES = [join(ROOT, 'src', 'cli'), join(ROOT, 'src', 'engine'), join(ROOT, 'package.json')];

/** Newest modification time (ms) of the sources. */
function newestSource() {
  let newest = 0;
  for (const source of SOURCES) {
    const info = statSync(source);
    if (!info.isDirectory()) {
      newest = Math.max(newest, info.mtimeMs);
      continue;
    }
    for (const name of readdirSync(source, { recursive: true })) newest = Math.max(newest, statSync(join(source, String(name))).mtimeMs);
  }
  return newest;
}

/** Whether the bundle is missing or older than a source. */
export function isStale() {
  let built;
  try {
    built = Math.min(statSync(ENTRY).mtimeMs, statSync(join(OUT_DIR, 'worker.mjs')).mtimeMs);
  } catch {
    return true;
  }
  return built < newestSource();
}

/**
 * Bundles src/cli/main.ts (sim.mjs) and the pool's worker (worker.mjs) with the engine; piscina stays outside, it
 * starts its own worker script from its package. Each file is written under a temporary name and renamed, chunks
 * before the entries, so that a process starting meanwhile (a batch system starting many) never reads half a file.
 */
export async function buildCli() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { sim: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    outdir: OUT_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    external: ['piscina'],
    // CommonJS packages in the bundle (cli-progress) may require Node's own modules.
    banner: { js: "import { createRequire as __zlRequire } from 'node:module'; const require = __zlRequire(import.meta.url);" },
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
  });
  mkdirSync(OUT_DIR, { recursive: true });
  const entries = new Set([ENTRY, join(OUT_DIR, 'worker.mjs')]);
  const files = [...result.outputFiles].sort((a, b) => Number(entries.has(a.path)) - Number(entries.has(b.path)));
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    const tmp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(tmp, file.contents);
    renameSync(tmp, file.path);
  }
  return ENTRY;
}

/** The bundle's entry, built first if it is missing or stale. */
export async function ensureBundle() {
  if (isStale()) await buildCli();
  return ENTRY;
}

// `node src/cli/bundle.mjs` (npm run build:cli, npm install's prepare): build now. Under `--if-possible` (prepare) a
// failure only warns, so that `npm install` still succeeds; `npm run sim` then builds on demand and reports why not.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await buildCli();
  } catch (e) {
    if (!process.argv.includes('--if-possible')) throw e;
    process.stderr.write(`dist-cli not built (npm run sim builds it on demand): ${e instanceof Error ? e.message : String(e)}\n`);
  }
}
