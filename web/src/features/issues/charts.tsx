import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ComposedChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Verdict } from '../../../../contracts/actions.js';
import type { SeriesPoint } from './issue-view.js';

const css = (name: string) => `var(${name})`;

/** Signals per day; spike days are drawn in the alarm colour and marked with a line; fixes (actions done) get a dashed line. */
export function TrendChart({ series, fixes = [] }: { series: SeriesPoint[]; fixes?: { day: string; label: string }[] }) {
  const spikes = series.filter((p) => p.spike);
  // Consecutive spike days are one alarm: one marker at its first day, one range in the caption.
  const runs: { from: string; to: string }[] = [];
  series.forEach((p, k) => {
    if (!p.spike) return;
    if (k > 0 && series[k - 1]!.spike) runs[runs.length - 1]!.to = p.day;
    else runs.push({ from: p.day, to: p.day });
  });
  const shownFixes = fixes.filter((f) => series.some((p) => p.day === f.day));
  const runText = runs.map((r) => (r.from === r.to ? r.from : `${r.from} to ${r.to}`)).join(', ');
  return (
    <figure style={{ margin: 0 }}>
      <div
        className="chart"
        data-testid="trend-chart"
        role="img"
        aria-label={`Signals per day from ${series[0]?.day ?? '?'} to ${series.at(-1)?.day ?? '?'}; ${spikes.length ? `spike on ${runText}` : 'no spike flagged'}`}
      >
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={series} margin={{ top: 18, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid stroke={css('--border')} strokeDasharray="3 3" />
            <XAxis dataKey="day" tick={{ fill: css('--muted'), fontSize: 11 }} minTickGap={24} />
            <YAxis allowDecimals={false} tick={{ fill: css('--muted'), fontSize: 11 }} />
            <Tooltip contentStyle={{ background: css('--surface'), border: `1px solid ${css('--border')}`, color: css('--text') }} />
            <Legend />
            <Bar dataKey="count" name="signals" fill={css('--accent')} isAnimationActive={false}>
              {series.map((p) => (
                <Cell key={p.day} fill={p.spike ? css('--bad-fg') : css('--accent')} />
              ))}
            </Bar>
            {runs.map((s) => (
              <ReferenceLine
                key={s.from}
                x={s.from}
                stroke={css('--bad-fg')}
                label={{ value: 'spike', fill: css('--bad-fg'), fontSize: 11, position: 'top' }}
              />
            ))}
            {shownFixes.map((f) => (
              <ReferenceLine
                key={`fix-${f.day}-${f.label}`}
                x={f.day}
                stroke={css('--ok-fg')}
                strokeDasharray="4 3"
                label={{ value: f.label, fill: css('--ok-fg'), fontSize: 11, position: 'insideTopRight' }}
              />
            ))}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="muted">
        {spikes.length ? `Spike flagged on ${runText} (red).` : 'No spike flagged in this range.'}
        {shownFixes.length ? ` Fix made on ${[...new Set(shownFixes.map((f) => f.day))].join(', ')} (dashed green line).` : ''}
      </figcaption>
    </figure>
  );
}

/** Before vs after rate over the review window; the interval the data allow is stated under it. */
export function BeforeAfterChart({ verdict }: { verdict: Verdict }) {
  const before = verdict.rateBefore ?? 0;
  const after = verdict.rateAfter ?? 0;
  const data = [
    { period: 'before', rate: before },
    { period: 'after', rate: after },
  ];
  const p = (x: number) => `${(x * 100).toFixed(1)}%`;
  return (
    <figure style={{ margin: 0 }}>
      <div className="chart" data-testid="before-after-chart" role="img" aria-label={`Rate before ${p(before)}, after ${p(after)}`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke={css('--border')} strokeDasharray="3 3" />
            <XAxis dataKey="period" tick={{ fill: css('--muted') }} />
            <YAxis tick={{ fill: css('--muted'), fontSize: 11 }} tickFormatter={(v: number) => `${(v * 100).toFixed(1)}%`} />
            <Tooltip
              formatter={(v) => `${(Number(v) * 100).toFixed(2)}%`}
              contentStyle={{ background: css('--surface'), color: css('--text') }}
            />
            <Bar dataKey="rate" name={verdict.mode === 'share' ? 'share of SKU signals' : 'signals per order'} isAnimationActive={false}>
              <Cell fill={css('--muted')} />
              <Cell fill={css('--accent')} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      {verdict.ciLow !== null && verdict.ciHigh !== null && (
        <figcaption className="muted">
          The after rate the data allow (95%): {p(before * verdict.ciLow)} to {p(before * verdict.ciHigh)}.
        </figcaption>
      )}
    </figure>
  );
}
