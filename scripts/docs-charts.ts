/** `npm run docs:charts`: draws the statecharts into docs/model.md (Mermaid, from the machines themselves). */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beschaffungMachine } from '../src/engine/machines/beschaffung.ts';
import { mermaidOf } from '../src/engine/machines/diagram.ts';
import { haushaltMachine } from '../src/engine/machines/haushalt.ts';
import { lageMachine } from '../src/engine/machines/lage.ts';
import { updateFile } from './generated.ts';

export const MODEL_DOC = join(import.meta.dirname, '..', 'docs', 'model.md');

/** The generated blocks of docs/model.md. */
export function chartBlocks(): Record<string, string> {
  const fence = (s: string) => ['```mermaid', s, '```'].join('\n');
  return {
    'chart-haushalt': fence(mermaidOf(haushaltMachine)),
    'chart-lage': fence(mermaidOf(lageMachine)),
    'chart-beschaffung': fence(mermaidOf(beschaffungMachine)),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(updateFile(MODEL_DOC, chartBlocks()) ? 'docs/model.md: charts written\n' : 'docs/model.md: charts up to date\n');
}
