/** `npm run docs`: writes the parts of the documentation generated from the parameter catalogue (see docs-tables.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { GENERATED_DOCS, renderGenerated } from './docs-tables.ts';

for (const file of GENERATED_DOCS) {
  const text = readFileSync(file, 'utf8');
  const next = renderGenerated(text);
  if (next !== text) writeFileSync(file, next);
  process.stdout.write(`${file}: ${next === text ? 'current' : 'updated'}\n`);
}
