import { useEffect, useState } from 'react';
import type { SlaClass, SlaFiguresView, SlaPolicy } from '../../../../contracts/sla.js';
import { api } from '../../shared/api.js';
import { Load, Section } from '../../shared/components.js';
import { useApi } from '../../shared/use-api.js';
import { words } from '../../shared/vocab.js';
import { FieldNote, SaveResult, SettingsFrame, fieldError, saveState, type SaveState } from './settings-shared.js';

const CLASSES: SlaClass[] = ['pre_sale', 'order_issue', 'urgent'];
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** GET and PUT /api/sla/policy: targets per class, opening hours (one window a day), time zone, holidays. */
export function SlaSettingsPage() {
  const data = useApi<SlaPolicy>('/api/sla/policy');
  return (
    <SettingsFrame title="SLA policy and business hours">
      <Load value={data} what="the SLA policy">
        {(p) => <SlaForm policy={p} />}
      </Load>
      <PersonFigures />
    </SettingsFrame>
  );
}

const DAY_MS = 86_400_000;
/** Minutes as the figures page shows them: minutes under two hours, then hours, then days. */
const duration = (m: number | null) =>
  m === null ? '—' : m < 120 ? `${Math.round(m)} min` : m < 2880 ? `${(m / 60).toFixed(1)} h` : `${(m / 1440).toFixed(1)} d`;

/** GET /api/sla/figures, per person: each assignee's first reply and resolution over the last 30 days, and their open load now. */
function PersonFigures() {
  const [range] = useState(() => {
    const to = new Date(Date.now() + DAY_MS).toISOString().slice(0, 10);
    const from = new Date(Date.now() - 30 * DAY_MS).toISOString().slice(0, 10);
    return { from, to };
  });
  const figures = useApi<SlaFiguresView>(`/api/sla/figures?from=${range.from}&to=${range.to}`);
  return (
    <Section title="Per person">
      <Load value={figures} what="the SLA figures">
        {(f) => (
          <>
            <p data-testid="sla-csat">
              CSAT:{' '}
              {f.csat.count === 0
                ? 'no satisfaction answers on these signals yet'
                : `${((f.csat.rate ?? 0) * 100).toFixed(1)}% answered 4 or 5, of ${f.csat.count} answers (average ${f.csat.average?.toFixed(2)})`}
            </p>
            {f.byPerson.length === 0 ? (
              <p className="muted">Nobody has been assigned a signal yet.</p>
            ) : (
              <div className="table-wrap">
                <table className="data" data-testid="sla-by-person">
                  <caption className="muted">
                    Signals received {range.from} to {range.to} (calendar time); open load is now
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Person</th>
                      <th scope="col">Signals</th>
                      <th scope="col">First reply, median</th>
                      <th scope="col">First reply, p90</th>
                      <th scope="col">Resolution, median</th>
                      <th scope="col">Open load</th>
                    </tr>
                  </thead>
                  <tbody>
                    {f.byPerson.map((p) => (
                      <tr key={p.assigneeId ?? 'none'}>
                        <th scope="row">{p.assigneeId === null ? 'Unassigned' : (p.name ?? `#${p.assigneeId}`)}</th>
                        <td>{p.signals}</td>
                        <td>{duration(p.firstResponse.calendarMinutes.median)}</td>
                        <td>{duration(p.firstResponse.calendarMinutes.p90)}</td>
                        <td>{duration(p.resolution.calendarMinutes.median)}</td>
                        <td>{p.openLoad}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </Load>
    </Section>
  );
}

function SlaForm({ policy }: { policy: SlaPolicy }) {
  const [p, setP] = useState<SlaPolicy>(policy);
  const [holidays, setHolidays] = useState(policy.calendar.holidays.join(', '));
  const [state, setState] = useState<SaveState>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setP(policy), [policy]);
  const setTarget = (c: SlaClass, patch: Partial<SlaPolicy['classes'][SlaClass]>) =>
    setP((cur) => ({ ...cur, classes: { ...cur.classes, [c]: { ...cur.classes[c], ...patch } } }));
  const setDay = (d: (typeof DAYS)[number], from: string, to: string, open: boolean) =>
    setP((cur) => ({ ...cur, calendar: { ...cur.calendar, hours: { ...cur.calendar.hours, [d]: open ? [{ from, to }] : [] } } }));
  const save = async () => {
    setBusy(true);
    const body: SlaPolicy = {
      ...p,
      calendar: {
        ...p.calendar,
        holidays: holidays
          .split(/[\s,]+/)
          .map((h) => h.trim())
          .filter(Boolean),
      },
    };
    const r = await api.put<SlaPolicy>('/api/sla/policy', body);
    setBusy(false);
    setState(saveState(r, 'Saved. New signals get these targets; signals already open keep theirs.'));
    if (r.ok) setP(r.data);
  };
  const err = (path: string) => fieldError(state, path);
  return (
    <form
      aria-label="SLA policy"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <fieldset className="panel">
        <legend>Targets per class (hours)</legend>
        {CLASSES.map((c) => (
          <div className="row" key={c} role="group" aria-label={words(c)}>
            <strong className="settings-label">{words(c)}</strong>
            <label className="field">
              First response (hours), {words(c)}
              <input
                type="number"
                min={0}
                step={0.25}
                value={p.classes[c].firstResponseMinutes / 60}
                aria-describedby={`err-${c}-fr`}
                onChange={(e) => setTarget(c, { firstResponseMinutes: Math.round(Number(e.target.value) * 60) })}
              />
              <FieldNote id={`err-${c}-fr`} text={err(`classes.${c}.firstResponseMinutes`)} />
            </label>
            <label className="field">
              Resolution (hours), {words(c)}
              <input
                type="number"
                min={0}
                step={0.25}
                value={p.classes[c].resolutionMinutes / 60}
                aria-describedby={`err-${c}-res`}
                onChange={(e) => setTarget(c, { resolutionMinutes: Math.round(Number(e.target.value) * 60) })}
              />
              <FieldNote id={`err-${c}-res`} text={err(`classes.${c}.resolutionMinutes`)} />
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={p.classes[c].businessHoursOnly}
                onChange={(e) => setTarget(c, { businessHoursOnly: e.target.checked })}
              />
              Count business hours only, {words(c)}
            </label>
          </div>
        ))}
        <label className="field">
          At risk when this share of a target is used (%)
          <input
            type="number"
            min={1}
            max={99}
            value={Math.round(p.atRiskFraction * 100)}
            onChange={(e) => setP((cur) => ({ ...cur, atRiskFraction: Number(e.target.value) / 100 }))}
          />
          <FieldNote id="err-risk" text={err('atRiskFraction')} />
        </label>
      </fieldset>
      <fieldset className="panel">
        <legend>Business hours</legend>
        <label className="field">
          Time zone (IANA, e.g. Europe/Lisbon)
          <input
            value={p.calendar.timeZone}
            onChange={(e) => setP((cur) => ({ ...cur, calendar: { ...cur.calendar, timeZone: e.target.value } }))}
          />
          <FieldNote id="err-tz" text={err('calendar.timeZone')} />
        </label>
        {DAYS.map((d) => {
          const w = p.calendar.hours[d][0];
          const open = Boolean(w);
          return (
            <div className="row" key={d} role="group" aria-label={`Hours on ${d}`}>
              <label className="check settings-label">
                <input type="checkbox" checked={open} onChange={(e) => setDay(d, w?.from ?? '09:00', w?.to ?? '18:00', e.target.checked)} />
                Open on {d}
              </label>
              {open && (
                <>
                  <label className="field">
                    Opens ({d})
                    <input type="time" value={w!.from} onChange={(e) => setDay(d, e.target.value, w!.to, true)} />
                  </label>
                  <label className="field">
                    Closes ({d})
                    <input type="time" value={w!.to} onChange={(e) => setDay(d, w!.from, e.target.value, true)} />
                  </label>
                  <FieldNote id={`err-${d}`} text={err(`calendar.hours.${d}`)} />
                </>
              )}
            </div>
          );
        })}
        <label className="field">
          Holidays (dates, YYYY-MM-DD, separated by commas)
          <input value={holidays} onChange={(e) => setHolidays(e.target.value)} />
          <FieldNote id="err-hol" text={err('calendar.holidays')} />
        </label>
      </fieldset>
      <button type="submit" className="primary" disabled={busy}>
        Save SLA policy
      </button>
      <SaveResult state={state} />
    </form>
  );
}
