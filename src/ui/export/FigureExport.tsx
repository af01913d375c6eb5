/** Buttons that export the figure of the view on screen as SVG or PNG, and print the handout of the chapter. */
import { useState } from 'react';
import { useSession } from '../app/context.tsx';
import { RunControl } from '../app/context.tsx';
import { formatDate } from '../format.ts';
import { useI18n, type Lang } from '../i18n/index.ts';
import { VORTRAG_MESSAGES } from '../views/vortrag/messages.ts';
import { download, figureSvg, svgToPng } from './figure.ts';
import { figureOfView } from './viewFigure.ts';

/** The source line of every exported figure: the simulation and the data behind it. */
export function sourceLine(lang: Lang, scenario: string): string {
  return lang === 'de'
    ? `Quelle: Zuweisungslabor Hessen, Simulation „${scenario}“; Daten: Destatis GV-ISys (dl-de/by-2-0), BAMF, Eurostat`
    : `Source: Zuweisungslabor Hessen, simulation “${scenario}”; data: Destatis GV-ISys (dl-de/by-2-0), BAMF, Eurostat`;
}

export function FigureExport({ title }: { title: string | null }) {
  const { lang } = useI18n();
  const v = VORTRAG_MESSAGES[lang];
  const data = useSession((s) => s.data);
  const day = RunControl.useSelector((s) => Math.floor(s.context.position));
  const [problem, setProblem] = useState<string | null>(null);

  const build = () => {
    const view = document.querySelector('.view');
    const figure = view ? figureOfView(view, lang) : null;
    if (!figure || !data || data.available === 0) return null;
    const iso = data.days[Math.min(day, data.available - 1)] ?? '';
    const scenario = data.scenario?.name[lang] ?? data.scenarioId;
    const svg = figureSvg(figure.source, {
      title: title ?? figure.heading,
      date: formatDate(lang, iso),
      legendTitle: figure.legendTitle,
      legend: figure.legend,
      source: sourceLine(lang, scenario),
    });
    return { svg, name: `zuweisungslabor-${figure.slug}-${iso}` };
  };
  const run = (kind: 'svg' | 'png') => {
    setProblem(null);
    try {
      const made = build();
      if (!made) {
        setProblem(v.noFigure);
        return;
      }
      const blob = new Blob([made.svg], { type: 'image/svg+xml' });
      if (kind === 'svg') download(blob, `${made.name}.svg`);
      else
        void svgToPng(made.svg).then(
          (png) => download(png, `${made.name}.png`),
          (err: unknown) => setProblem(`${v.exportFailed} ${String(err)}`),
        );
    } catch (err) {
      setProblem(`${v.exportFailed} ${String(err)}`);
    }
  };
  return (
    <span className="figure-export">
      <button type="button" onClick={() => run('svg')}>
        {v.exportSvg}
      </button>
      <button type="button" onClick={() => run('png')}>
        {v.exportPng}
      </button>
      <button type="button" onClick={() => window.print()}>
        {v.print}
      </button>
      {problem && (
        <span role="alert" className="field-error">
          {problem}
        </span>
      )}
    </span>
  );
}
