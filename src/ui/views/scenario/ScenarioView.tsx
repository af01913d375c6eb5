/** Szenario: the inputs of the run with their sources — key facts, the dated events (click to go there), every parameter. */
import { memo, useMemo } from 'react';
import { getBuiltinRegion } from '../../../engine/data/regions.ts';
import { KREIS_POLICIES, LAND_POLICIES } from '../../../engine/policies/registry.ts';
import { PARAMETER_GROUPS, type Scenario, type ScenarioEvent } from '../../../engine/scenario/schema.ts';
import { eventsByDate } from '../../../engine/scenario/timeline.ts';
import { RunControl } from '../../app/context.tsx';
import type { RunData } from '../../data/runData.ts';
import { formatDate, formatNumber } from '../../format.ts';
import { useI18n, type Lang } from '../../i18n/index.ts';
import { KpiTable } from '../../results/KpiTable.tsx';
import type { ViewProps } from '../types.ts';
import { Citations, isSingleCitation } from './Citations.tsx';
import { SCENARIO_MESSAGES, VALUE_WORDS, type ScenarioMessages } from './messages.ts';
import {
  changesOf,
  defaultSourceOf,
  describeParameter,
  labelOf,
  parameterRows,
  sourceOf,
  type DescribeContext,
  type DetailTable,
  type ParameterDescription,
  type SourceInfo,
} from './parameters.ts';
import './scenario.css';

export function ScenarioView({ data, day }: ViewProps) {
  const { lang } = useI18n();
  const m = SCENARIO_MESSAGES[lang];
  const scenario = data.scenario;
  if (!scenario) {
    return (
      <section className="scenario-view" aria-labelledby="scenario-heading">
        <h2 id="scenario-heading">{m.heading}</h2>
        <p className="scenario-note">{m.noScenario}</p>
      </section>
    );
  }
  return (
    <section className="scenario-view" aria-labelledby="scenario-heading">
      <ScenarioHeader scenario={scenario} data={data} />
      <KpiTable kpis={data.kpis} complete={data.complete} />
      <EventsSection scenario={scenario} data={data} day={day} />
      <ParametersSection scenario={scenario} data={data} />
    </section>
  );
}

/** Names for ids in lists (Kreise, Gemeinden, sites) from the run's unit tree. */
function useDescribeContext(data: RunData, scenario: Scenario): DescribeContext {
  return useMemo(
    () => ({
      unitName: (id: string) => {
        const i = data.indexById.get(id);
        return i === undefined ? undefined : data.units[i]?.name;
      },
      start: scenario.period.start,
    }),
    [data, scenario],
  );
}

function ScenarioHeader({ scenario, data }: { scenario: Scenario; data: RunData }) {
  const { lang } = useI18n();
  const m = SCENARIO_MESSAGES[lang];
  const meta = data.meta;
  const region =
    typeof scenario.region === 'string'
      ? m.regionBuiltin(getBuiltinRegion(scenario.region)?.name ?? scenario.region, scenario.region)
      : m.regionInline(scenario.region.name, scenario.region.id);
  const days = Math.round((Date.parse(scenario.period.end) - Date.parse(scenario.period.start)) / 86_400_000) + 1;
  const seed = meta?.seed ?? scenario.seed;
  const deviating = Object.keys(scenario.policies.kreisByKreis).length;
  return (
    <header className="scenario-head">
      <h2 id="scenario-heading">
        <span className="scenario-kicker">{m.heading}: </span>
        {scenario.name[lang]}
      </h2>
      {scenario.description && <p className="scenario-description">{scenario.description[lang]}</p>}
      <h3 className="visually-hidden">{m.facts}</h3>
      <dl className="scenario-facts">
        <div>
          <dt>{m.period}</dt>
          <dd>{m.periodText(formatDate(lang, scenario.period.start), formatDate(lang, scenario.period.end), formatNumber(lang, days))}</dd>
        </div>
        <div>
          <dt>{m.seed}</dt>
          <dd>
            {seed}
            {seed !== scenario.seed && <span className="scenario-aside"> ({m.seedOverride(String(scenario.seed))})</span>}
          </dd>
        </div>
        <div>
          <dt>{m.region}</dt>
          <dd>
            {region}
            <span className="scenario-aside"> · {m.regionCounts(formatNumber(lang, data.kreise.length), formatNumber(lang, data.gemeinden.length))}</span>
          </dd>
        </div>
        <PolicyFact label={m.landPolicy} registry={LAND_POLICIES} inForce={meta?.landPolicy} inScenario={scenario.policies.land} />
        <PolicyFact
          label={m.kreisPolicy}
          registry={KREIS_POLICIES}
          inForce={meta?.kreisPolicy}
          inScenario={scenario.policies.kreis}
          note={deviating > 0 ? m.kreisByKreis(deviating) : undefined}
        />
      </dl>
    </header>
  );
}

type PolicyRegistry = Readonly<Record<string, { readonly label: { de: string; en: string }; readonly description: { de: string; en: string } }>>;

/** The policy in force at the start: from the result when the run is complete, else as the scenario names it. */
function PolicyFact({ label, registry, inForce, inScenario, note }: { label: string; registry: PolicyRegistry; inForce: string | undefined; inScenario: string; note?: string | undefined }) {
  const { lang } = useI18n();
  const m = SCENARIO_MESSAGES[lang];
  const id = inForce ?? inScenario;
  const p = registry[id];
  const name = (x: string) => registry[x]?.label[lang] ?? x;
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <strong>{p ? p.label[lang] : `${id} (${m.unknownPolicy})`}</strong> <code>{id}</code>
        {inForce === undefined && <span className="scenario-aside"> ({m.policyPending})</span>}
        {inForce !== undefined && inForce !== inScenario && <span className="scenario-aside"> ({m.policyOverride(name(inScenario))})</span>}
        {p && <span className="scenario-policy-description">{p.description[lang]}</span>}
        {note && <span className="scenario-policy-description">{note}</span>}
      </dd>
    </div>
  );
}

// ---- events -----------------------------------------------------------------------------------------------

function EventsSection({ scenario, data, day }: { scenario: Scenario; data: RunData; day: number }) {
  const { lang } = useI18n();
  const m = SCENARIO_MESSAGES[lang];
  const actor = RunControl.useActorRef();
  const ctx = useDescribeContext(data, scenario);
  const events = useMemo(() => eventsByDate(scenario.events).map((x) => x.e), [scenario]);
  const cursor = data.days[Math.max(0, Math.min(day, data.D - 1))] ?? scenario.period.start;
  const last = data.days[data.D - 1] ?? scenario.period.end;
  return (
    <section className="scenario-section" aria-labelledby="scenario-events-heading">
      <h3 id="scenario-events-heading">{m.events}</h3>
      {events.length === 0 ? (
        <p className="scenario-note">{m.noEvents}</p>
      ) : (
        <table className="scenario-table scenario-events">
          <caption>{m.eventsCaption(events.length, formatDate(lang, cursor))}</caption>
          <thead>
            <tr>
              <th scope="col">{m.colDate}</th>
              <th scope="col">{m.colEvent}</th>
              <th scope="col">{m.colChanges}</th>
              <th scope="col">{m.colSource}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e, i) => {
              const passed = e.date <= cursor;
              const date = formatDate(lang, e.date);
              return (
                <tr key={`${e.date}-${i}`} className={passed ? 'is-passed' : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="scenario-seek"
                      title={m.seekTitle(date)}
                      disabled={e.date > last}
                      onClick={() => actor.send({ type: 'cursor.seek', day: data.dayOf(e.date) })}
                    >
                      {date}
                    </button>
                    <span className="scenario-event-state">{passed ? m.passed : m.upcoming}</span>
                  </th>
                  <td>{e.label[lang]}</td>
                  <td>
                    <EventChanges event={e} ctx={ctx} lang={lang} m={m} />
                  </td>
                  <td className="scenario-source">{e.source ? <Citations text={e.source} lang={lang} /> : <NoSource m={m} />}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

function EventChanges({ event, ctx, lang, m }: { event: ScenarioEvent; ctx: DescribeContext; lang: Lang; m: ScenarioMessages }) {
  const sets = Object.entries(event.set ?? {});
  const capacity = event.capacity ?? [];
  if (sets.length === 0 && capacity.length === 0) return <span className="scenario-aside">{m.noChange}</span>;
  const types = VALUE_WORDS[lang].types;
  const name = (id: string) => {
    const n = ctx.unitName?.(id);
    return n && n !== id ? `${n} (${id})` : id;
  };
  return (
    <ul className="scenario-changes">
      {sets.map(([path, value]) => {
        const d = describeParameter(path, value, lang, ctx);
        return (
          <li key={path}>
            {d.label} <code>{path}</code> = <Value desc={d} />
          </li>
        );
      })}
      {capacity.map((c, j) => (
        <li key={`cap-${j}`}>
          {m.capacityChange(name(c.unit), `${c.delta > 0 ? '+' : c.delta < 0 ? '−' : '±'}${formatNumber(lang, Math.abs(c.delta))}`, types[c.type])}
        </li>
      ))}
    </ul>
  );
}

// ---- parameters -------------------------------------------------------------------------------------------

const ParametersSection = memo(function ParametersSection({ scenario, data }: { scenario: Scenario; data: RunData }) {
  const { lang } = useI18n();
  const m = SCENARIO_MESSAGES[lang];
  const ctx = useDescribeContext(data, scenario);
  const rows = useMemo(
    () =>
      parameterRows(scenario).map((r) => ({
        ...r,
        desc: describeParameter(r.path, r.value, lang, ctx),
        source: sourceOf(r.path, r.value, scenario.sources),
        defaultSource: defaultSourceOf(r.path),
        changes: changesOf(scenario.events, r.path),
      })),
    [scenario, lang, ctx],
  );
  const count = (k: SourceInfo['kind']) => rows.filter((r) => r.source.kind === k).length;
  return (
    <section className="scenario-section" aria-labelledby="scenario-parameters-heading">
      <h3 id="scenario-parameters-heading">{m.parameters}</h3>
      <p className="scenario-note">{m.parametersIntro}</p>
      <p className="scenario-note">
        <strong>{m.sourceSummary}:</strong> {m.sourceCounts(count('source'), count('default'), count('none'))}
      </p>
      {PARAMETER_GROUPS.map((g) => (
        <table key={g} className="scenario-table scenario-parameters" data-group={g}>
          <caption>{labelOf(g, lang)}</caption>
          <thead>
            <tr>
              <th scope="col">{m.colParameter}</th>
              <th scope="col">{m.colValue}</th>
              <th scope="col">{m.colSource}</th>
            </tr>
          </thead>
          <tbody>
            {rows
              .filter((r) => r.group === g)
              .map((r) => (
                <tr key={r.path} data-path={r.path}>
                  <th scope="row">
                    {r.desc.label}
                    <code className="scenario-path">{r.path}</code>
                  </th>
                  <td>
                    <Value desc={r.desc} />
                    {r.changes.map((c, i) => (
                      <p key={i} className="scenario-change">
                        {c.exact
                          ? m.changedBy(formatDate(lang, c.date), describeParameter(c.key, c.value, lang, ctx).valueText)
                          : m.changedByOther(formatDate(lang, c.date), c.key)}
                      </p>
                    ))}
                  </td>
                  <td className="scenario-source">
                    <Source info={r.source} path={r.path} defaultSource={r.defaultSource} lang={lang} m={m} />
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      ))}
    </section>
  );
});

function Source({ info, path, defaultSource, lang, m }: { info: SourceInfo; path: string; defaultSource: string | undefined; lang: Lang; m: ScenarioMessages }) {
  if (info.kind === 'default') {
    return (
      <>
        <span className="scenario-default">{m.sourceDefault}</span>
        {defaultSource &&
          (isSingleCitation(defaultSource, lang) ? (
            <span className="scenario-aside">
              {' '}
              (<Citations text={defaultSource} lang={lang} />)
            </span>
          ) : (
            <div className="scenario-aside">
              <Citations text={defaultSource} lang={lang} />
            </div>
          ))}
      </>
    );
  }
  if (info.kind === 'none') return <NoSource m={m} />;
  return (
    <>
      <Citations text={info.text} lang={lang} />
      {info.key !== path && (
        <span className="scenario-aside">
          {' '}
          ({m.sourceCovers} <code>{info.key}</code>)
        </span>
      )}
    </>
  );
}

function NoSource({ m }: { m: ScenarioMessages }) {
  return (
    <span className="scenario-nosource">
      <span aria-hidden="true">⚠ </span>
      {m.sourceNone}
    </span>
  );
}

/** A value with its unit; lists as a small table, long ones collapsed. */
function Value({ desc }: { desc: ParameterDescription }) {
  const { detail } = desc;
  if (!detail) return <span className="scenario-value">{desc.valueText}</span>;
  if (detail.collapsed) {
    return (
      <details className="scenario-details">
        <summary>{desc.valueText}</summary>
        <NestedTable caption={desc.label} detail={detail} />
      </details>
    );
  }
  return (
    <>
      <span className="scenario-value">{desc.valueText}</span>
      <NestedTable caption={desc.label} detail={detail} />
    </>
  );
}

function NestedTable({ caption, detail }: { caption: string; detail: DetailTable }) {
  return (
    <table className="scenario-nested">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {detail.columns.map((c, i) => (
            <th key={i} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {detail.rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) =>
              j === 0 ? (
                <th key={j} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={j}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
