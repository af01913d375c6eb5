/** Side-by-side maps of one figure, one small map per setup, all coloured on one shared scale with one legend. */
import { useMemo, useState } from 'react';
import { UNIT_FIGURES, type DetailSummary, type UnitFigure } from '../../../engine/compare/index.ts';
import { formatNumber } from '../../format.ts';
import { useI18n } from '../../i18n/index.ts';
import { buildMapGeometry, type MapGeometry, type MapPointInput } from '../map/geometry.ts';
import { NO_PLACES_COLOUR } from '../map/scale.ts';
import { mapScale } from './colours.ts';
import { VERGLEICH_MESSAGES } from './messages.ts';

const finite = (v: number | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** The map's points: each Gemeinde, or the Kreis itself where it has none (kreisfreie Stadt); unit = layout position. */
function geometryOf(detail: DetailSummary): MapGeometry | null {
  const { units, kreise } = detail.layout;
  const points: MapPointInput[] = [];
  for (const k of kreise) {
    const kreis = units[k]!;
    const gemeinden = units.flatMap((u, i) => (u.level === 'gemeinde' && u.parent === kreis.id && finite(u.lon) && finite(u.lat) ? [i] : []));
    if (gemeinden.length > 0) for (const g of gemeinden) points.push({ unit: g, kreis: k, lon: units[g]!.lon!, lat: units[g]!.lat! });
    else if (finite(kreis.lon) && finite(kreis.lat)) points.push({ unit: k, kreis: k, lon: kreis.lon, lat: kreis.lat });
  }
  return points.length > 0 ? buildMapGeometry(points) : null;
}

export function CompareMaps({ detail, labels }: { detail: DetailSummary; labels: readonly string[] }) {
  const { lang } = useI18n();
  const m = VERGLEICH_MESSAGES[lang];
  const [figure, setFigure] = useState<UnitFigure>('occupancy');
  const [level, setLevel] = useState<'kreis' | 'gemeinde'>('kreis');
  // The geometry depends only on the units, which are the same for every run of the scenario.
  const layout = detail.layout;
  const geometry = useMemo(() => geometryOf({ layout, setups: [] }), [layout]);
  const shown = useMemo(() => detail.setups.map((s) => s.units[figure]), [detail, figure]);
  const scale = useMemo(() => {
    // Only the values the maps show set the scale: Kreis values or cell values.
    const cells = geometry ? (level === 'kreis' ? geometry.kreise.map((k) => k.kreis) : geometry.cells.map((c) => c.unit)) : [];
    return mapScale(
      figure,
      shown.map((a) => cells.map((u) => a[u] as number)),
    );
  }, [figure, level, geometry, shown]);
  if (!geometry) return null;
  const unit = m.figureUnits[figure] ?? '';
  const digits = figure === 'occupancy' || figure === 'netPerInhabitant' ? 1 : 0;
  return (
    <section className="vergleich-maps" aria-label={m.maps}>
      <h3>{m.maps}</h3>
      <div className="vergleich-toolbar">
        <label>
          {m.mapFigure}{' '}
          <select value={figure} onChange={(e) => setFigure(e.target.value as UnitFigure)}>
            {UNIT_FIGURES.map((f) => (
              <option key={f} value={f}>
                {m.figures[f]} ({m.figureUnits[f]})
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.mapLevel}{' '}
          <select value={level} onChange={(e) => setLevel(e.target.value as 'kreis' | 'gemeinde')}>
            <option value="kreis">{m.levelKreise}</option>
            <option value="gemeinde">{m.levelGemeinden}</option>
          </select>
        </label>
      </div>
      <div className="vergleich-map-row">
        {shown.map((values, s) => (
          <figure key={s} className="vergleich-map">
            <figcaption>{labels[s]}</figcaption>
            <svg viewBox={`0 0 ${geometry.width} ${geometry.height}`} role="img" aria-label={m.mapOf(labels[s] ?? '', m.figures[figure] ?? figure)}>
              {level === 'kreis'
                ? geometry.kreise.map((k) => (
                    <path key={k.kreis} d={k.path} fill={scale.colour(values[k.kreis] as number)}>
                      <title>{`${detail.layout.units[k.kreis]!.name}: ${formatNumber(lang, values[k.kreis] as number, digits)} ${unit}`}</title>
                    </path>
                  ))
                : geometry.cells.map((c) => (
                    <path key={c.unit} d={c.path} fill={scale.colour(values[c.unit] as number)}>
                      <title>{`${detail.layout.units[c.unit]!.name}: ${formatNumber(lang, values[c.unit] as number, digits)} ${unit}`}</title>
                    </path>
                  ))}
              <path d={geometry.kreisBorders} fill="none" className="map-borders" vectorEffect="non-scaling-stroke" />
              <path d={geometry.outline} fill="none" className="map-outline" vectorEffect="non-scaling-stroke" />
            </svg>
          </figure>
        ))}
      </div>
      <div className="vergleich-legend" aria-label={m.sharedScale}>
        <span>{m.sharedScale}:</span>
        <span>{formatNumber(lang, scale.min, digits)}</span>
        <span className="vergleich-gradient" style={{ background: scale.gradient }} aria-hidden="true" />
        <span>
          {formatNumber(lang, scale.max, digits)} {unit}
          {figure === 'occupancy' ? ' +' : ''}
        </span>
        <span className="swatch" style={{ background: NO_PLACES_COLOUR }} aria-hidden="true" /> <span>{m.noValue}</span>
      </div>
    </section>
  );
}
