import { useState } from 'react';
import type { SignalDetail } from '../../../../contracts/signals.js';
import type { UgcAssetCreated, UgcAssetKind } from '../../../../contracts/ugc.js';
import { api, type ApiFailure } from '../../shared/api.js';
import { ErrorNote } from '../../shared/components.js';
import { Link } from '../../shared/router.js';
import { Thumbnail } from './Thumbnail.js';

/** Save a signal's photo, video or words as a UGC asset; its permission is recorded in the library. */
export function SaveUgcAsset({ signal }: { signal: SignalDetail }) {
  const media = signal.attachments.filter((a) => a.kind === 'photo' || a.kind === 'video');
  const [pick, setPick] = useState(media.length > 0 ? '0' : 'text');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<UgcAssetCreated | null>(null);
  const [error, setError] = useState<ApiFailure | null>(null);
  const chosen = pick === 'text' ? null : media[Number(pick)];
  const kind: UgcAssetKind = chosen ? (chosen.kind === 'video' ? 'video' : 'photo') : signal.channel === 'review' ? 'review' : 'use_case';
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    const r = await api.post<UgcAssetCreated>('/api/ugc/assets', {
      signalId: signal.id,
      kind,
      ...(chosen ? { mediaUrl: chosen.url } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
      createdBy: 'web',
    });
    if (r.ok) setSaved(r.data);
    else setError(r);
  };
  return (
    <form className="stack" onSubmit={save} aria-label="Save as UGC asset">
      <fieldset>
        <legend>What to reuse</legend>
        {media.map((m, k) => (
          <label key={k} className="row">
            <input
              type="radio"
              name={`ugc-${signal.id}`}
              value={String(k)}
              checked={pick === String(k)}
              onChange={(e) => setPick(e.target.value)}
            />
            <Thumbnail url={m.url} kind={m.kind} /> {m.kind} {k + 1}
          </label>
        ))}
        <label className="row">
          <input type="radio" name={`ugc-${signal.id}`} value="text" checked={pick === 'text'} onChange={(e) => setPick(e.target.value)} />{' '}
          the customer's words (a quote)
        </label>
      </fieldset>
      <label className="field">
        Note for marketing
        <input value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      </label>
      {error && <ErrorNote result={error} />}
      <button type="submit">Save as UGC asset</button>
      {saved && (
        <p role="status" className="muted">
          {saved.duplicate ? 'Already saved' : 'Saved'} as asset {saved.id}.{' '}
          <Link to={`/ugc?asset=${saved.id}`}>Record its permission in the UGC library →</Link>
        </p>
      )}
    </form>
  );
}
