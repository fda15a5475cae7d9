import type { ReactNode } from 'react';

export interface Mark {
  start: number;
  end: number;
  label: string;
  tone?: 'evidence' | 'label' | 'block' | 'warn' | 'pii';
}

/**
 * Splits `text` at every mark boundary and renders each piece as a React text node, wrapping the
 * marked pieces in <mark>. Customer and draft text never passes through innerHTML: whatever it
 * contains (markup included) shows as the characters it is.
 */
export function HighlightedText({ text, marks }: { text: string; marks: Mark[] }): ReactNode {
  const valid = marks.filter(
    (m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start < m.end && m.start >= 0 && m.end <= text.length,
  );
  if (valid.length === 0) return text;
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: ReactNode[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!,
      b = points[i + 1]!;
    const piece = text.slice(a, b);
    const covering = valid.filter((m) => m.start <= a && m.end >= b);
    if (covering.length === 0) {
      out.push(piece);
      continue;
    }
    const tone = covering.find((m) => m.tone === 'block')?.tone ?? covering[0]!.tone ?? 'evidence';
    const title = [...new Set(covering.map((m) => m.label))].join('; ');
    out.push(
      <mark key={a} className={`mark mark-${tone}`} title={title} data-label={title}>
        {piece}
      </mark>,
    );
  }
  return <>{out}</>;
}
