import { useId, useMemo } from 'react';
import { DECISION_KINDS, weeklySummary, type WeekSummary } from '../../lib/decisions/log-summary';
import { LOG_KIND_LABELS } from '../../lib/decisions/log-entry';
import { rules } from '../../lib/rules';
import type { RuleId } from '../../lib/types';
import { useOptions } from './options-context';
import { ruleTitle } from './rules-list';
import { dayMonth } from './when';

/** How many weeks the chart shows: two months, enough to see a change after a word with staff. */
const WEEKS = 8;
/** Each week's slot in the drawing's own units; bars fill most of it. */
const SLOT = 10;
const BAR = 7;

const weekLabel = (week: WeekSummary) => `Week of ${dayMonth.format(week.start)}`;

/** The weeks' labels under the bars, in the page's own type so they stay readable at any width. */
function WeekAxis({ weeks }: { weeks: WeekSummary[] }) {
  return (
    <div className="chart-row chart-axis">
      <span />
      <div className="week-labels">
        {weeks.map((week) => (
          <span key={week.start.getTime()}>{dayMonth.format(week.start)}</span>
        ))}
      </div>
      <span />
    </div>
  );
}

/** Bars drawn in SVG that stretch to the width they are given; the numbers are in the table beside them. */
function Bars({ weeks, height, className }: { weeks: WeekSummary[]; height: (week: WeekSummary) => { kind: string; value: number }[]; className?: string }) {
  return (
    <svg className={`bars ${className ?? ''}`} viewBox={`0 0 ${weeks.length * SLOT} 100`} preserveAspectRatio="none" focusable="false">
      {weeks.map((week, index) => {
        let top = 100;
        return height(week).map(({ kind, value }) => {
          top -= value;
          return value > 0 ? <rect key={`${index}-${kind}`} className={`bar bar--${kind}`} x={index * SLOT + (SLOT - BAR) / 2} y={top} width={BAR} height={value} /> : null;
        });
      })}
      <line className="baseline" x1={0} x2={weeks.length * SLOT} y1={100} y2={100} />
    </svg>
  );
}

/** The numbers behind a chart, for anyone who cannot see it or wants them exact. */
function ChartTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: { key: string; label: string; cells: number[] }[] }) {
  return (
    <details>
      <summary>Show as a table</summary>
      <div className="table-scroll">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th scope="col" key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function FindingsByRule({ weeks }: { weeks: WeekSummary[] }) {
  const id = useId();
  const found = rules
    .map((rule) => ({ id: rule.id, total: weeks.reduce((sum, week) => sum + (week.byRule[rule.id] ?? 0), 0) }))
    .filter((rule) => rule.total > 0);
  const most = Math.max(1, ...weeks.flatMap((week) => Object.values(week.byRule)));
  const ranked = [...found].sort((a, b) => b.total - a.total);
  const scale = (value = 0) => (value / most) * 96;
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>Findings per week, by rule</figcaption>
      <p className="chart-summary">
        Most often: {ranked.slice(0, 3).map((rule) => `${ruleTitle(rule.id)} (${rule.total})`).join(', ')}.
      </p>
      <div className="chart-grid" aria-hidden="true">
        {found.map((rule) => (
          <div key={rule.id} className="chart-row" data-chart-rule={rule.id}>
            <span className="chart-label">{ruleTitle(rule.id)}</span>
            <Bars weeks={weeks} height={(week) => [{ kind: 'rule', value: scale(week.byRule[rule.id as RuleId]) }]} className="bars--small" />
            <span className="chart-total">{rule.total}</span>
          </div>
        ))}
        <WeekAxis weeks={weeks} />
      </div>
      <ChartTable
        caption="Findings per week, by rule"
        columns={['Rule', ...weeks.map(weekLabel), 'Total']}
        rows={found.map((rule) => ({ key: rule.id, label: ruleTitle(rule.id), cells: [...weeks.map((week) => week.byRule[rule.id] ?? 0), rule.total] }))}
      />
    </figure>
  );
}

function WhatStaffDid({ weeks }: { weeks: WeekSummary[] }) {
  const id = useId();
  const most = Math.max(1, ...weeks.map((week) => week.byDecision.held));
  const totals = DECISION_KINDS.map((kind) => ({ kind, total: weeks.reduce((sum, week) => sum + week.byDecision[kind], 0) }));
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>What staff did, per week</figcaption>
      <ul className="legend" aria-label="Totals over the eight weeks">
        {totals.map(({ kind, total }) => (
          <li key={kind}>
            <span className={`swatch bar--${kind}`} aria-hidden="true" />
            {LOG_KIND_LABELS[kind]}: <strong>{total}</strong>
          </li>
        ))}
      </ul>
      <div className="chart-grid" aria-hidden="true">
        <div className="chart-row">
          <span className="chart-label">Posts held</span>
          <Bars weeks={weeks} height={(week) => DECISION_KINDS.map((kind) => ({ kind, value: (week.byDecision[kind] / most) * 96 }))} />
          <span className="chart-total">{weeks.reduce((sum, week) => sum + week.byDecision.held, 0)}</span>
        </div>
        <WeekAxis weeks={weeks} />
      </div>
      <ChartTable
        caption="What staff did, per week"
        columns={['Week', ...DECISION_KINDS.map((kind) => LOG_KIND_LABELS[kind]), 'Posts held']}
        rows={weeks.map((week) => ({ key: String(week.start.getTime()), label: weekLabel(week), cells: [...DECISION_KINDS.map((kind) => week.byDecision[kind]), week.byDecision.held] }))}
      />
    </figure>
  );
}

/** The log at a glance: the last eight weeks' findings by rule and what staff did, each with its table. */
export function LogChart() {
  const decisions = useOptions((state) => state.decisions);
  const weeks = useMemo(() => weeklySummary(decisions, WEEKS), [decisions]);
  const held = weeks.reduce((sum, week) => sum + week.byDecision.held, 0);
  return (
    <div className="control">
      <h3>The last eight weeks at a glance</h3>
      {held === 0 ? (
        <p>No post was held in the last eight weeks.</p>
      ) : (
        <div className="charts">
          <FindingsByRule weeks={weeks} />
          <WhatStaffDid weeks={weeks} />
        </div>
      )}
    </div>
  );
}
