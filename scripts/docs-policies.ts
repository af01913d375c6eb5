/**
 * The parts of docs/policies.md generated from the code: the built-in policies and their parameters (registry), the
 * KPI table (metrics/kpis.ts) and the worked example (the region of its test file).
 */
import { readFileSync } from 'node:fs';
import { KPI_DEFINITIONS } from '../src/engine/metrics/kpis.ts';
import { KREIS_POLICIES, LAND_POLICIES, PROCUREMENT_POLICIES } from '../src/engine/policies/registry.ts';
import type { PolicyParameter } from '../src/engine/policies/types.ts';

/** The test file whose `#region example` docs/policies.md shows. */
export const POLICY_EXAMPLE = 'test/engine/policy-example.test.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = (header: readonly string[], rows: readonly (readonly string[])[]) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

type Described = { id: string; label: { en: string }; description: { en: string }; parameters?: readonly PolicyParameter[] };
const KINDS: readonly [string, string, Readonly<Record<string, Described>>][] = [
  ['Land → Kreis', 'policies.land', LAND_POLICIES],
  ['Kreis → Gemeinde', 'policies.kreis', KREIS_POLICIES],
  ['Procurement', 'procurement.strategy', PROCUREMENT_POLICIES],
];

export function policiesTable(): string {
  const rows = KINDS.flatMap(([kind, field, policies]) =>
    Object.values(policies).map((p) => [kind, `\`${p.id}\` (${field})`, p.label.en, p.description.en]),
  );
  return table(['Level', 'Id', 'Name', 'What it does'], rows);
}

/** `cite` renders a citation text (as docs-tables' citationMarkdown does, links into sources.md). */
export function policyParametersTable(cite: (text: string) => string = (t) => t): string {
  const rows = KINDS.flatMap(([, , policies]) =>
    Object.values(policies).flatMap((p) =>
      (p.parameters ?? []).map((q) => [`\`${p.id}\``, `\`${q.name}\``, q.label.en, q.unit, String(q.default), `${q.min} to ${q.max}`, cite(q.source)]),
    ),
  );
  return table(['Policy', 'Name in `policies.params`', 'Meaning', 'Unit', 'Default', 'Bounds', 'Source'], rows);
}

export function kpiTable(): string {
  return table(
    ['Id', 'Name', 'Unit', 'Definition'],
    KPI_DEFINITIONS.map((d) => [`\`${d.id}\``, d.label.en.replace('{region}', 'the region'), d.unit.en, `${d.definition.en}${d.needsFiscal ? ' Only with a `fiscal` layer.' : ''}`]),
  );
}

export function policyExample(): string {
  const text = readFileSync(new URL(`../${POLICY_EXAMPLE}`, import.meta.url), 'utf8');
  const m = /\/\/ #region example\n([\s\S]*?)\/\/ #endregion/.exec(text);
  if (!m) throw new Error(`${POLICY_EXAMPLE}: no "// #region example" … "// #endregion"`);
  return `\`\`\`ts\n${m[1]!.trimEnd()}\n\`\`\``;
}
