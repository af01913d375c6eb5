/** `npm run docs:keys`: writes the keyboard table in README.md from the command list of the app. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COMMANDS, keysText } from '../src/ui/app/commands.ts';
import { updateFile, withBlock } from './generated.ts';

export const README = join(import.meta.dirname, '..', 'README.md');

// “|” would end a table cell.
const cell = (text: string): string => text.replaceAll('|', '\\|');

/** The Markdown table of the shortcuts, English and German side by side. */
export function keyboardTable(): string {
  const rows = COMMANDS.map(
    (c) => `| ${cell(keysText(c, 'en'))} | ${cell(c.label.en)} | ${cell(keysText(c, 'de'))} | ${cell(c.label.de)} |`,
  );
  return ['| Key | Action | Taste | Aktion |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The README with its keyboard table (the generated block `keys`) replaced by the current one. */
export function withKeyboardTable(readme: string): string {
  return withBlock(readme, 'keys', keyboardTable());
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(updateFile(README, { keys: keyboardTable() }) ? 'README.md: keyboard table written\n' : 'README.md: keyboard table up to date\n');
}
