import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  PORTAL_LANGUAGES,
  PROBLEMS,
  WANTS,
  type ComplaintReceipt,
  type ComplaintStatus,
  type PortalLanguage,
  type PortalOrderItems,
  type ProblemId,
  type Want,
} from '../../../../contracts/portal.js';
import { matchPath, useLocation } from '../../shared/router.js';
import { TEXTS, browserLanguage, type PortalText } from './i18n.js';
import './portal.css';

const LANG_KEY = 'writeback.portal.language';

function useLanguage(): [PortalLanguage, (l: PortalLanguage) => void] {
  const [lang, setLang] = useState<PortalLanguage>(() => {
    const saved = localStorage.getItem(LANG_KEY) as PortalLanguage | null;
    return saved && (PORTAL_LANGUAGES as readonly string[]).includes(saved) ? saved : browserLanguage();
  });
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return [
    lang,
    (l) => {
      localStorage.setItem(LANG_KEY, l);
      setLang(l);
    },
  ];
}

function LanguagePicker({ lang, setLang, t }: { lang: PortalLanguage; setLang: (l: PortalLanguage) => void; t: PortalText }) {
  return (
    <div className="portal-lang">
      <label htmlFor="portal-language">{t.language}</label>
      <select id="portal-language" value={lang} onChange={(e) => setLang(e.target.value as PortalLanguage)}>
        {PORTAL_LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {TEXTS[l].languageName}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The customer's side: the complaint form at /portal and the status page at its private link. */
export function PortalApp() {
  const { pathname } = useLocation();
  const [lang, setLang] = useLanguage();
  const t = TEXTS[lang];
  const m = matchPath('/portal/status/:token', pathname);
  return (
    <div className="portal">
      <header className="portal-head">
        <LanguagePicker lang={lang} setLang={setLang} t={t} />
      </header>
      <main id="main" tabIndex={-1}>
        {m ? <StatusView token={m.token!} t={t} lang={lang} /> : <ComplaintForm lang={lang} t={t} />}
      </main>
    </div>
  );
}

type Errors = Partial<Record<'orderNumber' | 'email' | 'items' | 'problem' | 'text' | 'wants' | 'photos' | 'form', string>>;

async function postJson(url: string, body: unknown) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { res, body: await res.json().catch(() => null) };
}

function serverError(
  t: PortalText,
  status: number,
  body: { error?: { code?: string; details?: { path: string; retryAfterSeconds?: number }[] } } | null,
): Errors {
  const code = body?.error?.code;
  if (code === 'portal_order_mismatch') return { form: t.mismatch };
  if (code === 'portal_link_refused') return { form: t.linkRefused };
  if (code === 'portal_slowed_down') {
    const seconds = (body?.error?.details as unknown as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 1;
    return { form: t.slowedDown.replace('{seconds}', String(seconds)) };
  }
  if (code === 'portal_rate_limited' || status === 429) return { form: t.rateLimited };
  if (code === 'portal_photo_refused') return { photos: t.photoRefused };
  if (code === 'invalid_input') {
    const out: Errors = {};
    for (const d of body?.error?.details ?? []) {
      const f = d.path.replace(/\[.*$/, '') as keyof Errors;
      out[f] = f === 'photos' ? t.photoNeeded : f === 'email' ? t.badEmail : f === 'items' ? t.pickItem : t.required;
    }
    if (Object.keys(out).length) return out;
  }
  return { form: t.failed };
}

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="portal-error">
      {message}
    </p>
  ) : null;
}

function ComplaintForm({ lang, t }: { lang: PortalLanguage; t: PortalText }) {
  const [orderNumber, setOrderNumber] = useState('');
  const [email, setEmail] = useState('');
  const [items, setItems] = useState<PortalOrderItems['items'] | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [problem, setProblem] = useState<ProblemId | ''>('');
  const [text, setText] = useState('');
  const [wants, setWants] = useState<Want | ''>('');
  const [website, setWebsite] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<ComplaintReceipt | null>(null);
  const photos = useRef<HTMLInputElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const done = useRef<HTMLHeadingElement>(null);
  // The signed link from the shop's email (/portal#link=…): the order without typing. Kept after
  // the # so it never reaches the server's access log.
  const [link, setLink] = useState<string | null>(() => new URLSearchParams(location.hash.slice(1)).get('link'));

  const show = (e: Errors) => {
    setErrors(e);
    if (Object.keys(e).length) queueMicrotask(() => summary.current?.focus());
  };

  const takeItems = (found: PortalOrderItems) => {
    setItems(found.items);
    setPicked(found.items.length === 1 ? [found.items[0]!.sku] : []);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: asked once per link; a language switch meanwhile does not ask again
  useEffect(() => {
    if (!link) return;
    let live = true;
    void postJson('/portal/api/orders/lookup', { link }).then((r) => {
      if (!live) return;
      if (r.res.ok) {
        setOrderNumber((r.body as PortalOrderItems).orderNumber);
        takeItems(r.body as PortalOrderItems);
      } else {
        setLink(null);
        show(serverError(t, r.res.status, r.body));
      }
    });
    return () => {
      live = false;
    };
  }, [link]);

  useEffect(() => {
    if (receipt) done.current?.focus();
  }, [receipt]);

  const findOrder = async (ev: FormEvent) => {
    ev.preventDefault();
    const e: Errors = {};
    if (!orderNumber.trim()) e.orderNumber = t.required;
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) e.email = t.badEmail;
    if (Object.keys(e).length) return show(e);
    setBusy(true);
    const r = await postJson('/portal/api/orders/lookup', { orderNumber, email }).finally(() => setBusy(false));
    if (!r.res.ok) return show(serverError(t, r.res.status, r.body));
    setErrors({});
    takeItems(r.body as PortalOrderItems);
  };

  const chosen = PROBLEMS.find((p) => p.id === problem);

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const files = [...(photos.current?.files ?? [])];
    const e: Errors = {};
    if (picked.length === 0) e.items = t.pickItem;
    if (!problem) e.problem = t.required;
    if (!text.trim()) e.text = t.required;
    if (!wants) e.wants = t.required;
    if (chosen?.photoOf && files.length === 0) e.photos = t.photoNeeded;
    if (Object.keys(e).length) return show(e);
    const body = new FormData();
    if (link) body.set('link', link);
    else {
      body.set('orderNumber', orderNumber);
      body.set('email', email);
    }
    body.set('items', picked.join(','));
    body.set('problem', problem);
    body.set('text', text);
    body.set('wants', wants);
    body.set('language', lang);
    if (website) body.set('website', website);
    for (const f of files.slice(0, 5)) body.append('photos[]', f);
    setBusy(true);
    const res = await fetch('/portal/api/complaints', { method: 'POST', body }).finally(() => setBusy(false));
    const answer = await res.json().catch(() => null);
    if (res.status !== 201) return show(serverError(t, res.status, answer));
    setReceipt(answer as ComplaintReceipt);
  };

  if (receipt)
    return (
      <section className="portal-card" aria-labelledby="portal-done">
        <h1 id="portal-done" ref={done} tabIndex={-1}>
          {t.thanks}
        </h1>
        <p>
          {t.reference}: <strong>{receipt.reference}</strong>
        </p>
        <p>
          <a href={receipt.statusUrl}>{t.followLink}</a>
        </p>
        <p className="portal-hint">{t.keepLink}</p>
      </section>
    );

  const errorList = Object.entries(errors).filter(([, v]) => v) as [keyof Errors, string][];
  const described = (f: keyof Errors, hint?: string) => ({
    'aria-invalid': errors[f] ? true : undefined,
    'aria-describedby': [hint, errors[f] ? `err-${f}` : undefined].filter(Boolean).join(' ') || undefined,
  });

  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <div
        ref={summary}
        tabIndex={-1}
        role={errorList.length ? 'alert' : undefined}
        className={errorList.length ? 'portal-summary' : undefined}
      >
        {errorList.length > 0 && (
          <>
            <p>
              <strong>{t.errorsHeading}</strong>
            </p>
            <ul>
              {errorList.map(([f, msg]) => (
                <li key={f}>{msg}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      {link && items !== null ? (
        <p className="portal-card" role="status">
          {t.fromLink.replace('{order}', orderNumber)}
        </p>
      ) : (
        <form onSubmit={findOrder} noValidate className="portal-card">
          <fieldset disabled={items !== null}>
            <legend>{t.orderLegend}</legend>
            <label htmlFor="p-order">{t.orderNumber}</label>
            <input
              id="p-order"
              name="orderNumber"
              autoComplete="off"
              value={orderNumber}
              onChange={(e) => setOrderNumber(e.target.value)}
              {...described('orderNumber', 'p-order-hint')}
            />
            <p id="p-order-hint" className="portal-hint">
              {t.orderHint}
            </p>
            <FieldError id="err-orderNumber" message={errors.orderNumber} />
            <label htmlFor="p-email">{t.email}</label>
            <input
              id="p-email"
              name="email"
              type="email"
              autoComplete="email"
              inputMode="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              {...described('email')}
            />
            <FieldError id="err-email" message={errors.email} />
            {items === null && (
              <button type="submit" disabled={busy}>
                {busy ? t.finding : t.findOrder}
              </button>
            )}
          </fieldset>
        </form>
      )}
      {items !== null && (
        <form onSubmit={submit} noValidate className="portal-card">
          <fieldset {...described('items')}>
            <legend>{t.itemsLegend}</legend>
            {items.map((it) => (
              <label key={it.sku} className="portal-choice">
                <input
                  type="checkbox"
                  checked={picked.includes(it.sku)}
                  onChange={(e) => setPicked(e.target.checked ? [...picked, it.sku] : picked.filter((s) => s !== it.sku))}
                />
                {it.title ?? it.sku}
                {it.variant ? ` (${it.variant})` : ''}
              </label>
            ))}
            <FieldError id="err-items" message={errors.items} />
          </fieldset>
          <fieldset {...described('problem')}>
            <legend>{t.problemLegend}</legend>
            {PROBLEMS.map((p) => (
              <label key={p.id} className="portal-choice">
                <input type="radio" name="problem" value={p.id} checked={problem === p.id} onChange={() => setProblem(p.id)} />
                {t.problems[p.id]}
              </label>
            ))}
            <FieldError id="err-problem" message={errors.problem} />
          </fieldset>
          <label htmlFor="p-photos">{t.photos}</label>
          {chosen?.photoOf && (
            <p id="p-photos-evidence" className="portal-evidence">
              {t.photoOf[chosen.photoOf]}
            </p>
          )}
          <p id="p-photos-hint" className="portal-hint">
            {t.photosHint}
          </p>
          <input
            id="p-photos"
            ref={photos}
            type="file"
            name="photos[]"
            accept="image/jpeg,image/png,image/webp,video/mp4,video/webm,video/quicktime"
            multiple
            {...described('photos', chosen?.photoOf ? 'p-photos-evidence p-photos-hint' : 'p-photos-hint')}
          />
          <FieldError id="err-photos" message={errors.photos} />
          <label htmlFor="p-text">{t.text}</label>
          <p id="p-text-hint" className="portal-hint">
            {t.textHint}
          </p>
          <textarea
            id="p-text"
            rows={5}
            maxLength={5000}
            value={text}
            onChange={(e) => setText(e.target.value)}
            {...described('text', 'p-text-hint')}
          />
          <FieldError id="err-text" message={errors.text} />
          <fieldset {...described('wants')}>
            <legend>{t.wantsLegend}</legend>
            {WANTS.map((w) => (
              <label key={w} className="portal-choice">
                <input type="radio" name="wants" value={w} checked={wants === w} onChange={() => setWants(w)} />
                {t.wants[w]}
              </label>
            ))}
            <FieldError id="err-wants" message={errors.wants} />
          </fieldset>
          <div className="portal-trap" aria-hidden="true">
            <label htmlFor="p-website">{t.honeypot}</label>
            <input id="p-website" tabIndex={-1} autoComplete="off" value={website} onChange={(e) => setWebsite(e.target.value)} />
          </div>
          <button type="submit" disabled={busy}>
            {busy ? t.sending : t.submit}
          </button>
        </form>
      )}
    </>
  );
}

function StatusView({ token, t, lang }: { token: string; t: PortalText; lang: PortalLanguage }) {
  const [status, setStatus] = useState<ComplaintStatus | null>(null);
  const [missing, setMissing] = useState(false);
  const [reply, setReply] = useState('');
  const [error, setError] = useState('');
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [photoError, setPhotoError] = useState('');
  const more = useRef<HTMLInputElement>(null);
  const base = `/portal/api/status/${encodeURIComponent(token)}`;

  useEffect(() => {
    let live = true;
    fetch(base).then(async (res) => {
      if (!live) return;
      if (res.status === 404) return setMissing(true);
      if (res.ok) setStatus((await res.json()) as ComplaintStatus);
    });
    const events = new EventSource(`${base}/events`);
    events.addEventListener('status', (e) => setStatus(JSON.parse((e as MessageEvent<string>).data) as ComplaintStatus));
    return () => {
      live = false;
      events.close();
    };
  }, [base]);

  if (missing)
    return (
      <>
        <h1>{t.statusTitle}</h1>
        <p>{t.notFound}</p>
      </>
    );
  if (!status) return <p aria-busy="true">…</p>;

  const send = async (ev: FormEvent) => {
    ev.preventDefault();
    if (!reply.trim()) return setError(t.required);
    const r = await postJson(`${base}/messages`, { text: reply });
    if (!r.res.ok) return setError(t.failed);
    setError('');
    setReply('');
    setStatus(r.body as ComplaintStatus);
  };

  const upload = async (ev: FormEvent) => {
    ev.preventDefault();
    const files = [...(more.current?.files ?? [])];
    if (files.length === 0) return setPhotoError(t.required);
    const body = new FormData();
    for (const f of files.slice(0, 5)) body.append('photos[]', f);
    const res = await fetch(`${base}/photos`, { method: 'POST', body });
    if (res.status !== 201) return setPhotoError(res.status === 400 ? t.photoRefused : t.failed);
    setPhotoError('');
    if (more.current) more.current.value = '';
    setStatus((await res.json()) as ComplaintStatus);
  };

  const rate = async (ev: FormEvent) => {
    ev.preventDefault();
    if (!score) return setError(t.required);
    const r = await postJson(`${base}/satisfaction`, { score, comment: comment.trim() || null });
    if (!r.res.ok) return setError(t.failed);
    setError('');
    setStatus(r.body as ComplaintStatus);
  };

  return (
    <>
      <h1>
        {t.statusTitle} <span className="portal-ref">{status.reference}</span>
      </h1>
      <p className="portal-hint">{t.live}</p>
      <section aria-labelledby="p-steps" className="portal-card">
        <h2 id="p-steps">{t.steps[status.status]}</h2>
        <ol className="portal-steps" aria-live="polite">
          {status.steps.map((s, i) => (
            <li key={`${s.step}-${i}`}>
              <strong>{t.steps[s.step]}</strong> <time dateTime={s.at}>{new Date(s.at).toLocaleString(lang)}</time>
              {s.note && s.step === 'shipped' ? <span> · {s.note}</span> : null}
            </li>
          ))}
        </ol>
        {status.next && (
          <p>
            {t.next}: {t.steps[status.next]}
          </p>
        )}
      </section>
      {status.photos.length > 0 && (
        <section aria-labelledby="p-photos-h" className="portal-card">
          <h2 id="p-photos-h">{t.yourPhotos}</h2>
          <ul className="portal-photos">
            {status.photos.map((p, i) => (
              <li key={p.url}>
                <a href={p.url}>
                  <img src={p.thumbUrl} alt={`${p.mime.startsWith('video/') ? t.video : t.photo} ${i + 1}`} width={160} />
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="p-thread" className="portal-card">
        <h2 id="p-thread">{t.messages}</h2>
        <ol className="portal-thread" aria-live="polite">
          {status.messages.length === 0 && <li className="portal-hint">{t.noMessages}</li>}
          {status.messages.map((m) => (
            <li key={m.id} className={m.author === 'staff' ? 'from-team' : 'from-you'}>
              <strong>{m.author === 'staff' ? t.team : t.you}</strong>
              <p className="portal-text">{m.text}</p>
            </li>
          ))}
        </ol>
        {status.status === 'closed' && !status.satisfaction && (
          <form onSubmit={rate} noValidate>
            <fieldset aria-describedby={error ? 'err-rate' : undefined}>
              <legend>{t.rateLegend}</legend>
              {t.scores.map((label, i) => (
                <label key={label} className="portal-choice">
                  <input type="radio" name="score" value={i + 1} checked={score === i + 1} onChange={() => setScore(i + 1)} />
                  {label}
                </label>
              ))}
            </fieldset>
            <label htmlFor="p-comment">{t.comment}</label>
            <textarea id="p-comment" rows={2} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} />
            <FieldError id="err-rate" message={error} />
            <button type="submit">{t.sendRating}</button>
          </form>
        )}
        {status.satisfaction && <p role="status">{t.rated}</p>}
        {status.status !== 'closed' && (
          <form onSubmit={send} noValidate>
            <label htmlFor="p-reply">{t.reply}</label>
            <textarea
              id="p-reply"
              rows={3}
              value={reply}
              maxLength={5000}
              onChange={(e) => setReply(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'err-reply' : undefined}
            />
            <FieldError id="err-reply" message={error} />
            <button type="submit">{t.send}</button>
          </form>
        )}
        {status.status !== 'closed' && (
          <form onSubmit={upload} noValidate>
            <label htmlFor="p-more">{t.addPhotos}</label>
            <p id="p-more-hint" className="portal-hint">
              {t.photosHint}
            </p>
            <input
              id="p-more"
              ref={more}
              type="file"
              accept="image/jpeg,image/png,image/webp,video/mp4,video/webm,video/quicktime"
              multiple
              aria-invalid={photoError ? true : undefined}
              aria-describedby={photoError ? 'p-more-hint err-more' : 'p-more-hint'}
            />
            <FieldError id="err-more" message={photoError} />
            <button type="submit">{t.upload}</button>
          </form>
        )}
      </section>
    </>
  );
}
