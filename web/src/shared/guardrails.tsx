import { useEffect, useState } from 'react';
import type { Finding, ReplyCheck } from '../../../contracts/reviews.js';
import { api } from './api.js';
import { Badge } from './components.js';
import { HighlightedText } from './highlight.js';
import { words } from './vocab.js';

/** The guardrails a send meets, run on the server as the person types (debounced). */
export function useGuardrails(text: string, opts: { public: boolean; signalId?: number }) {
  const [findings, setFindings] = useState<Finding[]>([]);
  const [error, setError] = useState<string | null>(null);
  const { public: isPublic, signalId } = opts;
  useEffect(() => {
    if (!text.trim()) {
      setFindings([]);
      setError(null);
      return;
    }
    let live = true;
    const t = setTimeout(async () => {
      const res = await api.post<ReplyCheck>('/api/replies/check', { text, public: isPublic, ...(signalId ? { signalId } : {}) });
      if (!live) return;
      if (res.ok) {
        setFindings(res.data.findings);
        setError(null);
      } else setError(`The live check failed: ${res.message} (${res.code}).`);
    }, 300);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [text, isPublic, signalId]);
  return { findings, error, blocking: findings.filter((f) => f.blocking).length };
}

/** The draft with each finding marked, and the findings listed with their reasons. */
export function GuardrailPreview({ text, findings, error, id }: { text: string; findings: Finding[]; error: string | null; id: string }) {
  const blocking = findings.filter((f) => f.blocking).length;
  return (
    <>
      <p id={id} role="status" aria-live="polite" className={blocking ? 'error' : 'muted'}>
        {error ?? (findings.length === 0 ? 'No guardrail findings.' : `${findings.length} finding(s), ${blocking} blocking.`)}
      </p>
      {findings.length > 0 && (
        <>
          <div className="verbatim" role="group" aria-label="Draft with findings highlighted" data-testid="guardrail-preview">
            <HighlightedText
              text={text}
              marks={findings.map((f) => ({
                start: f.start,
                end: f.end,
                label: `${words(f.code)}: ${f.reason}`,
                tone: f.blocking ? 'block' : 'warn',
              }))}
            />
          </div>
          <ul>
            {findings.map((f, k) => (
              <li key={k}>
                <Badge tone={f.blocking ? 'bad' : 'warn'}>{words(f.code)}</Badge> “{text.slice(f.start, f.end)}” — {f.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
