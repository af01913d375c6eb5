/** The lecturer mode in the URL: `?vortrag` opens the presentation, `?kapitel=<script id>` opens it with a chapter script. */
import { BUILTIN_SCRIPTS } from './scripts/index.ts';
import type { ChapterScript } from './script.ts';

export interface VortragUrl {
  /** Open the presentation on load. */
  readonly present: boolean;
  readonly script: ChapterScript | null;
  /** A `kapitel` value that names no script. */
  readonly unknownScript: string | null;
}

export function parseVortragUrl(search: string): VortragUrl {
  const q = new URLSearchParams(search);
  const id = q.get('kapitel');
  const script = id !== null && Object.hasOwn(BUILTIN_SCRIPTS, id) ? BUILTIN_SCRIPTS[id]! : null;
  return { present: q.has('vortrag') || id !== null, script, unknownScript: id !== null && script === null ? id : null };
}
