/**
 * The last eight weeks as one small SVG: emails sent per week as bars, and below them each week's average balance
 * as a dot above (pushy) or below (timid) a centre line. Hand-drawn in Preact rather than a chart library: eight
 * bars and eight dots are some sixty lines of markup, while the small libraries that draw them (uPlot ~50 KB,
 * Chart.js ~200 KB, a d3 subset ~30 KB) would add more to the popup than the whole summary and need a canvas or a
 * DOM of their own to stay accessible. The numbers are also in a table under "Show as a table" for keyboard and
 * screen-reader users.
 */
import type { WeekStats } from '../history/summary';

export interface WeekChartProps {
  weeks: readonly WeekStats[];
  /** Formats a week's start for the table and the description ("2 Mar"). */
  label(start: number): string;
}

const W = 320;
const BAR_TOP = 22;
const BAR_H = 78;
/** Two lines of week labels under the bars: the day, and the month where it changes. */
const LABELS_H = 30;
const BAL_TOP = BAR_TOP + BAR_H + LABELS_H + 18;
const BAL_H = 48;
const H = BAL_TOP + BAL_H + 8;
const LEFT = 8;
/** The right edge of the weeks; the balance band's end labels sit in the gutter beyond it. */
const PLOT_R = W - 54;
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short' });

export const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0');

export function WeekChart({ weeks, label }: WeekChartProps) {
  const max = Math.max(1, ...weeks.map((w) => w.sent));
  const col = (PLOT_R - LEFT) / weeks.length;
  const barW = Math.min(26, col * 0.6);
  const centre = BAL_TOP + BAL_H / 2;
  const balY = (b: number) => centre - (b / 100) * (BAL_H / 2);
  const points = weeks.map((w, i) => (w.balance === null ? null : { x: LEFT + col * i + col / 2, y: balY(w.balance) }));
  const path = points.reduce<string[]>((acc, p) => (p ? [...acc, `${acc.length ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`] : acc), []).join(' ');
  const described = weeks.map((w) => `${label(w.start)}: ${w.sent} sent${w.balance === null ? '' : `, balance ${signed(w.balance)}`}`).join('; ');
  return (
    <figure class="poise-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="poise-chart-title poise-chart-desc" class="poise-chart-svg">
        <title id="poise-chart-title">Emails sent and average balance, last {weeks.length} weeks</title>
        <desc id="poise-chart-desc">{described}</desc>
        <text x={LEFT} y={12} class="poise-chart-caption">Emails sent</text>
        <line x1={LEFT} x2={PLOT_R} y1={BAR_TOP + BAR_H} y2={BAR_TOP + BAR_H} class="poise-chart-axis" />
        {weeks.map((w, i) => {
          const h = (w.sent / max) * BAR_H;
          const x = LEFT + col * i + (col - barW) / 2;
          const current = i === weeks.length - 1;
          return (
            <g key={w.start} class={current ? 'poise-chart-week poise-chart-now' : 'poise-chart-week'}>
              <rect x={x} y={BAR_TOP + BAR_H - h} width={barW} height={Math.max(h, 0)} rx={3} class="poise-chart-bar" />
              {w.sent > 0 && <text x={x + barW / 2} y={BAR_TOP + BAR_H - h - 4} class="poise-chart-value" text-anchor="middle">{w.sent}</text>}
              <text x={x + barW / 2} y={BAR_TOP + BAR_H + 13} class="poise-chart-label" text-anchor="middle">{new Date(w.start).getDate()}</text>
              {(i === 0 || new Date(w.start).getMonth() !== new Date(weeks[i - 1]!.start).getMonth()) && (
                <text x={x + barW / 2} y={BAR_TOP + BAR_H + 25} class="poise-chart-label" text-anchor="middle">{MONTH.format(w.start)}</text>
              )}
            </g>
          );
        })}
        <text x={LEFT} y={BAL_TOP - 6} class="poise-chart-caption">Balance</text>
        <text x={W - LEFT} y={BAL_TOP + 8} class="poise-chart-end" text-anchor="end">pushy</text>
        <text x={W - LEFT} y={centre + 3} class="poise-chart-end" text-anchor="end">balanced</text>
        <text x={W - LEFT} y={BAL_TOP + BAL_H} class="poise-chart-end" text-anchor="end">pushover</text>
        <line x1={LEFT} x2={PLOT_R} y1={centre} y2={centre} class="poise-chart-centre" />
        {path && <path d={path} class="poise-chart-line" />}
        {points.map((p, i) => p && <circle key={weeks[i]!.start} cx={p.x} cy={p.y} r={3.5} class="poise-chart-dot" />)}
      </svg>
      <details class="poise-chart-table">
        <summary>Show as a table</summary>
        <table>
          <thead><tr><th scope="col">Week of</th><th scope="col">Sent</th><th scope="col">Balance</th></tr></thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.start}><th scope="row">{label(w.start)}</th><td>{w.sent}</td><td>{w.balance === null ? '–' : signed(w.balance)}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
