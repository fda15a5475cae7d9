// Public face of the mail module: email in (IMAP polling with IDLE, .eml/mbox import), one signal
// per thread, and replies out over SMTP from a delivery queue.
export { parseMessage, MAX_ATTACHMENT_BYTES, type ParsedMessage } from './parse-message.js';
export { splitMbox } from './split-mbox.js';
export { receiveMessage, customerKeyOf, type MailDeps, type Received } from './receive-message.js';
export { importMail, type MailFormat } from './import-mail.js';
export { pollMailbox, watchMailbox, type PollReport } from './poll-mailbox.js';
export { sendDueMail, backoffMs, MAX_ATTEMPTS, type SendReport } from './send-mail.js';
export { readThread } from './read-thread.js';
export { parseImapUrl, parseSmtpUrl, MailUrlError, redact, type ImapSettings, type SmtpSettings } from './mail-url.js';
export { smtpTransport } from './smtp-transport.js';
export { mailRoutes } from './http.js';
export { registerMailSubscribers } from './subscribers.js';
export { eraseMail } from './erase-mail.js';
export { attachmentRemover } from './attachment-store.js';
