/**
 * Chapter scripts and their machine: the shipped scripts are valid and fit their scenarios; a lecturer's mistakes
 * are named by field in German and English; the machine prepares, runs and pauses each chapter on its question and
 * moves between chapters as the keys ask.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { BUILTIN_SCENARIOS } from '../../src/engine/scenario/builtin/index.ts';
import { chapterMachine } from '../../src/ui/machines/chapters.ts';
import { readChapterScript, readChapterScriptText, unitIssues, type ChapterScript } from '../../src/ui/views/vortrag/script.ts';
import { BUILTIN_SCRIPTS } from '../../src/ui/views/vortrag/scripts/index.ts';
import { kapitelParam, parseVortragUrl, unknownChapterText } from '../../src/ui/views/vortrag/url.ts';

const herbst = BUILTIN_SCRIPTS['herbst-2015']!;

describe('chapter scripts', () => {
  it('ships herbst-2015, zyklus-2014-2019, 2022-2024 and musterkreis, each valid for its scenario', () => {
    expect(Object.keys(BUILTIN_SCRIPTS).sort()).toEqual(['2022-2024', 'herbst-2015', 'musterkreis', 'zyklus-2014-2019']);
    for (const script of Object.values(BUILTIN_SCRIPTS)) {
      expect(BUILTIN_SCENARIOS[script.scenario]).toBeDefined();
      expect(readChapterScript(script, 'de')).toEqual({ ok: true, script });
      for (const c of script.chapters) expect(c.prompt.de.length).toBeLessThan(260);
    }
  });

  it('names the field of each mistake, in the language of the UI', () => {
    const broken = structuredClone(herbst) as unknown as Record<string, unknown> & { chapters: Record<string, unknown>[] };
    broken.chapters[1]!.view = 'tabelle';
    broken.chapters[2]!.from = '2015-02-30';
    delete (broken.chapters[0]!.prompt as Record<string, unknown>).en;
    broken.extra = 1;
    const de = readChapterScript(broken, 'de');
    expect(de.ok).toBe(false);
    const paths = de.ok ? [] : de.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['chapters[1].view', 'chapters[2].from', 'chapters[0].prompt.en']));
    expect(de.ok ? '' : de.issues.find((i) => i.path === 'chapters[1].view')!.message).toMatch(/Ungültige Option/);
    const en = readChapterScript(broken, 'en');
    expect(en.ok ? '' : en.issues.find((i) => i.path === 'chapters[1].view')!.message).toMatch(/Invalid option/);
  });

  it('checks what the schema cannot: the scenario exists, chapters end after they start and lie in its period', () => {
    const script: ChapterScript = structuredClone(herbst);
    script.chapters[0]!.to = '2015-05-01';
    script.chapters[1]!.to = '2030-01-01';
    const read = readChapterScript(script, 'de');
    expect(read.ok ? [] : read.issues.map((i) => i.path)).toEqual(['chapters[0].to', 'chapters[0].to', 'chapters[1].to']);
    expect(read.ok ? '' : read.issues[2]!.message).toContain('außerhalb des Szenarios (2015-06-01 bis 2016-12-31)');
    const unknown = readChapterScript({ ...structuredClone(herbst), scenario: 'herbst-2016' }, 'en');
    expect(unknown.ok ? '' : unknown.issues[0]).toEqual({ path: 'scenario', message: expect.stringContaining('unknown scenario “herbst-2016”') });
  });

  it('reads a file: syntax errors are named, a byte order mark is not one', () => {
    expect(readChapterScriptText('{"id": ', 'de')).toMatchObject({ ok: false, issues: [{ path: '(Datei)', message: expect.stringContaining('kein gültiges JSON') }] });
    const text = readFileSync(join(import.meta.dirname, '../../src/ui/views/vortrag/scripts/musterkreis.json'), 'utf8');
    expect(readChapterScriptText(`\uFEFF${text}`, 'en').ok).toBe(true);
  });

  it('opens the presentation from the URL, with a script or naming the unknown one', () => {
    expect(parseVortragUrl('?vortrag')).toEqual({ present: true, script: null, chapter: 0, unknownScript: null, unknownChapter: null });
    expect(parseVortragUrl('?kapitel=herbst-2015').script).toBe(herbst);
    expect(parseVortragUrl('?kapitel=toString')).toEqual({ present: true, script: null, chapter: 0, unknownScript: 'toString', unknownChapter: null });
    expect(parseVortragUrl('?szenario=herbst-2015').present).toBe(false);
  });

  it('keeps the chapter in the URL: a reload returns to it; a chapter the script lacks is named and chapter 1 opens', () => {
    expect(kapitelParam('herbst-2015', 0)).toBe('herbst-2015');
    expect(kapitelParam('herbst-2015', 2)).toBe('herbst-2015.3');
    expect(parseVortragUrl(`?${new URLSearchParams({ kapitel: kapitelParam('herbst-2015', 2) })}`)).toEqual({
      present: true,
      script: herbst,
      chapter: 2,
      unknownScript: null,
      unknownChapter: null,
    });
    for (const bad of ['6', '0', 'x', '']) {
      const url = parseVortragUrl(`?kapitel=herbst-2015.${bad}`);
      expect(url).toMatchObject({ script: herbst, chapter: 0, unknownChapter: bad });
    }
    expect(unknownChapterText('de', herbst, '6')).toBe('Parameter „kapitel“: „herbst-2015“ hat kein Kapitel „6“ (möglich: 1 bis 5); es beginnt mit Kapitel 1.');
    expect(unknownChapterText('en', herbst, '6')).toContain('has no chapter “6” (allowed: 1 to 5)');
  });

  it('checks the units of a script against its run, naming the chapter and field in the language of the UI', () => {
    const script: ChapterScript = structuredClone(herbst);
    script.chapters[3]!.unit = '06999';
    const known = new Set(['06531']);
    expect(unitIssues(herbst, (id) => known.has(id), 'de')).toEqual([]);
    const de = unitIssues(script, (id) => known.has(id), 'de');
    expect(de).toEqual([{ path: 'chapters[3].unit', message: expect.stringContaining('Kapitel 4 („Frühjahr 2016: die Zugänge brechen ein“): Die Einheit „06999“ gibt es im Lauf von „herbst-2015“ nicht') }]);
    expect(unitIssues(script, (id) => known.has(id), 'en')[0]!.message).toContain('Chapter 4 (“Spring 2016: arrivals collapse”): the run of “herbst-2015” has no unit “06999”');
  });
});

describe('chapter machine', () => {
  function start() {
    const log: string[] = [];
    const actor = createActor(
      chapterMachine.provide({
        actions: {
          applyChapter: ({ context }) => log.push(`apply ${context.index}`),
          seekStart: ({ context }) => log.push(`seek ${context.index}`),
          pause: ({ context }) => log.push(`pause ${context.index}`),
        },
      }),
    ).start();
    return { actor, log, state: () => JSON.stringify(actor.getSnapshot().value) };
  }

  it('prepares each chapter, runs it once the run is ready, and pauses on its question at the end', () => {
    const { actor, log, state } = start();
    actor.send({ type: 'run.reachedEnd' });
    expect(state()).toBe('"off"');
    actor.send({ type: 'script.load', script: herbst });
    expect(state()).toBe('{"chapter":"preparing"}');
    // The end of a chapter counts only while it runs.
    actor.send({ type: 'run.reachedEnd' });
    expect(state()).toBe('{"chapter":"preparing"}');
    actor.send({ type: 'run.ready' });
    expect(state()).toBe('{"chapter":"running"}');
    actor.send({ type: 'run.reachedEnd' });
    expect(state()).toBe('{"chapter":"question"}');
    actor.send({ type: 'chapter.next' });
    expect(actor.getSnapshot().context.index).toBe(1);
    expect(state()).toBe('{"chapter":"preparing"}');
    expect(log).toEqual(['apply 0', 'seek 0', 'pause 0', 'apply 1']);
  });

  it('opens a script at a chapter it has (from the URL), else at its first', () => {
    const { actor } = start();
    actor.send({ type: 'script.load', script: herbst, index: 3 });
    expect(actor.getSnapshot().context.index).toBe(3);
    actor.send({ type: 'script.load', script: herbst, index: 9 });
    expect(actor.getSnapshot().context.index).toBe(0);
  });

  it('goes to a chapter by number, back and forth, ignores numbers beyond the script, and ends after the last', () => {
    const { actor, state } = start();
    actor.send({ type: 'script.load', script: herbst });
    actor.send({ type: 'chapter.goto', index: 8 });
    expect(actor.getSnapshot().context.index).toBe(0);
    actor.send({ type: 'chapter.goto', index: 4 });
    expect(actor.getSnapshot().context.index).toBe(4);
    actor.send({ type: 'chapter.next' });
    expect(state()).toBe('"finished"');
    actor.send({ type: 'chapter.previous' });
    expect(actor.getSnapshot().context.index).toBe(4);
    actor.send({ type: 'chapter.previous' });
    expect(actor.getSnapshot().context.index).toBe(3);
    actor.send({ type: 'chapter.goto', index: 0 });
    actor.send({ type: 'chapter.previous' });
    expect(actor.getSnapshot().context.index).toBe(0);
    actor.send({ type: 'script.close' });
    expect(state()).toBe('"off"');
  });
});
