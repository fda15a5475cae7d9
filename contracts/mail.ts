// Email in and out: what the mail routes answer.

/** POST /api/mail/import (and `writeback import signals FILE --format eml|mbox --json`). */
export interface MailImportSummary {
  read: number;
  /** Messages that started a signal (a new thread). */
  newThreads: number;
  /** Messages that joined the signal of their thread. */
  followUps: number;
  /** Messages already stored (same Message-ID). */
  duplicates: number;
  signalIds: number[];
  /** Messages read only in part: what could not be read, and why. */
  partial: { messageId: string; signalId: number; problems: string[] }[];
}

export type MailDeliveryStatus = 'queued' | 'retrying' | 'sent' | 'failed';

export interface MailDelivery {
  id: number;
  replyId: number;
  to: string;
  status: MailDeliveryStatus;
  attempts: number;
  /** The last failure's reason (retrying or failed). */
  lastError: string | null;
  sentAt: string | null;
  /** When a queued or retrying delivery is tried next. */
  nextAttemptAt: string | null;
}

export interface MailMessage {
  messageId: string;
  direction: 'in' | 'out';
  from: string | null;
  to: string | null;
  subject: string | null;
  at: string;
  text: string;
  problems: string[];
  attachments: { filename: string | null; contentType: string; size: number; url: string | null; reason: string | null }[];
}

/** GET /api/signals/:id/mail: the email thread behind a signal (empty for other channels) and its reply deliveries. */
export interface MailThread {
  messages: MailMessage[];
  deliveries: MailDelivery[];
}

/** GET /api/mail/status: whether the mailbox and the mail server are set (never their passwords), and the outbox by state. */
export interface MailStatus {
  imap: { set: boolean; mailbox: string | null };
  smtp: { set: boolean; host: string | null; from: string | null };
  outbox: Record<MailDeliveryStatus, number>;
}

/** POST /api/mail/deliveries/:id/retry */
export interface MailDeliveryRetried {
  id: number;
  status: 'queued';
}
