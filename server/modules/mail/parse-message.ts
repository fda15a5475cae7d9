import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { simpleParser, type ParsedMail } from 'mailparser';
import { stripQuotedAndSignature } from './strip-quoted.js';

/** The largest attachment kept (a common provider limit); a larger one is listed with the reason, not stored. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export interface ParsedAttachment {
  filename: string | null;
  contentType: string;
  size: number;
  /** Null when not kept; `reason` says why. */
  content: Buffer | null;
  reason: string | null;
}

export interface ParsedMessage {
  /** With angle brackets, as in the header; a hash of the raw bytes when the message has none. */
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  fromAddress: string | null;
  toAddress: string | null;
  subject: string | null;
  date: Date | null;
  /** What the customer wrote in this message: quoted history and signature taken off. */
  text: string;
  attachments: ParsedAttachment[];
  /** What could not be read, in words for the person handling the signal. */
  problems: string[];
  /** False when the bytes do not start with a header field at all (not an RFC 5322 message). */
  hasHeaders: boolean;
}

const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]+:/;

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

function ids(v: string | string[] | undefined): string[] {
  const all = Array.isArray(v) ? v : v ? [v] : [];
  return all.flatMap((s) => s.match(/<[^<>\s]+>/g) ?? []).slice(0, 100);
}

/** Charsets the message declares (in parts' Content-Type and in encoded words) that no decoder here knows. */
function unknownCharsets(raw: string): string[] {
  const names = new Set<string>();
  for (const m of raw.matchAll(/charset\s*=\s*"?([A-Za-z0-9_\-.:+]{1,40})/gi)) names.add(m[1]!.toLowerCase());
  for (const m of raw.matchAll(/=\?([A-Za-z0-9_\-.:+]{1,40})(?:\*[A-Za-z-]+)?\?[bqBQ]\?/g)) names.add(m[1]!.toLowerCase());
  return [...names].filter((n) => !iconv.encodingExists(n)).slice(0, 5);
}

/** Multipart boundaries declared but never closed (`--boundary--` missing): the structure is cut. */
function unclosedBoundaries(raw: string): string[] {
  const out: string[] = [];
  for (const m of raw.matchAll(/boundary\s*=\s*(?:"([^"\r\n]{1,100})"|([^\s;]{1,100}))/gi)) {
    const b = m[1] ?? m[2]!;
    if (!raw.includes(`--${b}--`)) out.push(b);
  }
  return out;
}

/**
 * Reads one RFC 5322 message (mailparser for MIME, RFC 2047/2231 and charsets) into what intake
 * needs. Never throws on bad input: whatever can be read is returned, and each thing that could
 * not be read is named in `problems` (an attachment too large, a broken MIME structure, a charset
 * nobody here knows, bytes that are not a message at all).
 */
export async function parseMessage(raw: Buffer): Promise<ParsedMessage> {
  const latin = raw.subarray(0, 2 * 1024 * 1024).toString('latin1');
  const hasHeaders = HEADER_LINE.test(latin.split(/\r?\n/, 1)[0] ?? '');
  const problems: string[] = [];
  let mail: ParsedMail | null = null;
  try {
    mail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  } catch (e) {
    problems.push(
      `the message could not be read as MIME (${String((e as Error)?.message ?? e).slice(0, 120)}); its raw text is kept instead`,
    );
  }
  if (!hasHeaders) problems.push('the message has no header fields (not an RFC 5322 message); its raw text is kept as it is');
  for (const b of unclosedBoundaries(latin))
    problems.push(
      `the MIME structure is broken: the multipart boundary "${b.slice(0, 40)}" is never closed; parts were read up to the end of the message`,
    );
  const unknown = unknownCharsets(latin);
  if (unknown.length)
    problems.push(
      `unknown character set ${unknown.map((u) => `"${u}"`).join(', ')}: that text was decoded as best it could be, and some characters may be wrong`,
    );

  let body = mail?.text ?? '';
  if (!mail || !hasHeaders) {
    const text = raw.toString('utf8');
    const split = hasHeaders ? text.search(/\r?\n\r?\n/) : -1;
    body = split >= 0 ? text.slice(split).trim() : text;
  }
  if (body.includes('\uFFFD') && !unknown.length) problems.push('some characters could not be decoded and are shown as �');

  const attachments: ParsedAttachment[] = (mail?.attachments ?? []).map((a) => {
    const filename = a.filename ? a.filename.slice(0, 255) : null;
    const contentType = (a.contentType || 'application/octet-stream').slice(0, 100);
    if (a.size > MAX_ATTACHMENT_BYTES) {
      const reason = `"${filename ?? 'unnamed'}" is ${mb(a.size)}, over the ${mb(MAX_ATTACHMENT_BYTES)} an attachment may have here; it was not stored`;
      problems.push(`attachment ${reason}`);
      return { filename, contentType, size: a.size, content: null, reason };
    }
    return { filename, contentType, size: a.size, content: a.content, reason: null };
  });

  const text = stripQuotedAndSignature(body);
  const headerId = hasHeaders ? mail?.messageId : undefined;
  const messageId =
    headerId && /^<[^<>\s]{1,400}>$/.test(headerId)
      ? headerId
      : `<sha256.${createHash('sha256').update(raw).digest('hex')}@writeback.invalid>`;
  const from = hasHeaders ? mail?.from?.value?.[0]?.address : undefined;
  const to = hasHeaders ? mail?.to : undefined;
  const toText = Array.isArray(to) ? to.map((t) => t.text).join(', ') : to?.text;
  const date = hasHeaders && mail?.date && !Number.isNaN(mail.date.getTime()) ? mail.date : null;
  return {
    messageId,
    inReplyTo: hasHeaders ? (ids(mail?.inReplyTo)[0] ?? null) : null,
    references: hasHeaders ? ids(mail?.references) : [],
    fromAddress: from ? from.toLowerCase().slice(0, 320) : null,
    toAddress: toText ? toText.slice(0, 1000) : null,
    subject: hasHeaders && mail?.subject ? mail.subject.slice(0, 1000) : null,
    date,
    text,
    attachments,
    problems,
    hasHeaders,
  };
}
