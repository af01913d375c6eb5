/** Generated blocks in Markdown files: the text between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. */
import { readFileSync, writeFileSync } from 'node:fs';

/** The text with the block NAME replaced by `content`; throws if the markers are missing. */
export function withBlock(text: string, name: string, content: string): string {
  const begin = `<!-- generated:${name} -->`;
  const end = `<!-- /generated:${name} -->`;
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`markers ${begin} … ${end} not found`);
  return `${text.slice(0, a + begin.length)}\n${content}\n${text.slice(b)}`;
}

/** Rewrites a file with its blocks replaced; says whether it changed. */
export function updateFile(path: string, blocks: Readonly<Record<string, string>>): boolean {
  const before = readFileSync(path, 'utf8');
  const after = Object.entries(blocks).reduce((t, [name, content]) => withBlock(t, name, content), before);
  if (after !== before) writeFileSync(path, after);
  return after !== before;
}
