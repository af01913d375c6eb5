/**
 * Where an exported result comes from: engine version, scenario and its fingerprint, seed and policies, and the
 * command line that computes the same result again. Every export (app and command line) carries it.
 */
import { scenarioHash } from '../compare/hash.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { RunMeta } from './result.ts';

export interface Provenance {
  readonly tool: 'zuweisungslabor-hessen';
  readonly engineVersion: string;
  readonly scenarioId: string;
  /** Fingerprint of the scenario as run (loaded, defaults filled in): `scenarioHash` of the comparison API. */
  readonly scenarioHash: string;
  readonly seed: number;
  readonly landPolicy: string;
  readonly kreisPolicy: string;
  /** The command line that computes this result again (`npm run sim -- …`). */
  readonly command: string;
}

/**
 * The provenance of a run of `scenario` (the scenario as run) with `meta`. `scenarioArg` is how the command line
 * names the scenario: a built-in id, or the path of the scenario file (an own scenario is exported as JSON first);
 * `extraArgs` are further options the run was given (`--procurement`, `--param`).
 */
export function provenanceOf(scenario: Scenario, meta: RunMeta, scenarioArg: string, extraArgs: readonly string[] = []): Provenance {
  return {
    tool: 'zuweisungslabor-hessen',
    engineVersion: meta.engineVersion,
    scenarioId: meta.scenarioId,
    scenarioHash: scenarioHash(scenario),
    seed: meta.seed,
    landPolicy: meta.landPolicy,
    kreisPolicy: meta.kreisPolicy,
    command: ['npm run sim --', scenarioArg, '--seed', String(meta.seed), '--land-policy', meta.landPolicy, '--kreis-policy', meta.kreisPolicy, ...extraArgs].join(' '),
  };
}

/** The provenance as one CSV comment line (`# key=value; …`), read past by `comment='#'` in pandas or R. */
export function provenanceComment(p: Provenance): string {
  return `# ${p.tool} engine=${p.engineVersion}; scenario=${p.scenarioId}; scenarioHash=${p.scenarioHash}; seed=${p.seed}; landPolicy=${p.landPolicy}; kreisPolicy=${p.kreisPolicy}; reproduce: ${p.command}`;
}

/** Reads a provenance comment line back (as written by provenanceComment), or null if the line is none. */
export function parseProvenanceComment(line: string): Omit<Provenance, 'tool'> | null {
  const m = /^# zuweisungslabor-hessen engine=([^;]+); scenario=([^;]+); scenarioHash=([^;]+); seed=(\d+); landPolicy=([^;]+); kreisPolicy=([^;]+); reproduce: (.+)$/.exec(line);
  if (!m) return null;
  return {
    engineVersion: m[1]!,
    scenarioId: m[2]!,
    scenarioHash: m[3]!,
    seed: Number(m[4]),
    landPolicy: m[5]!,
    kreisPolicy: m[6]!,
    command: m[7]!,
  };
}
