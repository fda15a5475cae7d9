import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Badge, SlaBadge, formatDateTime } from '../../shared/components.js';
import { words } from '../../shared/vocab.js';
import type { SignalItem } from '../../../../contracts/signals.js';

interface Props {
  items: SignalItem[];
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  openId: number | null;
  onOpen: (id: number) => void;
  /** Escape on a row closes the open signal. */
  onClose?: () => void;
  selected: Set<number>;
  onToggle: (id: number) => void;
  onToggleAll: (on: boolean) => void;
  /** The detail pane is open beside the list: fewer columns, channel and SKU go into the wording cell. */
  compact?: boolean;
  /** How the rows are ordered, for the table's accessible name. */
  order?: string;
}

const narrowQuery = '(max-width: 900px)';

/**
 * Only the rows in view exist in the DOM (@tanstack/react-virtual), so 200,000 signals scroll like
 * 50. Keyboard: ↑/↓ (or j/k) move, Enter opens, Escape closes, x selects; the focused row is the one tab stop.
 */
export function SignalTable(p: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [narrow, setNarrow] = useState(() => matchMedia(narrowQuery).matches);
  useEffect(() => {
    const m = matchMedia(narrowQuery);
    const on = () => setNarrow(m.matches);
    m.addEventListener('change', on);
    return () => m.removeEventListener('change', on);
  }, []);
  const rowHeight = narrow ? 76 : 56;
  const count = p.items.length + (p.hasMore ? 1 : 0);
  const v = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 8 });
  useEffect(() => {
    v.measure();
  }, [rowHeight, v]);
  const [focusIndex, setFocusIndex] = useState(0);
  const virtualItems = v.getVirtualItems();
  const lastIndex = virtualItems[virtualItems.length - 1]?.index ?? -1;

  useEffect(() => {
    if (lastIndex >= 0 && lastIndex >= p.items.length - 20 && p.hasMore && !p.loading) p.onLoadMore();
  }, [lastIndex, p.items.length, p.hasMore, p.loading, p.onLoadMore]);

  const focusRow = (i: number) => {
    const idx = Math.max(0, Math.min(p.items.length - 1, i));
    setFocusIndex(idx);
    v.scrollToIndex(idx, { align: 'auto' });
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${idx}"]`)?.focus());
  };
  const onKey = (e: KeyboardEvent, i: number, s: SignalItem) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'ArrowDown' || e.key === 'j') {
      e.preventDefault();
      focusRow(i + 1);
    } else if (e.key === 'ArrowUp' || e.key === 'k') {
      e.preventDefault();
      focusRow(i - 1);
    } else if (e.key === 'Home') {
      e.preventDefault();
      focusRow(0);
    } else if (e.key === 'End') {
      e.preventDefault();
      focusRow(p.items.length - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      p.onOpen(s.id);
    } else if (e.key === 'Escape' && p.openId !== null && p.onClose) {
      e.preventDefault();
      p.onClose();
    } else if (e.key === 'x' || e.key === ' ') {
      e.preventDefault();
      p.onToggle(s.id);
    }
  };
  const allOn = p.items.length > 0 && p.items.every((i) => p.selected.has(i.id));

  return (
    <div
      className="vt-scroll"
      ref={scrollRef}
      role="table"
      aria-label={`Signals, ${p.order ?? 'newest first'}`}
      aria-rowcount={p.hasMore ? -1 : p.items.length + 1}
      data-testid="signal-table"
    >
      <div className="vt-head" role="row">
        <span role="columnheader">
          <input type="checkbox" aria-label="Select all loaded signals" checked={allOn} onChange={(e) => p.onToggleAll(e.target.checked)} />
        </span>
        <span role="columnheader" className="wide">
          Received
        </span>
        <span role="columnheader" className="wide side">
          Channel
        </span>
        <span role="columnheader" className="wide side">
          SKU
        </span>
        <span role="columnheader">Wording</span>
        <span role="columnheader" className="wide">
          Issue types
        </span>
        <span role="columnheader">SLA</span>
        <span role="columnheader" className="wide">
          Status
        </span>
        <span role="columnheader" className="wide side">
          Owner
        </span>
        <span role="columnheader" className="wide side">
          Human
        </span>
      </div>
      <div role="rowgroup" style={{ height: v.getTotalSize(), position: 'relative' }}>
        {virtualItems.map((vi) => {
          const s = p.items[vi.index];
          if (!s) {
            return (
              <div key="more" className="vt-row muted" role="row" style={{ top: vi.start, height: vi.size }}>
                <span role="cell">Loading more…</span>
              </div>
            );
          }
          const open = p.openId === s.id;
          return (
            <div
              key={s.id}
              role="row"
              data-index={vi.index}
              data-testid="signal-row"
              data-signal-id={s.id}
              className="vt-row"
              style={{ top: vi.start, height: vi.size }}
              aria-selected={open}
              tabIndex={vi.index === focusIndex ? 0 : -1}
              aria-label={`Signal ${s.id}, ${words(s.channel)}${s.sku ? `, ${s.sku}` : ''}`}
              onClick={() => {
                setFocusIndex(vi.index);
                p.onOpen(s.id);
              }}
              onKeyDown={(e) => onKey(e, vi.index, s)}
            >
              <span role="cell">
                <input
                  type="checkbox"
                  aria-label={`Select signal ${s.id}`}
                  checked={p.selected.has(s.id)}
                  onChange={() => p.onToggle(s.id)}
                  onClick={(e) => e.stopPropagation()}
                  tabIndex={-1}
                />
              </span>
              <span role="cell" className="cell wide">
                {formatDateTime(s.receivedAt)}
              </span>
              <span role="cell" className="cell wide side">
                {words(s.channel)}
              </span>
              <span role="cell" className="cell wide side">
                {s.sku ?? ''}
              </span>
              <span role="cell" className="cell-text">
                {(narrow || p.compact) && (
                  <span className="muted">
                    {words(s.status)} · {words(s.channel)} · {s.sku ?? 'no SKU'} ·{' '}
                  </span>
                )}
                {s.title ? `${s.title} — ` : ''}
                {s.text}
              </span>
              <span role="cell" className="cell wide">
                {s.issueTypes.map((t) => (
                  <Badge key={t}>{words(t)}</Badge>
                ))}
                {s.clues.map((c) => (
                  <Badge key={`c-${c}`} tone="info">
                    {c}
                  </Badge>
                ))}
              </span>
              <span role="cell" className="cell">
                <SlaBadge sla={s.sla} />
              </span>
              <span role="cell" className="cell wide" data-testid="signal-status">
                <Badge tone={s.status === 'resolved' ? 'ok' : s.status === 'pending' ? 'neutral' : 'info'}>{words(s.status)}</Badge>
              </span>
              <span role="cell" className="cell wide side">
                {words(s.ownerTeam)}
              </span>
              <span role="cell" className="cell wide side" title={s.reasons.map((r) => `${words(r.code)}: ${r.evidence}`).join('\n')}>
                {s.mustBeHuman ? <Badge tone="warn">{s.reasons.length ? words(s.reasons[0]!.code) : 'human'}</Badge> : ''}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
