/**
 * `npm run docs`: writes every generated part of the documentation — the tables from the parameter catalogue
 * (docs-tables.ts), the statechart diagrams (docs-charts.ts), the keyboard table (readme-keys.ts) and the sources
 * list (sources-doc.ts). Tests fail while any of them is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chartBlocks, MODEL_DOC } from './docs-charts.ts';
import { GENERATED_DOCS, renderGenerated } from './docs-tables.ts';
import { updateFile } from './generated.ts';
import { keyboardTable, README } from './readme-keys.ts';
import { renderSourcesDoc, SOURCES_DOC_PATH } from './sources-doc.ts';

const report = (file: string, changed: boolean) => process.stdout.write(`${file}: ${changed ? 'updated' : 'current'}\n`);

for (const file of GENERATED_DOCS) {
  const text = readFileSync(file, 'utf8');
  const next = renderGenerated(text);
  if (next !== text) writeFileSync(file, next);
  report(file, next !== text);
}
report(MODEL_DOC, updateFile(MODEL_DOC, chartBlocks()));
report(README, updateFile(README, { keys: keyboardTable() }));
const sources = renderSourcesDoc();
const before = readFileSync(SOURCES_DOC_PATH, 'utf8');
if (sources !== before) writeFileSync(SOURCES_DOC_PATH, sources);
report(SOURCES_DOC_PATH, sources !== before);
