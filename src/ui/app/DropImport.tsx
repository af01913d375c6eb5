/**
 * Scenario files dropped anywhere on the app: a visible drop zone while files are dragged over the page, and the
 * dropped file read by the same path as the file button (size, byte order mark, nesting, syntax, a bare string),
 * then run through `openOwn`, where the engine's loader names the field paths. A bad file changes nothing.
 */
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/index.ts';
import { useChoice } from './choice.tsx';
import { SAVING_TEXT } from './savingText.ts';
import { importScenarioFile } from './importFile.ts';

const carriesFiles = (e: DragEvent): boolean => Array.from(e.dataTransfer?.types ?? []).includes('Files');

export function DropImport({ onFileError }: { onFileError: (e: string | null) => void }) {
  const { lang } = useI18n();
  const { openOwn } = useChoice();
  const [over, setOver] = useState(false);
  // The latest callbacks, for the listeners registered once.
  const latest = useRef({ lang, openOwn, onFileError });
  latest.current = { lang, openOwn, onFileError };

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: the zone shows while more were entered than left.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const overPage = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      // Without this the browser would open the file in place of the app.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      depth = 0;
      setOver(false);
      // A drop target inside the app (the editor's arrivals curve takes a CSV file) has handled it already.
      if (!carriesFiles(e) || e.defaultPrevented) return;
      e.preventDefault();
      const files = e.dataTransfer?.files;
      const { lang: l, openOwn: open, onFileError: report } = latest.current;
      if (!files || files.length !== 1) {
        report(SAVING_TEXT[l].dropOne);
        return;
      }
      void importScenarioFile(l, files[0]!).then((checked) => ('problem' in checked ? report(checked.problem) : open(checked.upload)));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overPage);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overPage);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  if (!over) return null;
  return (
    <div className="drop-zone" aria-hidden="true">
      <p>{SAVING_TEXT[lang].dropHere}</p>
    </div>
  );
}
