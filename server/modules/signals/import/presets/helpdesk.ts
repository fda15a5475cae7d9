import { get, list, num, str, type HandlingStep, type ImportedHandling, type Preset } from './preset.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const byTime = (a: HandlingStep, b: HandlingStep) => Date.parse(a.at) - Date.parse(b.at);

function zendeskChannel(via: unknown): string {
  const c = str(get(obj(via), 'channel'))?.toLowerCase() ?? '';
  if (/chat|messag|whatsapp|sms|voice/.test(c)) return 'chat';
  if (/facebook|twitter|instagram|social/.test(c)) return 'social_dm';
  return 'email';
}

/**
 * Zendesk: tickets from the incremental export (`{"tickets": [...]}`), each with its `comments`
 * (the ticket comments endpoint) and, when exported, its `audits` or `metric_set`. The first
 * comment is the customer's message; later public comments by someone else are agent replies;
 * status changes in the audits give solved and reopened times.
 */
export const zendesk: Preset = {
  name: 'zendesk',
  label: 'Zendesk tickets with comments (JSON)',
  kinds: ['signals'],
  detect: (c) => c.has('requester_id') && (c.has('comments') || c.has('description')) && c.has('via'),
  reads: [
    'id',
    'subject',
    'description',
    'status',
    'via',
    'created_at',
    'requester_id',
    'external_id',
    'comments',
    'audits',
    'metric_set',
    'satisfaction_rating',
  ],
  toRecord: (_kind, r) => {
    const requester = str(r.requester_id);
    const first = list(r.comments).map(obj)[0];
    return {
      channel: zendeskChannel(r.via),
      externalId: `zendesk-${str(r.id) ?? ''}`,
      receivedAt: str(r.created_at),
      title: str(r.subject) ?? str(r.raw_subject),
      text: str(first?.plain_body) ?? str(first?.body) ?? str(r.description) ?? '',
      customerId: requester ? `zendesk-${requester}` : undefined,
      orderId: str(r.external_id),
    };
  },
  handling: (r) => {
    const requester = str(r.requester_id);
    const steps: HandlingStep[] = [];
    for (const c of list(r.comments).map(obj).slice(1)) {
      const at = str(c.created_at);
      const body = str(c.plain_body) ?? str(c.body);
      if (at && body && c.public !== false && str(c.author_id) !== requester) steps.push({ at, reply: { text: body, public: true } });
    }
    let statuses = 0;
    for (const audit of list(r.audits).map(obj)) {
      const at = str(audit.created_at);
      for (const e of list(audit.events).map(obj)) {
        if (!at || str(e.type) !== 'Change' || str(e.field_name) !== 'status') continue;
        const to = str(e.value);
        const from = str(e.previous_value);
        const done = (s?: string) => s === 'solved' || s === 'closed';
        if (done(to) && !done(from)) steps.push({ at, status: 'resolved' });
        else if (done(from) && !done(to)) steps.push({ at, status: 'reopened' });
        else continue;
        statuses++;
      }
    }
    if (statuses === 0) {
      const solvedAt = str(get(obj(r.metric_set), 'solved_at'));
      const status = str(r.status);
      if (solvedAt) steps.push({ at: solvedAt, status: 'resolved' });
      else if ((status === 'solved' || status === 'closed') && str(r.updated_at))
        steps.push({ at: str(r.updated_at)!, status: 'resolved' });
    }
    const rating = obj(r.satisfaction_rating);
    const score = str(rating.score)?.toLowerCase();
    const handling: ImportedHandling = { steps: steps.sort(byTime) };
    if (score === 'good' || score === 'bad')
      handling.satisfaction = { score: score === 'good' ? 5 : 1, at: str(rating.updated_at) ?? str(r.updated_at) };
    return handling;
  },
};

function gorgiasChannel(c: string | undefined): string {
  const ch = c?.toLowerCase() ?? '';
  if (/comment|mention/.test(ch)) return 'social_comment';
  if (/facebook|instagram|twitter|whatsapp/.test(ch)) return 'social_dm';
  if (/chat|sms|phone|aircall/.test(ch)) return 'chat';
  if (ch === 'yotpo') return 'review';
  return 'email';
}

/**
 * Gorgias: tickets from its export or API (`{"data": [...]}` or an array), each with `messages`.
 * The first message not from an agent is the customer's; public agent messages are replies;
 * `closed_datetime` is when it was solved; `satisfaction_survey.score` is on 1–5.
 */
export const gorgias: Preset = {
  name: 'gorgias',
  label: 'Gorgias tickets with messages (JSON)',
  kinds: ['signals'],
  detect: (c) => c.has('messages') && c.has('created_datetime'),
  reads: [
    'id',
    'channel',
    'subject',
    'excerpt',
    'language',
    'customer',
    'created_datetime',
    'closed_datetime',
    'messages',
    'satisfaction_survey',
    'spam',
    'external_id',
  ],
  toRecord: (_kind, r) => {
    const first = list(r.messages)
      .map(obj)
      .find((m) => m.from_agent !== true);
    const customer = str(get(obj(r.customer), 'id'));
    return {
      channel: gorgiasChannel(str(r.channel)),
      externalId: `gorgias-${str(r.id) ?? ''}`,
      receivedAt: str(r.created_datetime),
      title: str(r.subject),
      text: str(first?.stripped_text) ?? str(first?.body_text) ?? str(r.excerpt) ?? '',
      language: str(r.language),
      customerId: customer ? `gorgias-${customer}` : undefined,
      orderId: str(r.external_id),
    };
  },
  handling: (r) => {
    const steps: HandlingStep[] = [];
    for (const m of list(r.messages).map(obj)) {
      const at = str(m.sent_datetime) ?? str(m.created_datetime);
      const body = str(m.stripped_text) ?? str(m.body_text);
      if (m.from_agent === true && m.public !== false && at && body) steps.push({ at, reply: { text: body, public: true } });
    }
    const closed = str(r.closed_datetime);
    if (closed) steps.push({ at: closed, status: 'resolved' });
    const survey = obj(r.satisfaction_survey);
    const score = num(survey.score);
    const handling: ImportedHandling = { steps: steps.sort(byTime) };
    if (score !== undefined && score >= 1 && score <= 5)
      handling.satisfaction = { score, at: str(survey.scored_datetime) ?? str(survey.sent_datetime) };
    return handling;
  },
};
