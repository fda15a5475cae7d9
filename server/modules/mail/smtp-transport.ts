/**
 * The one way Writeback opens an SMTP connection (replies in a thread, notices, digests): bounded
 * waits so a silent server fails the attempt instead of holding the job, and nodemailer's own
 * logging off, since it would print addresses and message bodies.
 */
import nodemailer from 'nodemailer';
import type { SmtpSettings } from './mail-url.js';

export function smtpTransport(smtp: SmtpSettings) {
  return nodemailer.createTransport(smtp.url, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
    logger: false,
    debug: false,
  } as never);
}
