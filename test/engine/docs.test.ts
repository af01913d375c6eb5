/** The documentation's tables of fields and parameters are generated from the catalogue and must be current (`npm run docs`). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationMarkdown, GENERATED_DOCS, jsonText, renderGenerated } from '../../scripts/docs-tables.ts';
import { parameterCatalogue } from '../../src/engine/scenario/catalogue.ts';

/** A value as section 6 writes it: JSON, or a bare text (`reaktiv`). */
function literal(written: string): unknown {
  try {
    return JSON.parse(written) as unknown;
  } catch {
    return written;
  }
}

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

describe('generated documentation', () => {
  it.each(GENERATED_DOCS)('%s is current (run `npm run docs` after changing the schema)', (file) => {
    const text = read(file);
    expect(text).toContain('<!-- generated: ');
    expect(renderGenerated(text)).toBe(text);
  });

  it('notices a stale table and renders it anew', () => {
    const text = read('docs/scenario-format.md');
    const stale = text.replace('| `procurement.noticeDays` | n 0 to 10,958 | days | `90` |', '| `procurement.noticeDays` | n 0 to 10,958 | days | `60` |');
    expect(stale).not.toBe(text);
    expect(renderGenerated(stale)).toBe(text);
  });

  it('refuses unknown and unclosed parts', () => {
    expect(() => renderGenerated('<!-- generated: nonsense -->\n<!-- /generated -->')).toThrow(/unknown generated part "nonsense"/);
    expect(() => renderGenerated('<!-- generated: fields -->\ntext\n')).toThrow(/without a closing/);
  });

  it('lists the start-only fields and the open records from the catalogue', () => {
    const text = read('docs/scenario-format.md');
    for (const e of parameterCatalogue().filter((x) => x.startOnly)) expect(text).toContain(`\`${e.path}\` |`);
    const open = /<!-- generated: open-records -->\n(.*)\n/.exec(text)?.[1] ?? '';
    expect(open).toContain('`policies.quota`');
    expect(open).not.toContain('accommodation.units');
  });

  it('cites the sources of the parameters as links into sources.md (docs/model.md, section 9)', () => {
    expect(citationMarkdown('asylg: § 53 Abs. 1; modellannahme')).toBe('[asylg](sources.md#asylg): § 53 Abs. 1; [modellannahme](sources.md#modellannahme)');
    // Not a citation text, or an id the list does not know: as it is.
    expect(citationMarkdown('Sozialministerium, 29.03.2016')).toBe('Sozialministerium, 29.03.2016');
    expect(citationMarkdown('facts-2-3: x')).toBe('facts-2-3: x');
    const text = read('docs/model.md');
    const table = /<!-- generated: parameter-sources -->\n([\s\S]*?)<!-- \/generated -->/.exec(text)?.[1] ?? '';
    expect(table).toContain('| `erstaufnahme.dwell` | — | days | [epd-heae-aussenstelle-2015](sources.md#epd-heae-aussenstelle-2015): 4–6 Wochen (2015); ');
    expect(table).toContain('| `procurement.noticeDays` | `90` | days | [modellannahme](sources.md#modellannahme) |');
  });

  it('describes the citation format of `sources` and an event\'s `source` (docs/scenario-format.md)', () => {
    const text = read('docs/scenario-format.md');
    const section = text.slice(text.indexOf('### Sources'), text.indexOf('## 3. A short scenario'));
    expect(section).toContain('"erstaufnahme.dwell": "epd-verweildauer-2016: ≈ 8 Wochen (2016)"');
    for (const id of ['modellannahme', 'unbelegt', 'lehrbeispiel']) expect(section).toContain(`\`${id}\``);
  });

  // The per-group tables of section 6 are prose; their Default column must agree with the schema.
  it('section 6 states the defaults of the schema', () => {
    const text = read('docs/scenario-format.md');
    const section = text.slice(text.indexOf('## 6. Parameter groups'), text.indexOf('## 7. Table of all fields'));
    let group = '';
    let checked = 0;
    let inTable = false;
    for (const line of section.split('\n')) {
      const heading = /^### 6\.\d+ `(\w+)`/.exec(line);
      if (heading) group = heading[1]!;
      if (line.startsWith('| Field | Default | Meaning |')) inTable = true;
      else if (!line.startsWith('|')) inTable = false;
      const row = inTable ? /^\| `(\w+)` \| ([^|]+) \|/.exec(line) : null;
      if (!row) continue;
      const [, name, cell] = row as unknown as [string, string, string];
      const candidates = parameterCatalogue().filter((e) => e.path.startsWith(`${group}.`) && e.path.endsWith(`.${name}`) && !/[[*]/.test(e.path));
      expect(candidates.length, `${group} ${name}`).toBeGreaterThan(0);
      for (const e of candidates) {
        const stated = cell.trim();
        if (stated === 'required') expect(e.optional, e.path).toBe(false);
        else if (stated.startsWith('absent')) expect([e.optional, e.default], e.path).toEqual([true, undefined]);
        else expect(jsonText(literal(/`([^`]+)`/.exec(stated)![1]!)), e.path).toBe(jsonText(e.default));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});
