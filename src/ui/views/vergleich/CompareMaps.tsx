/** Side-by-side maps of one figure, one small map per setup, all coloured on one shared scale with one legend. */
import { useMemo, useState } from 'react';
import { UNIT_FIGURES, type ComparisonUnit, type DetailSummary, type UnitFigure } from '../../../engine/compare/index.ts';
import { formatNumber } from './format.ts';
import { useI18n } from '../../i18n/index.ts';
import { buildMapGeometry, type MapGeometry, type MapPointInput } from '../map/geometry.ts';
import { NO_PLACES_COLOUR } from '../map/scale.ts';
import { mapScale } from './colours.ts';
import { VERGLEICH_MESSAGES } from './messages.ts';

const finite = (v: number | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** The map's points: each Gemeinde, or the Kreis itself where it has none (kreisfreie Stadt); unit = position in `units`. */
function geometryOf(units: readonly ComparisonUnit[]): MapGeometry | null {
  const points: MapPointInput[] = [];
  units.forEach((kreis, k) => {
    if (kreis.level !== 'kreis') return;
    const gemeinden = units.flatMap((u, i) => (u.level === 'gemeinde' && u.parent === kreis.id && finite(u.lon) && finite(u.lat) ? [i] : []));
    if (gemeinden.length > 0) for (const g of gemeinden) points.push({ unit: g, kreis: k, lon: units[g]!.lon!, lat: units[g]!.lat! });
    else if (finite(kreis.lon) && finite(kreis.lat)) points.push({ unit: k, kreis: k, lon: kreis.lon, lat: kreis.lat });
  });
  return points.length > 0 ? buildMapGeometry(points) : null;
}

/** Geometries by their units: building one takes longer than a frame, so it is built once, before a comparison runs. */
const GEOMETRIES = new Map<string, MapGeometry | null>();

/** The map geometry of a comparison's units (Kreise and Gemeinden in layout order), built once per set of units. */
export function mapGeometryFor(units: readonly ComparisonUnit[]): MapGeometry | null {
  const key = units.map((u) => `${u.id}@${u.lon},${u.lat}`).join('|');
  if (!GEOMETRIES.has(key)) GEOMETRIES.set(key, geometryOf(units));
  return GEOMETRIES.get(key) ?? null;
}

/** `count`: how many of the maps to draw yet (they are added one per frame, so that no frame takes long). */
export function CompareMaps({ detail, labels, count = Infinity }: { detail: DetailSummary; labels: readonly string[]; count?: number }) {
  const { lang } = useI18n();
  const m = VERGLEICH_MESSAGES[lang];
  const [figure, setFigure] = useState<UnitFigure>('occupancy');
  const [level, setLevel] = useState<'kreis' | 'gemeinde'>('kreis');
  // The unit under the pointer, named with its value in every setup (one line instead of a title per path).
  const [hover, setHover] = useState<number | null>(null);
  const onPointer = (e: React.PointerEvent) => {
    const u = (e.target as Element).getAttribute('data-u');
    setHover(u === null ? null : Number(u));
  };
  // The geometry depends only on the units, which are the same for every run of the scenario.
  const layout = detail.layout;
  const geometry = useMemo(() => mapGeometryFor(layout.units), [layout]);
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
        {shown.slice(0, count).map((values, s) => (
          <figure key={s} className="vergleich-map">
            <figcaption>{labels[s]}</figcaption>
            <svg
              viewBox={`0 0 ${geometry.width} ${geometry.height}`}
              onPointerOver={onPointer}
              onPointerLeave={() => setHover(null)}
              role="img"
              aria-label={m.mapOf(labels[s] ?? '', m.figures[figure] ?? figure)}
            >
              {level === 'kreis'
                ? geometry.kreise.map((k) => <path key={k.kreis} data-u={k.kreis} d={k.path} fill={scale.colour(values[k.kreis] as number)} />)
                : geometry.cells.map((c) => <path key={c.unit} data-u={c.unit} d={c.path} fill={scale.colour(values[c.unit] as number)} />)}
              <path d={geometry.kreisBorders} fill="none" className="map-borders" vectorEffect="non-scaling-stroke" />
              <path d={geometry.outline} fill="none" className="map-outline" vectorEffect="non-scaling-stroke" />
            </svg>
          </figure>
        ))}
      </div>
      <p className="vergleich-hover" aria-live="off">
        {hover !== null && detail.layout.units[hover]
          ? `${detail.layout.units[hover]!.name}: ${shown.map((a, s) => `${labels[s]} ${formatNumber(lang, a[hover] as number, digits)}`).join(' · ')} ${unit}`
          : '\u00a0'}
      </p>
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
