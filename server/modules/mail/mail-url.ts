/** A mailbox or mail server from WRITEBACK_IMAP_URL / WRITEBACK_SMTP_URL. Its password never leaves this object in a message. */
export interface ImapSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  pass: string;
  mailbox: string;
  /** host/user/mailbox without the password: the cursor's key and what logs may name. */
  label: string;
}

export interface SmtpSettings {
  /** nodemailer's connection URL, without our own `from` parameter. */
  url: string;
  from: string;
  host: string;
  pass: string;
}

/** Why a URL is refused, in words that never repeat the URL (it carries a password). */
export class MailUrlError extends Error {}

export function parseImapUrl(value: string): ImapSettings {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new MailUrlError('WRITEBACK_IMAP_URL: is not a URL (imaps://user:password@host/INBOX)');
  }
  if (u.protocol !== 'imap:' && u.protocol !== 'imaps:') throw new MailUrlError('WRITEBACK_IMAP_URL: must start with imap:// or imaps://');
  if (!u.hostname || !u.username) throw new MailUrlError('WRITEBACK_IMAP_URL: needs a user and a host (imaps://user:password@host/INBOX)');
  const secure = u.protocol === 'imaps:';
  const user = decodeURIComponent(u.username);
  const mailbox = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'INBOX';
  return {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: u.port ? Number(u.port) : secure ? 993 : 143,
    secure,
    user,
    pass: decodeURIComponent(u.password),
    mailbox,
    label: `${user}@${u.hostname}/${mailbox}`,
  };
}

export function parseSmtpUrl(value: string): SmtpSettings {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new MailUrlError('WRITEBACK_SMTP_URL: is not a URL (smtps://user:password@host:465?from=support@shop.example)');
  }
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') throw new MailUrlError('WRITEBACK_SMTP_URL: must start with smtp:// or smtps://');
  if (!u.hostname) throw new MailUrlError('WRITEBACK_SMTP_URL: needs a host');
  const user = decodeURIComponent(u.username);
  const from = u.searchParams.get('from') ?? (user.includes('@') ? user : `writeback@${u.hostname}`);
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(from)) throw new MailUrlError('WRITEBACK_SMTP_URL: from= must be an email address');
  u.searchParams.delete('from');
  return { url: u.toString(), from, host: u.hostname, pass: decodeURIComponent(u.password) };
}

/** An error's message with any secret taken out, cut short: what may be stored, shown and logged. */
export function redact(message: string, secrets: string[]): string {
  let m = message;
  for (const s of secrets) if (s && s.length >= 3) m = m.split(s).join('***');
  return m.replace(/\b(smtps?|imaps?):\/\/[^\s]*/gi, '$1://***').slice(0, 300);
}
