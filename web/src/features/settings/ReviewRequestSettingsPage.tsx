import { useState } from 'react';
import type { ReviewRequestSettings } from '../../../../contracts/reviews.js';
import { api } from '../../shared/api.js';
import { Load } from '../../shared/components.js';
import { useApi } from '../../shared/use-api.js';
import { FieldNote, SaveResult, SettingsFrame, fieldError, saveState, type SaveState } from './settings-shared.js';

/** GET and PUT /api/review-requests/settings. */
export function ReviewRequestSettingsPage() {
  const data = useApi<ReviewRequestSettings>('/api/review-requests/settings');
  return (
    <SettingsFrame title="Review requests">
      <Load value={data} what="the review-request settings">
        {(s) => <ReviewRequestForm settings={s} />}
      </Load>
    </SettingsFrame>
  );
}

function ReviewRequestForm({ settings }: { settings: ReviewRequestSettings }) {
  const [delay, setDelay] = useState(String(settings.delayDays));
  const [maxAge, setMaxAge] = useState(String(settings.maxAgeDays));
  const [wording, setWording] = useState(settings.incentiveWording ?? '');
  const [webhook, setWebhook] = useState(settings.webhookUrl ?? '');
  const [state, setState] = useState<SaveState>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    const r = await api.put<ReviewRequestSettings>('/api/review-requests/settings', {
      delayDays: delay.trim() === '' ? Number.NaN : Number(delay),
      maxAgeDays: maxAge.trim() === '' ? Number.NaN : Number(maxAge),
      incentiveWording: wording.trim() || null,
      webhookUrl: webhook.trim() || null,
      actor: 'settings page',
    });
    setBusy(false);
    setState(saveState(r, 'Saved. Requests scheduled from now on use these settings.'));
  };
  const err = (p: string) => fieldError(state, p);
  return (
    <form
      aria-label="Review-request settings"
      className="panel"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label className="field">
        Days after delivery before asking
        <input
          type="number"
          min={0}
          max={365}
          step="any"
          value={delay}
          aria-describedby="err-delay"
          onChange={(e) => setDelay(e.target.value)}
        />
        <FieldNote id="err-delay" text={err('delayDays')} />
      </label>
      <label className="field">
        Do not ask about orders delivered more than this many days ago
        <input type="number" min={1} max={3650} value={maxAge} aria-describedby="err-age" onChange={(e) => setMaxAge(e.target.value)} />
        <FieldNote id="err-age" text={err('maxAgeDays')} />
      </label>
      <label className="field">
        Incentive wording (empty: none; checked against the review guardrails)
        <textarea value={wording} aria-describedby="err-wording" onChange={(e) => setWording(e.target.value)} />
        <FieldNote id="err-wording" text={err('incentiveWording')} />
      </label>
      <label className="field">
        Webhook URL (empty: none)
        <input type="url" value={webhook} aria-describedby="err-webhook" onChange={(e) => setWebhook(e.target.value)} />
        <FieldNote id="err-webhook" text={err('webhookUrl')} />
      </label>
      <button type="submit" className="primary" disabled={busy}>
        Save review-request settings
      </button>
      <SaveResult state={state} />
    </form>
  );
}
