/** The statechart diagrams in docs/model.md are the machines themselves, drawn afresh: the doc must be current. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { mermaidOf } from '../../src/engine/machines/diagram.ts';
import { chartBlocks, MODEL_DOC } from '../../scripts/docs-charts.ts';
import { withBlock } from '../../scripts/generated.ts';

describe('statechart diagrams', () => {
  it('docs/model.md holds the diagrams as the machines draw them (run `npm run docs:charts` after a chart change)', () => {
    const doc = readFileSync(MODEL_DOC, 'utf8');
    const current = Object.entries(chartBlocks()).reduce((t, [name, content]) => withBlock(t, name, content), doc);
    expect(doc).toBe(current);
  });

  it('draws nested and parallel states, initial and final states, events and guards', () => {
    const m = createMachine({
      id: 'm',
      type: 'parallel',
      states: {
        a: { initial: 'x', states: { x: { on: { go: { target: 'y', guard: 'ok' } } }, y: { type: 'final' } } },
        b: { initial: 'p', states: { p: { on: { go: 'q' } }, q: {} } },
      },
    });
    const text = mermaidOf(m);
    expect(text).toContain('state a {');
    expect(text).toContain('    --');
    expect(text).toContain('[*] --> x');
    expect(text).toContain('y --> [*]');
    expect(text).toContain('x --> y: go [ok]');
    expect(text).toContain('p --> q: go');
  });
});
