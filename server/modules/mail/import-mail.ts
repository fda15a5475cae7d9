import { AppError } from '../../platform/errors.js';
import { looksLikeMbox, splitMbox } from './split-mbox.js';
import { receiveMessage, type MailDeps } from './receive-message.js';
import type { MailImportSummary } from '../../../contracts/mail.js';

export type MailFormat = 'eml' | 'mbox';

/**
 * Imports one .eml message or an mbox file of many, in file order (a thread's first message
 * before its answers, as mail programs write them). Each message goes through the same intake as
 * the mailbox's; the summary names every message that was read only in part, and why.
 */
export async function importMail(deps: MailDeps, data: Buffer, format?: MailFormat, source = 'import'): Promise<MailImportSummary> {
  const fmt = format ?? (looksLikeMbox(data) ? 'mbox' : 'eml');
  const messages = fmt === 'mbox' ? splitMbox(data) : [data];
  if (messages.length === 0 || (fmt === 'eml' && !/^[\x21-\x39\x3b-\x7e]+:/.test(data.subarray(0, 200).toString('latin1'))))
    throw new AppError(
      'invalid_input',
      `body: not ${fmt === 'mbox' ? 'an mbox file (no "From " line)' : 'an RFC 5322 message (no header fields)'}`,
      [
        {
          path: 'body',
          message:
            fmt === 'mbox'
              ? 'no message found (an mbox starts each message with a "From " line)'
              : 'not an email message: it has no header fields',
        },
      ],
    );
  const summary: MailImportSummary = { read: 0, newThreads: 0, followUps: 0, duplicates: 0, signalIds: [], partial: [] };
  for (const raw of messages) {
    const r = await receiveMessage(deps, raw, source);
    summary.read++;
    if (r.status === 'new_thread') summary.newThreads++;
    else if (r.status === 'follow_up') summary.followUps++;
    else summary.duplicates++;
    if (!summary.signalIds.includes(r.signalId)) summary.signalIds.push(r.signalId);
    if (r.problems.length && r.status !== 'duplicate')
      summary.partial.push({ messageId: r.messageId, signalId: r.signalId, problems: r.problems });
  }
  return summary;
}
