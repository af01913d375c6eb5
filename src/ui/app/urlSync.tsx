/**
 * Keeps the URL in step with the whole state on screen — the run's choice, the own scenario (saved entry or share
 * code), view, unit, date, language and an opened comparison — through `history.replaceState`, so that a reload or a
 * copied address comes back to the same place. The date is written when the cursor stands, not every frame.
 */
import { useEffect, useRef } from 'react';
import { encodeShare } from '../share/share.ts';
import { useI18n } from '../i18n/index.ts';
import { OWN, useChoice } from './choice.tsx';
import { RunControl, useSession } from './context.tsx';
import { toSearch, type UrlState } from './urlParams.ts';

/** The whole day under the cursor while it stands; null while playing. */
const selectStandingDay = (s: { matches: (v: 'running') => boolean; context: { position: number } }): number | null =>
  s.matches('running') ? null : Math.floor(s.context.position);

/** The URL state of what is on screen; `initialDate` is kept until the first run reaches it. */
export function useUrlState({
  view,
  unit,
  comparison,
  initialDate,
}: {
  view: string;
  unit: string | null;
  comparison: string | null;
  initialDate: string | undefined;
}): UrlState {
  const { lang } = useI18n();
  const { choice, started } = useChoice();
  const data = useSession((s) => s.data);
  const day = RunControl.useSelector(selectStandingDay);
  const date = useRef(initialDate);
  // The URL's date waits until the run has computed that far (the cursor is moved there then).
  const waiting = initialDate !== undefined && date.current === initialDate && data !== null && !data.complete && (data.days[data.available - 1] ?? '') < initialDate;
  if (day !== null && data && day < data.available && !waiting) date.current = data.days[day];
  const own = started?.scenario === OWN ? choice.own : null;
  const shared = own && own.savedId === undefined ? encodeShare(own) : null;
  return {
    scenario: started && started.scenario !== OWN ? started.scenario : undefined,
    seed: started?.seed,
    land: started?.land || undefined,
    kreis: started?.kreis || undefined,
    view,
    unit: unit ?? undefined,
    date: date.current,
    lang,
    own: own?.savedId,
    share: shared && 'code' in shared ? shared.code : undefined,
    comparison: comparison ?? undefined,
  };
}

/** Writes the state to the address bar when it changes (nothing before the first run has started). */
export function UrlSync(props: Parameters<typeof useUrlState>[0]) {
  const state = useUrlState(props);
  const { started } = useChoice();
  const search = toSearch(state);
  const written = useRef<string | null>(null);
  useEffect(() => {
    if (!started || typeof history === 'undefined' || written.current === search) return;
    written.current = search;
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }, [search, started]);
  return null;
}
