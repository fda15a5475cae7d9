import type { Channel, IssueType } from '../../contracts/signal.js';
import { DEFECT_BY_CATEGORY, EN_COMPLAINTS, type Bank } from './phrases/en-complaints.js';
import {
  ANGRY,
  ASKS,
  CLOSERS,
  DOMAINS,
  EMOJI,
  FIRST,
  GREETINGS,
  LAST,
  OPENERS,
  PII,
  SIGNOFFS,
  STREETS,
  THREATS,
} from './phrases/en-common.js';
import {
  BOT_CLOSERS_BAD,
  BOT_CLOSERS_OK,
  BOT_PRESALE_REPLIES,
  BOT_REPLIES,
  CHARGEBACK_CODES,
  DISPUTE_REASONS,
  MIXED_REVIEW,
  PRAISE,
  PRESALE,
  PRESALE_CONTEXT,
  PRESALE_FIT,
  PRESALE_OPENERS,
  REASON_LABELS,
  SURVEY,
} from './phrases/en-other.js';
import { PT_COMMON, PT_COMPLAINTS, PT_PRAISE, PT_PRESALE } from './phrases/pt.js';
import { type Rng, chance, int, pick } from '../lib/random.js';

export type Tone = 'polite' | 'neutral' | 'angry' | 'threat';
export type Lang = 'en' | 'pt';
type Complaint = Exclude<IssueType, 'praise'>;

/** Everything a template slot can ask for. */
export interface Facts {
  product: string;
  part: string;
  size: string;
  wrongSize: string;
  color: string;
  promise: string;
  day: number;
  material: string;
  order: string;
  country: string;
  botDays: number;
  realDays: number;
  age: number;
}

const BOT_FALLBACK = ['I am sorry to hear that. Could you share your order number so I can look into it?'];
const BOT_HANDOVER = ['Let me connect you with our team for that one.'];

export interface Composed {
  text: string;
  title: string | null;
  rating: number | null;
}

const PHONES = ['+1 (555) 01', '+44 7700 900', '+49 151 555', '+55 11 95555-'];

/**
 * Fills {slot}s. A hand-rolled scan rather than replace() with a callback: it runs a few times per
 * signal, and at 200k signals the callback closures were a measurable share of the time.
 */
export function fill(rng: Rng, template: string, facts: Facts): string {
  let open = template.indexOf('{');
  if (open < 0) return template;
  let out = '';
  let from = 0;
  while (open >= 0) {
    const close = template.indexOf('}', open);
    if (close < 0) break;
    out += template.slice(from, open);
    let value = slot(rng, template.slice(open + 1, close), facts);
    // A name that starts a sentence ("the jacket runs small") needs its capital.
    if (out.length === 0 || startsSentence(out)) value = capitalise(value);
    out += value;
    from = close + 1;
    open = template.indexOf('{', from);
  }
  return out + template.slice(from);
}

function startsSentence(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  const before = text.charCodeAt(text.length - 2);
  // ' ' or '\n' after '.', '!' or '?'
  return (last === 32 || last === 10) && (before === 46 || before === 33 || before === 63);
}

function slot(rng: Rng, key: string, facts: Facts): string {
  switch (key) {
    case 'email':
      return `${pick(rng, FIRST)}.${pick(rng, LAST)}${int(rng, 1, 99)}@${pick(rng, DOMAINS)}`;
    case 'phone':
      return pick(rng, PHONES) + String(int(rng, 100, 999));
    case 'street':
      return pick(rng, STREETS);
    default: {
      const value = (facts as unknown as Record<string, string | number | undefined>)[key];
      return value === undefined ? key : String(value);
    }
  }
}

const unsized = new Map<readonly string[], readonly string[]>();

/** Pick a template the facts can fill: products without sizes skip the sentences about sizes. */
function tpl(rng: Rng, list: readonly string[], facts: Facts): string {
  if (facts.size) return pick(rng, list);
  let usable = unsized.get(list);
  if (!usable) {
    const kept = list.filter((t) => !t.includes('{size}') && !t.includes('{wrongSize}'));
    usable = kept.length ? kept : [''];
    unsized.set(list, usable);
  }
  return pick(rng, usable);
}

function join(parts: string[]): string {
  let out = '';
  for (const p of parts) if (p) out = out ? `${out} ${p}` : p;
  return out;
}

function capitalise(s: string): string {
  return s.length ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** Some people type in lower case on chat and DMs; a classifier must cope. */
function casual(rng: Rng, s: string): string {
  return chance(rng, 0.3) ? s.toLowerCase().replace(/\.$/, '') : s;
}

export interface ComplaintSpec {
  channel: Channel;
  issue: Complaint;
  lang: Lang;
  tone: Tone;
  facts: Facts;
  pii: boolean;
  /** Incident wording to use instead of (most of the time) the generic bank. */
  core?: string[];
  category?: string;
}

export function composeComplaint(rng: Rng, spec: ComplaintSpec): Composed {
  const { channel, issue, lang, tone, facts } = spec;
  const bank: Bank = lang === 'pt' ? PT_COMPLAINTS[issue] : EN_COMPLAINTS[issue];
  // Incident wording is English only; Portuguese speakers use their own bank.
  const special = spec.core ?? (issue === 'defect' && spec.category ? DEFECT_BY_CATEGORY[spec.category] : undefined);
  const core = fill(rng, special && lang === 'en' && chance(rng, 0.75) ? tpl(rng, special, facts) : tpl(rng, bank.core, facts), facts);
  const detail = fill(rng, tpl(rng, bank.detail, facts), facts);
  const angry = tone === 'angry' || tone === 'threat' ? pick(rng, lang === 'pt' ? PT_COMMON.angry : ANGRY) : '';
  const threat = tone === 'threat' ? pick(rng, lang === 'pt' ? PT_COMMON.threats : THREATS) : '';
  const ask = fill(rng, pick(rng, lang === 'pt' ? PT_COMMON.asks : (ASKS[issue] ?? ASKS.default)), facts);
  const pii = spec.pii ? fill(rng, pick(rng, lang === 'pt' ? PT_COMMON.pii : PII), facts) : '';
  const opener = fill(rng, pick(rng, lang === 'pt' ? PT_COMMON.openers : OPENERS), facts);
  const closer = pick(rng, lang === 'pt' ? PT_COMMON.closers : CLOSERS);
  const subject = pick(rng, bank.subject);

  switch (channel) {
    case 'email': {
      const greeting = pick(rng, lang === 'pt' ? PT_COMMON.greetings : GREETINGS);
      const body = join([opener, core, detail, angry, threat, ask, pii, closer]);
      const signoff = lang === 'pt' ? '' : pick(rng, SIGNOFFS);
      const title = chance(rng, 0.4) ? `${subject} (${facts.order})` : subject;
      return { text: `${greeting}\n\n${body}${signoff ? `\n\n${signoff}` : ''}`, title, rating: null };
    }
    case 'chat':
      return { text: join([casual(rng, core), chance(rng, 0.5) ? detail : '', angry, threat, ask, pii]), title: null, rating: null };
    case 'social_dm':
      return { text: join([casual(rng, core), angry, threat, ask, pii]) + pick(rng, EMOJI), title: null, rating: null };
    case 'social_comment':
      // Public: people rarely paste contact details under a post, and keep it short.
      return { text: join([chance(rng, 0.3) ? '@shop' : '', core, angry, threat]) + pick(rng, EMOJI), title: null, rating: null };
    case 'review': {
      const rating = tone === 'polite' && chance(rng, 0.35) ? 3 : tone === 'angry' || tone === 'threat' ? 1 : int(rng, 1, 2);
      return { text: join([core, detail, angry, threat]), title: subject, rating };
    }
    case 'refund_reason':
    case 'return_reason': {
      const label = pick(rng, REASON_LABELS[issue] ?? ['Other']);
      const note = chance(rng, 0.75) ? join([core, chance(rng, 0.4) ? detail : '']) : '';
      return { text: note ? `${label}: ${note}` : label, title: null, rating: null };
    }
    case 'dispute': {
      const reason = pick(rng, DISPUTE_REASONS[issue] ?? DISPUTE_REASONS.default!);
      return { text: `Dispute opened. Reason: ${reason}. Buyer message: "${join([core, angry, ask])}"`, title: reason, rating: null };
    }
    case 'chargeback': {
      const code = pick(rng, CHARGEBACK_CODES[issue]! ?? (CHARGEBACK_CODES as Record<string, string[]>).default);
      return {
        text: `Chargeback notice for ${facts.order}. Reason code ${code}. Cardholder statement: ${core}`,
        title: code,
        rating: null,
      };
    }
    case 'ai_chat': {
      const reply = fill(rng, pick(rng, BOT_REPLIES[issue] ?? BOT_FALLBACK), facts);
      const end = pick(rng, tone === 'polite' ? BOT_CLOSERS_OK : BOT_CLOSERS_BAD);
      return { text: `Customer: ${core} ${ask}\nAssistant: ${reply}\nCustomer: ${end}`, title: null, rating: null };
    }
    case 'survey': {
      const rating = tone === 'polite' ? int(rng, 2, 3) : 1;
      return { text: join([core, angry]), title: 'Post-contact survey', rating };
    }
    case 'portal':
      return { text: join([core, ask]), title: null, rating: null };
  }
}

export function composeQuestion(rng: Rng, channel: Channel, topic: IssueType, category: string, lang: Lang, facts: Facts): Composed {
  const questions =
    lang === 'pt'
      ? (PT_PRESALE[topic] ?? PT_PRESALE.delivery_delay!)
      : ((topic === 'fit_size' ? PRESALE_FIT[category] : PRESALE[topic]) ?? PRESALE.fit_size!);
  const question = fill(rng, tpl(rng, questions, facts), facts);
  const opener = lang === 'pt' ? '' : fill(rng, pick(rng, PRESALE_OPENERS), facts);
  if (channel === 'ai_chat') {
    const reply = fill(rng, pick(rng, BOT_PRESALE_REPLIES[topic] ?? BOT_HANDOVER), facts);
    return {
      text: `Customer: ${question}\nAssistant: ${reply}\nCustomer: ${pick(rng, [...BOT_CLOSERS_OK, ...BOT_CLOSERS_BAD])}`,
      title: null,
      rating: null,
    };
  }
  const context = lang === 'pt' ? '' : pick(rng, PRESALE_CONTEXT);
  const text = join([opener, channel === 'chat' || channel === 'social_dm' ? casual(rng, question) : question, context]);
  return { text, title: channel === 'email' ? capitalise(`Question about ${facts.product.replace(/^the /, '')}`) : null, rating: null };
}

export function composePraise(rng: Rng, channel: Channel, lang: Lang, facts: Facts, category: string): Composed {
  const bank = lang === 'pt' ? PT_PRAISE : PRAISE;
  const useCase = lang === 'pt' ? '' : fill(rng, tpl(rng, PRAISE.useCase[category] ?? [''], facts), facts);
  const text = join([fill(rng, tpl(rng, bank.core, facts), facts), useCase, fill(rng, tpl(rng, bank.detail, facts), facts)]);
  if (channel === 'review') return { text, title: pick(rng, bank.title), rating: chance(rng, 0.75) ? 5 : 4 };
  if (channel === 'survey') return { text, title: 'Post-delivery survey', rating: chance(rng, 0.7) ? 5 : 4 };
  return { text: text + (channel.startsWith('social') ? pick(rng, [' ❤️', ' 🙌', '', ' 👏']) : ''), title: null, rating: null };
}

/** A 3-star review: mostly content, one small complaint of the given type. */
export function composeMixedReview(rng: Rng, issue: Complaint, facts: Facts): Composed {
  const note = tpl(rng, EN_COMPLAINTS[issue].core, facts);
  const text = fill(rng, pick(rng, MIXED_REVIEW).replace('{note}', note[0]!.toLowerCase() + note.slice(1)), facts);
  return { text, title: pick(rng, ['Okay', 'Mixed feelings', 'Decent', 'Almost great']), rating: 3 };
}

export function composeSurvey(rng: Rng, good: boolean): Composed {
  return { text: pick(rng, good ? SURVEY.good : SURVEY.bad), title: 'Support survey', rating: good ? int(rng, 4, 5) : int(rng, 1, 2) };
}
