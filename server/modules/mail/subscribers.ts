import { subscribe } from '../../platform/events.js';
import { queueEmailReply } from './queue-reply.js';

/** Mail's part of the composition root: a private reply to an email signal is queued for SMTP in the reply's transaction. */
export function registerMailSubscribers(): void {
  subscribe('signal.replied', 'mail.queue-reply', queueEmailReply);
}
