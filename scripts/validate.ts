/**
 * `npm run validate`: runs every built-in scenario of the Hessen region, compares it with the published figures
 * (src/validation/published.ts) and prints a table per scenario and the averaged relative difference.
 * Reports only: exits 0 however large the differences, 1 if a scenario cannot be loaded or run.
 * `npm run validate -- --sensitivity`: instead, varies each free parameter (src/validation/sensitivity.ts) alone to
 * both ends of its range, ranks the parameters by their effect on the model-only difference and writes the ranking
 * into docs/validation.md.
 */
import { runScenario } from '../src/engine/run.ts';
import { BUILTIN_SCENARIOS } from '../src/engine/scenario/builtin/index.ts';
import { loadScenario } from '../src/engine/scenario/load.ts';
import { compare, compareOptionsOf, type Comparison } from '../src/validation/compare.ts';
import { HESSEN, PUBLISHED_FIGURES } from '../src/validation/published.ts';
import { formatPercent, formatSummary, formatTable, ROLLE_LEGENDE } from '../src/validation/report.ts';
import { analyseSensitivity, FREE_PARAMETERS, sensitivityTable } from '../src/validation/sensitivity.ts';
import type { ScenarioInput } from '../src/engine/scenario/schema.ts';
import { updateFile } from './generated.ts';

const VALIDATION_DOC = 'docs/validation.md';

const out = (text = ''): void => {
  process.stdout.write(`${text}\n`);
};
const dateDe = (iso: string): string => iso.split('-').reverse().join('.');

function main(): number {
  const ids = Object.keys(BUILTIN_SCENARIOS).filter((id) => BUILTIN_SCENARIOS[id]?.region === HESSEN);
  out(`Validierung: ${ids.length} eingebaute Szenarien der Region ${HESSEN}, ${PUBLISHED_FIGURES.length} veröffentlichte Kennzahlen (Quellen: docs/sources.md)`);
  out(ROLLE_LEGENDE);
  const summary: { id: string; c: Comparison }[] = [];
  let failed = 0;
  for (const id of ids) {
    out();
    const loaded = loadScenario(BUILTIN_SCENARIOS[id]);
    if (!loaded.ok) {
      failed++;
      out(`Szenario ${id}: ungültig`);
      for (const i of loaded.issues) out(`  ${i.path || '(Szenario)'}: ${i.message}`);
      continue;
    }
    const s = loaded.scenario;
    let c: Comparison;
    try {
      c = compare(runScenario(s), PUBLISHED_FIGURES, compareOptionsOf(s));
    } catch (e) {
      failed++;
      out(`Szenario ${id}: Lauf fehlgeschlagen: ${(e as Error).message}`);
      continue;
    }
    summary.push({ id, c });
    out(`Szenario: ${id} – ${s.name.de} (${dateDe(s.period.start)} – ${dateDe(s.period.end)}, Seed ${s.seed})`);
    out();
    out(c.rows.length > 0 ? formatTable(c.rows) : 'Keine veröffentlichte Kennzahl fällt in Zeitraum und Region.');
    out();
    out(formatSummary(c));
  }
  if (summary.length > 0) {
    out();
    out('Gemittelte relative Abweichung je Szenario');
    const w = Math.max(8, ...summary.map((x) => x.id.length));
    out(`${'Szenario'.padEnd(w)}  Kennzahlen     alle  ohne Eingaben`);
    for (const { id, c } of summary) {
      const m = c.rows.filter((r) => r.figure.rolle !== 'eingabe').length;
      out(
        `${id.padEnd(w)}  ${String(c.rows.length).padStart(10)}  ${formatPercent(c.averagedRelativeDifference).padStart(7)}  ${formatPercent(c.averagedRelativeDifferenceOhneEingaben).padStart(9)} (${m})`,
      );
    }
  }
  return failed > 0 ? 1 : 0;
}

/** The model-only averaged relative difference of a scenario, or null if it cannot be loaded or run. */
function modelOnly(input: ScenarioInput): number | null {
  const loaded = loadScenario(input);
  if (!loaded.ok) return null;
  try {
    return compare(runScenario(loaded.scenario), PUBLISHED_FIGURES, compareOptionsOf(loaded.scenario)).averagedRelativeDifferenceOhneEingaben;
  } catch {
    return null;
  }
}

function sensitivity(): number {
  const ids = Object.keys(BUILTIN_SCENARIOS).filter((id) => BUILTIN_SCENARIOS[id]?.region === HESSEN);
  const scenarios = ids.map((id) => BUILTIN_SCENARIOS[id] as ScenarioInput);
  out(`Sensitivität: ${FREE_PARAMETERS.length} freie Parameter, je an beiden Enden ihres Bereichs, in ${ids.length} Szenarien`);
  const t0 = performance.now();
  const result = analyseSensitivity(scenarios, FREE_PARAMETERS, modelOnly, () => process.stdout.write('.'));
  const seconds = (performance.now() - t0) / 1000;
  out();
  const table = sensitivityTable(result, ids);
  out(table);
  const note = `${result.runs} Läufe (${ids.length} Basisläufe und je Parameter zwei Läufe in jedem Szenario, für das er gilt). Zelle: gemittelte relative Abweichung ohne Eingaben am unteren / oberen Ende des Bereichs; Basiswert in der Kopfzeile.`;
  out(note);
  out(`${Math.round(seconds)} s`);
  const changed = updateFile(VALIDATION_DOC, { sensitivity: `${table}

${note}` });
  out(`${VALIDATION_DOC}: ${changed ? 'aktualisiert' : 'unverändert'}`);
  return Object.keys(result.baseline).length === ids.length ? 0 : 1;
}

process.exitCode = process.argv.includes('--sensitivity') ? sensitivity() : main();
