/** The sources module: well-formed records, the citation grammar, the rendered docs/sources.md, and every citation of the project resolving to a record. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderSourcesDoc, SOURCES_DOC_PATH } from '../../scripts/sources-doc.ts';
import {
  DE_APPLICATIONS,
  EASY_DE_2015,
  HESSEN_BLOCKS,
  hessenDerivation,
  KS_HESSEN,
  UKRAINE_BLOCKS,
  ukraineDerivation,
} from '../../src/engine/scenario/builtin/arrivals.ts';
import { BUILTIN_SCENARIOS } from '../../src/engine/scenario/builtin/index.ts';
import { catalogue } from '../../src/engine/scenario/catalogue.ts';
import { formatCitations, isSourceId, parseCitations, SOURCE_ID_PATTERN, SOURCE_IDS, SOURCES } from '../../src/engine/sources.ts';
import { PUBLISHED_FIGURES } from '../../src/validation/published.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));


/** Repository-relative paths of the files under `dir` (recursively) whose names end in one of `exts`. */
function filesUnder(dir: string, exts: readonly string[]): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && exts.some((e) => d.name.endsWith(e)))
    .map((d) => join(d.parentPath, d.name).slice(ROOT.length).replaceAll('\\', '/'))
    .sort();
}
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

const CODE = [...filesUnder('src', ['.ts', '.tsx']), ...filesUnder('scripts', ['.ts'])];
const DOCS = [...filesUnder('docs', ['.md']), 'README.md'];
const EXAMPLES = filesUnder('examples', ['.json']);

/** An id cited in a comment or note: `[id]` (ids with a hyphen; the bare assumption ids are cited in citation texts). */
const BRACKETED = /\[([a-z][a-z0-9]+(?:-[a-z0-9]+)+)\]/g;
/** An id linked from the documentation: `](sources.md#id)` or `](docs/sources.md#id)`. */
const LINKED = /\]\((?:docs\/)?sources\.md#([a-z0-9-]+)\)/g;

interface CitationText {
  readonly where: string;
  readonly text: string;
}

/** Every citation text of the built-in scenarios, their derivations and the example files. */
function citationTexts(): CitationText[] {
  const out: CitationText[] = [];
  const scenario = (name: string, s: { sources?: Record<string, string>; events?: readonly { source?: string }[] }): void => {
    for (const [path, text] of Object.entries(s.sources ?? {})) out.push({ where: `${name} sources.${path}`, text });
    (s.events ?? []).forEach((e, i) => {
      if (e.source !== undefined) out.push({ where: `${name} events[${i}]`, text: e.source });
    });
  };
  for (const [id, s] of Object.entries(BUILTIN_SCENARIOS)) scenario(id, s);
  for (const f of EXAMPLES) scenario(f, JSON.parse(read(f)) as Parameters<typeof scenario>[1]);
  for (const [year, k] of Object.entries(KS_HESSEN)) out.push({ where: `KS_HESSEN ${year}`, text: k.source });
  for (const [m, v] of Object.entries(EASY_DE_2015)) out.push({ where: `EASY_DE_2015 ${m}`, text: v.source });
  for (const [m, v] of Object.entries(DE_APPLICATIONS)) out.push({ where: `DE_APPLICATIONS ${m}`, text: v.source });
  for (const b of [...HESSEN_BLOCKS, ...UKRAINE_BLOCKS]) out.push({ where: `block ${b.from}…${b.to}`, text: b.source });
  for (const d of [...hessenDerivation('2014-01', '2019-12'), ...hessenDerivation('2022-01', '2024-12'), ...ukraineDerivation('2022-01', '2024-12')]) {
    out.push({ where: `derivation ${d.month}`, text: d.source });
  }
  return out;
}

describe('the source records', () => {
  it.each(SOURCE_IDS.map((id) => [id] as const))('%s is well-formed', (id) => {
    const e = SOURCES[id];
    expect(id).toMatch(SOURCE_ID_PATTERN);
    expect(e.title.trim().length).toBeGreaterThan(0);
    expect(e.note.de.trim().length).toBeGreaterThan(0);
    expect(e.note.en.trim().length).toBeGreaterThan(0);
    expect(e.note.de).not.toBe(e.note.en);
    if (e.kind === 'source') {
      expect(e.publisher.trim().length).toBeGreaterThan(0);
      if (e.date !== undefined) expect(e.date).toMatch(/^(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/);
      for (const url of [...(e.url === undefined ? [] : [e.url]), ...(e.also ?? [])]) expect(url).toMatch(/^https?:\/\/[^\s]+$/);
    }
  });

  it('knows an id only as an own key', () => {
    expect(isSourceId('destatis-gvisys-2019')).toBe(true);
    expect(isSourceId('modellannahme')).toBe(true);
    expect(isSourceId('toString')).toBe(false);
    expect(isSourceId('facts-2-3')).toBe(false);
  });
});

describe('citation texts', () => {
  it('split into id and detail at "; " and at the first ": "', () => {
    expect(parseCitations('welt-januar-2016: Jan 2015: ≈ 2.300; modellannahme')).toEqual([
      { id: 'welt-januar-2016', detail: 'Jan 2015: ≈ 2.300' },
      { id: 'modellannahme' },
    ]);
    expect(parseCitations('asylg')).toEqual([{ id: 'asylg' }]);
  });

  it('are plain text when a part does not begin with an id', () => {
    expect(parseCitations('erfunden (Lehrbeispiel)')).toBeUndefined();
    expect(parseCitations('Sozialministerium, 29.03.2016')).toBeUndefined();
    expect(parseCitations('asylg; 2014: 0,13')).toBeUndefined();
    expect(parseCitations('')).toBeUndefined();
  });

  it('format back to the same text', () => {
    const text = 'epd-verweildauer-2016: ≈ 8 Wochen (2016); lehrbeispiel';
    expect(formatCitations(parseCitations(text) ?? [])).toBe(text);
  });
});

describe('every citation resolves', () => {
  it('in the scenarios, their derivations and the examples: each part is "id" or "id: detail" with a known id', () => {
    const texts = citationTexts();
    expect(texts.length).toBeGreaterThan(200);
    const bad = texts.flatMap(({ where, text }) => {
      const parsed = parseCitations(text);
      if (!parsed) return [`${where}: not a citation text: ${text}`];
      return parsed.filter((c) => !isSourceId(c.id)).map((c) => `${where}: unknown id ${c.id}`);
    });
    expect(bad).toEqual([]);
  });

  it('in the parameter catalogue: the source of every field is a citation text with known ids', () => {
    const cited = catalogue().filter((e) => e.source !== undefined);
    expect(cited.length).toBeGreaterThan(50);
    const bad = cited.flatMap(({ path, source }) => {
      const parsed = parseCitations(source as string);
      if (!parsed) return [`${path}: not a citation text: ${source}`];
      return parsed.filter((c) => !isSourceId(c.id)).map((c) => `${path}: unknown id ${c.id}`);
    });
    expect(bad).toEqual([]);
  });

  it('in the published figures: known ids of sources (not assumptions)', () => {
    const bad = PUBLISHED_FIGURES.flatMap((f) => f.sources.filter((id) => SOURCES[id]?.kind !== 'source').map((id) => `${f.id}: ${id}`));
    expect(bad).toEqual([]);
  });

  it('in code comments and notes: every [id] with a hyphen is a known id', () => {
    const bad = CODE.flatMap((f) => [...read(f).matchAll(BRACKETED)].filter((m) => !isSourceId(m[1] as string)).map((m) => `${f}: ${m[1]}`));
    expect(bad).toEqual([]);
  });

  it('in the documentation: every link into sources.md names a known id', () => {
    const bad = DOCS.flatMap((f) => [...read(f).matchAll(LINKED)].filter((m) => !isSourceId(m[1] as string)).map((m) => `${f}: ${m[1]}`));
    expect(bad).toEqual([]);
  });

  it('and every record is cited somewhere', () => {
    const cited = new Set<string>();
    for (const { text } of citationTexts()) for (const c of parseCitations(text) ?? []) cited.add(c.id);
    for (const e of catalogue()) for (const c of parseCitations(e.source ?? '') ?? []) cited.add(c.id);
    for (const f of PUBLISHED_FIGURES) for (const id of f.sources) cited.add(id);
    for (const f of CODE) for (const m of read(f).matchAll(BRACKETED)) cited.add(m[1] as string);
    for (const f of DOCS) for (const m of read(f).matchAll(LINKED)) cited.add(m[1] as string);
    expect(SOURCE_IDS.filter((id) => !cited.has(id))).toEqual([]);
  });
});

describe('no citation of the unpublished collection files', () => {
  const NAMES = /FACTS\.md|MODEL\.md/;
  it('in src, docs, examples, scripts and README.md', () => {
    const all = [...CODE, ...DOCS, ...EXAMPLES];
    expect(all).toContain('README.md');
    expect(all).toContain('src/engine/sources.ts');
    const offending = all.filter((f) => NAMES.test(read(f)));
    expect(offending).toEqual([]);
  });
});

describe('docs/sources.md', () => {
  it('is the rendering of the module (run `npm run docs:sources` after changing it)', () => {
    expect(read(SOURCES_DOC_PATH)).toBe(renderSourcesDoc());
  });

  it('has an entry heading for every id, so links to sources.md#id land', () => {
    const doc = renderSourcesDoc();
    for (const id of SOURCE_IDS) expect(doc).toContain(`\n### ${id}\n`);
  });
});
