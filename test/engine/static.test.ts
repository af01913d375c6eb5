/**
 * Static checks as tests: the whole project type-checks (strict), the engine type-checks without DOM types
 * (so it cannot touch window or document), and the lint rules on import directions and determinism hold.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name: string) => fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));

function run(cmd: string, args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    return { code: err.status ?? 1, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

describe('static checks', () => {
  it('the project type-checks in strict mode', () => {
    const r = run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
    expect(r.out).toBe('');
    expect(r.code).toBe(0);
  }, 120_000);

  it('the engine type-checks without DOM types', () => {
    const r = run(bin('tsc'), ['-p', 'src/engine/tsconfig.json', '--noEmit']);
    expect(r.out).toBe('');
    expect(r.code).toBe(0);
  }, 120_000);

  it('lint: import directions and no wall clock or Math.random in the engine', () => {
    const r = run(bin('eslint'), ['src', 'test', 'bench', 'scripts']);
    expect(r.out.trim()).toBe('');
    expect(r.code).toBe(0);
  }, 120_000);
});
