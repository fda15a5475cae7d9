import { useEffect, useEffectEvent, useState } from 'react';
import { CHANNELS, ISSUE_TYPES, OWNER_TEAMS, SIGNAL_STATUSES, SLA_STATES, words } from '../../shared/vocab.js';
import { Link } from '../../shared/router.js';
import { QUEUE_DEFAULTS, type FilterKey, type Filters } from './types.js';

interface Props {
  filters: Filters;
  onChange: (patch: Filters) => void;
  collapsed?: boolean;
}

function Choice({
  name,
  label,
  options,
  value,
  onChange,
}: {
  name: FilterKey;
  label: string;
  options: readonly string[];
  value?: string;
  onChange: Props['onChange'];
}) {
  return (
    <label className="field">
      {label}
      <select name={name} value={value ?? ''} onChange={(e) => onChange({ [name]: e.target.value })}>
        <option value="">any</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {words(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Free-text filters commit after a short pause, so typing does not fire a query per key. */
function TextFilter({
  name,
  label,
  value,
  onChange,
  type = 'search',
  placeholder,
}: {
  name: FilterKey;
  label: string;
  value?: string;
  onChange: Props['onChange'];
  type?: string;
  placeholder?: string;
}) {
  const [draft, setDraft] = useState(value ?? '');
  useEffect(() => {
    setDraft(value ?? '');
  }, [value]);
  // The parent's latest onChange, without restarting the pause each time the parent renders.
  const commit = useEffectEvent((text: string) => onChange({ [name]: text }));
  useEffect(() => {
    if (draft === (value ?? '')) return;
    const t = setTimeout(() => commit(draft), 350);
    return () => clearTimeout(t);
  }, [draft, value]);
  return (
    <label className="field">
      {label}
      <input
        name={name}
        type={type}
        value={draft}
        placeholder={placeholder}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onChange({ [name]: draft });
        }}
      />
    </label>
  );
}

export function InboxFilters({ filters, onChange, collapsed }: Props) {
  const any = Object.values(filters).some(Boolean);
  return (
    <form
      id="inbox-filters"
      className={`filters${collapsed ? ' collapsed' : ''}`}
      role="search"
      aria-label="Filter signals"
      onSubmit={(e) => e.preventDefault()}
    >
      <TextFilter name="q" label="Words" value={filters.q} onChange={onChange} placeholder="e.g. strap missing" />
      <Choice name="channel" label="Channel" options={CHANNELS} value={filters.channel} onChange={onChange} />
      <Choice name="issueType" label="Issue type" options={ISSUE_TYPES} value={filters.issueType} onChange={onChange} />
      <TextFilter name="sku" label="SKU" value={filters.sku} onChange={onChange} />
      <TextFilter name="batch" label="Batch" value={filters.batch} onChange={onChange} />
      <Choice name="slaState" label="SLA" options={SLA_STATES} value={filters.slaState} onChange={onChange} />
      <Choice name="ownerTeam" label="Owner team" options={OWNER_TEAMS} value={filters.ownerTeam} onChange={onChange} />
      <Choice name="mustBeHuman" label="Must be human" options={['true', 'false']} value={filters.mustBeHuman} onChange={onChange} />
      <label className="field">
        Status
        <select
          name="status"
          value={filters.status ?? QUEUE_DEFAULTS.status}
          onChange={(e) => onChange({ status: e.target.value === QUEUE_DEFAULTS.status ? '' : e.target.value })}
        >
          {SIGNAL_STATUSES.map((o) => (
            <option key={o} value={o}>
              {words(o)}
            </option>
          ))}
          <option value="any">any</option>
        </select>
      </label>
      <label className="field">
        Order
        <select
          name="sort"
          value={filters.sort ?? QUEUE_DEFAULTS.sort}
          onChange={(e) => onChange({ sort: e.target.value === QUEUE_DEFAULTS.sort ? '' : e.target.value })}
        >
          <option value="slaDue">SLA due, most overdue first</option>
          <option value="newest">newest first</option>
        </select>
      </label>
      <TextFilter name="from" label="From" type="date" value={filters.from} onChange={onChange} />
      <TextFilter name="to" label="Before" type="date" value={filters.to} onChange={onChange} />
      {filters.issueId && (
        <p className="field">
          Issue
          <span>
            <Link to={`/issues/${encodeURIComponent(filters.issueId)}`}>#{filters.issueId}</Link>{' '}
            <button type="button" aria-label={`Stop showing only issue ${filters.issueId}`} onClick={() => onChange({ issueId: '' })}>
              ×
            </button>
          </span>
        </p>
      )}
      {any && (
        <button type="button" onClick={() => onChange(Object.fromEntries(Object.keys(filters).map((k) => [k, ''])))}>
          Clear filters
        </button>
      )}
    </form>
  );
}
