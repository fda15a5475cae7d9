import type { SignalInput } from '../../contracts/signal.js';
import type { HandlingStep } from '../modules/replies/index.js';
import { hashLabel, mulberry32, type Rng } from '../lib/random.js';

/**
 * What the demo's support team did with its signals: a first reply after a delay typical of the
 * channel, most cases resolved later, a few reopened and resolved again, and the last days' signals
 * still waiting. Without it every demo SLA reads breached and the report's response figures are
 * empty. Deterministic for a seed and a cut-off: the team works on after the store's last signal, up
 * to `until` (the loader's clock); later steps have not happened yet and are left out.
 */
export interface SupportHistory {
  channel: string;
  externalId: string;
  steps: HandlingStep[];
}

const HOUR = 3_600_000;
/** Median hours to a first reply by channel: chats are answered in minutes, reviews in a day. */
const FIRST_REPLY_HOURS: Record<string, number> = {
  chat: 0.3,
  ai_chat: 0.5,
  email: 5,
  social_dm: 3,
  social_comment: 8,
  review: 20,
  refund_reason: 8,
  return_reason: 8,
  dispute: 10,
  chargeback: 10,
  survey: 30,
};
const PUBLIC_CHANNELS = new Set(['review', 'social_comment']);

const REPLIES = {
  en: [
    'Thanks for letting us know. We are looking into it now and will write again once we know more.',
    'Sorry about this. We have checked your order and sent the next steps to the address on your account.',
    'Thank you for the details. A colleague from the right team has your case and will follow up.',
  ],
  pt: [
    'Obrigado pelo aviso. Já estamos verificando e voltamos a falar assim que tivermos novidades.',
    'Sentimos muito. Verificamos o seu pedido e enviamos os próximos passos para o e-mail da sua conta.',
  ],
  public:
    'Thank you for taking the time to write this. We are sorry it was not what you hoped for; our support team will reach out through your order to make it right.',
};

const FOLLOW_UP = {
  en: 'A quick update: the replacement is on its way and the tracking link is in your account.',
  pt: 'Uma atualização: a solução já foi encaminhada e os detalhes estão na sua conta.',
};

/** Lognormal around a median (in hours), with the spread real queues show. */
const hours = (rng: Rng, median: number, sigma = 1) =>
  median * Math.exp(sigma * Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng()));

export function planSupportHistory(signals: readonly SignalInput[], seed: number, until: Date): SupportHistory[] {
  const rng = mulberry32(hashLabel(`support-history:${seed}`));
  const end = until.getTime();
  const out: SupportHistory[] = [];
  for (const s of signals) {
    const received = Date.parse(s.receivedAt);
    const steps: HandlingStep[] = [];
    // About 3 in 100 are never answered (lost in a queue); the rest get a reply after a channel-typical wait.
    if (rng() >= 0.03) {
      const isPublic = PUBLIC_CHANNELS.has(s.channel);
      const replyAt = received + hours(rng, FIRST_REPLY_HOURS[s.channel] ?? 6) * HOUR;
      const pool = s.language === 'pt' ? REPLIES.pt : REPLIES.en;
      steps.push({
        at: new Date(replyAt),
        reply: { text: isPublic ? REPLIES.public : pool[Math.floor(rng() * pool.length)]!, public: isPublic },
      });
      // Most cases close within a few days of the first reply; one in twenty of those comes back.
      if (rng() < 0.92) {
        const resolvedAt = replyAt + hours(rng, 12) * HOUR;
        // About a third need a second message before they close (first-contact resolution near 65%).
        if (rng() < 0.35)
          steps.push({
            at: new Date(replyAt + (resolvedAt - replyAt) * (0.3 + 0.5 * rng())),
            reply: { text: FOLLOW_UP[s.language === 'pt' ? 'pt' : 'en'], public: false },
          });
        steps.push({ at: new Date(resolvedAt), status: 'resolved' });
        if (rng() < 0.05) {
          const reopenedAt = resolvedAt + (24 + rng() * 72) * HOUR;
          steps.push(
            { at: new Date(reopenedAt), status: 'reopened' },
            { at: new Date(reopenedAt + hours(rng, 10) * HOUR), status: 'resolved' },
          );
        }
      }
    }
    const happened = steps.filter((x) => x.at.getTime() <= end);
    if (happened.length) out.push({ channel: s.channel, externalId: s.externalId, steps: happened });
  }
  return out;
}
