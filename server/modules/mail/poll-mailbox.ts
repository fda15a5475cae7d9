import { ImapFlow } from 'imapflow';
import type { Logger } from '../../platform/logger.js';
import { readCursor, writeCursor } from './mail-repository.js';
import { receiveMessage, type MailDeps } from './receive-message.js';
import { redact, type ImapSettings } from './mail-url.js';

/** A message larger than this is read by its header only (the signal says so). */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

export interface PollReport {
  read: number;
  newThreads: number;
  followUps: number;
  duplicates: number;
}

function client(imap: ImapSettings, opts: { autoIdleDelay?: number } = {}): ImapFlow {
  return new ImapFlow({
    ...opts,
    host: imap.host,
    port: imap.port,
    secure: imap.secure,
    auth: { user: imap.user, pass: imap.pass },
    logger: false,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
}

/**
 * Reads what is new in the mailbox since the last poll (UIDs above the stored cursor, within one
 * UIDVALIDITY; a new UIDVALIDITY reads the mailbox again, and Message-IDs keep that from storing
 * anything twice). The mailbox is opened read-only: Writeback changes nothing in it. The cursor
 * moves after each message is stored, so a crash re-reads at most one message.
 */
export async function pollMailbox(deps: MailDeps & { logger?: Logger }, imap: ImapSettings): Promise<PollReport> {
  const report: PollReport = { read: 0, newThreads: 0, followUps: 0, duplicates: 0 };
  const c = client(imap);
  c.on('error', () => {}); // surfaced by the awaited calls below
  await c.connect();
  try {
    const box = await c.mailboxOpen(imap.mailbox, { readOnly: true });
    const validity = String(box.uidValidity);
    const cursor = await readCursor(deps.db, imap.label);
    const start = cursor && cursor.uid_validity === validity ? cursor.last_uid + 1 : 1;
    if (box.exists === 0) return report;
    const due: { uid: number; size: number }[] = [];
    for await (const m of c.fetch(`${start}:*`, { uid: true, size: true }, { uid: true }))
      if (m.uid >= start) due.push({ uid: m.uid, size: m.size ?? 0 });
    due.sort((a, b) => a.uid - b.uid);
    for (const { uid, size } of due) {
      let raw: Buffer | undefined;
      const extra: string[] = [];
      if (size > MAX_MESSAGE_BYTES) {
        const m = await c.fetchOne(String(uid), { headers: true }, { uid: true });
        const headers = m === false ? undefined : m.headers;
        raw = headers ? Buffer.concat([headers, Buffer.from('\r\n')]) : undefined;
        extra.push(
          `the message is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_MESSAGE_BYTES / 1048576} MB read here; only its header was read`,
        );
      } else {
        const m = await c.fetchOne(String(uid), { source: true }, { uid: true });
        raw = m ? m.source : undefined;
      }
      if (raw) {
        const r = await receiveMessage(deps, raw, 'imap', extra);
        report.read++;
        if (r.status === 'new_thread') report.newThreads++;
        else if (r.status === 'follow_up') report.followUps++;
        else report.duplicates++;
      }
      await writeCursor(deps.db, imap.label, validity, uid);
    }
  } finally {
    await c.logout().catch(() => c.close());
  }
  return report;
}

/**
 * Keeps a connection open on the mailbox and calls `onNew` when the server says a message
 * arrived: imapflow waits in IDLE where the server has it (and polls with NOOP where not).
 * Reconnects after a drop, waiting longer each time (up to 5 minutes). Returns stop().
 */
export function watchMailbox(imap: ImapSettings, onNew: () => void, logger?: Logger): () => Promise<void> {
  let stopped = false;
  let current: ImapFlow | undefined;
  let wait = 5_000;
  let timer: NodeJS.Timeout | undefined;
  const run = async () => {
    if (stopped) return;
    // IDLE as soon as the mailbox is open (imapflow's default waits 15 s of quiet first).
    const c = client(imap, { autoIdleDelay: 500 });
    current = c;
    c.on('error', () => {});
    c.on('exists', () => onNew());
    c.on('close', () => {
      if (stopped) return;
      timer = setTimeout(() => void run(), wait);
      timer.unref();
      wait = Math.min(wait * 2, 300_000);
    });
    try {
      await c.connect();
      await c.mailboxOpen(imap.mailbox, { readOnly: true });
      wait = 5_000;
    } catch (e) {
      logger?.warn('mailbox watch failed', { mailbox: imap.label, error: redact(String((e as Error)?.message ?? e), [imap.pass]) });
      c.close();
    }
  };
  void run();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await current?.logout().catch(() => current?.close());
  };
}
