/** `npm run docs:sources`: writes docs/sources.md from src/engine/sources.ts (a test fails while the file is stale). */
import { writeFileSync } from 'node:fs';
import { renderSourcesDoc, SOURCES_DOC_PATH } from './sources-doc.ts';

writeFileSync(SOURCES_DOC_PATH, renderSourcesDoc());
process.stdout.write(`${SOURCES_DOC_PATH} geschrieben\n`);
