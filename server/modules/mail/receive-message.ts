import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/clock.js';
import type { SignalInput } from '../../../contracts/signal.js';
import { ingestSignals } from '../signals/index.js';
import { parseMessage, type ParsedMessage } from './parse-message.js';
import { storeAttachment } from './attachment-store.js';
import { insertAttachments, insertMessage, signalsOfMessageIds, type AttachmentRow } from './mail-repository.js';

export interface MailDeps {
  db: Kysely<DB>;
  clock: Clock;
  /** Folder the attachments are stored in (under the data folder). */
  attachmentsDir: string;
}

export type ReceiveStatus = 'new_thread' | 'follow_up' | 'duplicate';
export interface Received {
  status: ReceiveStatus;
  signalId: number;
  messageId: string;
  problems: string[];
}

const MAX_SIGNAL_TEXT = 100_000;
const DAY = 86_400_000;

/** Text the database stores exactly: no NUL, no lone surrogate. */
function storable(s: string): string {
  const t = s.split(String.fromCharCode(0)).join('');
  return (t as { toWellFormed?: () => string }).toWellFormed?.() ?? t;
}

/** A pseudonymous customer key: the same sender is the same customer, and the address is not the key. */
export function customerKeyOf(address: string): string {
  return `mail:${createHash('sha256').update(address.trim().toLowerCase()).digest('hex').slice(0, 24)}`;
}

function kindOf(contentType: string): 'photo' | 'video' | 'file' {
  if (contentType.startsWith('image/')) return 'photo';
  if (contentType.startsWith('video/')) return 'video';
  return 'file';
}

/**
 * One email in, from IMAP, an .eml/mbox import or the API. A thread is one customer case, so one
 * signal: a message whose In-Reply-To or References names a stored message joins that message's
 * signal as a follow-up; any other message starts a signal of its own (channel email, external id
 * its Message-ID). The same Message-ID twice is stored once. Attachments are stored under the
 * data folder and linked from the signal; what could not be read is kept with the message.
 */
export async function receiveMessage(deps: MailDeps, raw: Buffer, source: string, extraProblems: string[] = []): Promise<Received> {
  const parsed = await parseMessage(raw);
  parsed.problems.push(...extraProblems);
  return receiveParsed(deps, parsed, source);
}

export async function receiveParsed(deps: MailDeps, parsed: ParsedMessage, source: string): Promise<Received> {
  const known = await signalsOfMessageIds(deps.db, [parsed.messageId]);
  const seen = known.get(parsed.messageId);
  if (seen !== undefined) return { status: 'duplicate', signalId: seen, messageId: parsed.messageId, problems: parsed.problems };

  const problems = [...parsed.problems];
  const now = deps.clock.now();
  let sentAt = parsed.date;
  if (!sentAt || sentAt.getTime() < Date.UTC(2000, 0, 1) || sentAt.getTime() > now.getTime() + DAY) {
    problems.push(
      parsed.date
        ? 'the Date header is outside 2000 to tomorrow; the time it was read is used'
        : 'the Date header is missing; the time it was read is used',
    );
    sentAt = now;
  }
  let text = storable(parsed.text);
  if (text.length > MAX_SIGNAL_TEXT) {
    problems.push(`the text is ${text.length} characters; the first ${MAX_SIGNAL_TEXT} are kept`);
    text = text.slice(0, MAX_SIGNAL_TEXT);
  }
  const attachments: AttachmentRow[] = parsed.attachments.map((a) => ({
    filename: a.filename ? storable(a.filename) : null,
    contentType: a.contentType,
    size: a.size,
    sha256: a.content ? storeAttachment(deps.attachmentsDir, a.content) : null,
    reason: a.reason,
  }));
  const subject = parsed.subject ? storable(parsed.subject) : null;

  const threadIds = [...parsed.references, ...(parsed.inReplyTo ? [parsed.inReplyTo] : [])];
  const thread = await signalsOfMessageIds(deps.db, threadIds);
  // The nearest known ancestor: In-Reply-To first, then References from the newest back.
  const parent = [...threadIds].reverse().find((id) => thread.has(id));
  let signalId: number;
  let status: ReceiveStatus;
  if (parent) {
    signalId = thread.get(parent)!;
    status = 'follow_up';
  } else {
    const externalId =
      parsed.messageId.length <= 200 ? parsed.messageId : `sha256:${createHash('sha256').update(parsed.messageId).digest('hex')}`;
    const input: SignalInput = {
      channel: 'email',
      externalId,
      receivedAt: sentAt.toISOString(),
      text: text.trim() || (attachments.length ? `(no text; ${attachments.length} attachment(s))` : '(no readable text)'),
      title: subject,
      customerId: parsed.fromAddress ? customerKeyOf(parsed.fromAddress) : null,
      public: false,
      handledBy: 'human',
      attachments: attachments
        .filter((a) => a.sha256)
        .slice(0, 50)
        .map((a) => ({ kind: kindOf(a.contentType), url: `/api/mail/attachments/${a.sha256}` })),
    };
    const [r] = await ingestSignals(deps, [input], { actor: 'mail', source: `mail:${source}` });
    signalId = r!.id;
    status = 'new_thread';
  }
  const stored = await deps.db.transaction().execute(async (tx) => {
    const id = await insertMessage(tx, {
      messageId: parsed.messageId,
      signalId,
      direction: 'in',
      fromAddress: parsed.fromAddress,
      toAddress: parsed.toAddress ? storable(parsed.toAddress) : null,
      subject,
      sentAt,
      inReplyTo: parsed.inReplyTo,
      refs: parsed.references,
      text,
      problems,
      source,
    });
    if (id !== null) await insertAttachments(tx, id, attachments);
    return id;
  });
  if (stored === null) status = 'duplicate'; // another process stored it between our look and our write
  return { status, signalId, messageId: parsed.messageId, problems };
}
