/**
 * Splits an mbox file (RFC 4155) into its messages: each starts with a `From sender date` line
 * (after a blank line, or at the top); body lines quoted as `>From ` (mboxo) or
 * `>>From ` (mboxrd) lose one `>`. LF and CRLF line ends both work.
 */
export function splitMbox(data: Buffer): Buffer[] {
  const text = data.toString('latin1'); // byte-preserving: each message is decoded by its own charset later
  const out: Buffer[] = [];
  const starts: number[] = [];
  // A From_ line names the envelope sender and an asctime date (a time in it): body text that
  // begins with an unquoted "From " (a writer that did not quote it) does not split a message.
  const re = /(^|\n)From \S+ [^\n]*\d{1,2}:\d{2}[^\n]*\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[1]!.length;
    if (at === 0 || text[at - 2] === '\n' || (text[at - 2] === '\r' && text[at - 3] === '\n')) starts.push(at);
  }
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!;
    const headerEnd = text.indexOf('\n', from) + 1;
    const end = i + 1 < starts.length ? starts[i + 1]! : text.length;
    const body = text
      .slice(headerEnd, end)
      .replace(/(\r?\n)+$/, '\n')
      .replace(/^>(>*From )/gm, '$1');
    if (body.trim()) out.push(Buffer.from(body, 'latin1'));
  }
  return out;
}

/** An mbox starts with a `From ` line; an .eml starts with a header field. */
export function looksLikeMbox(data: Buffer): boolean {
  return data.subarray(0, 5).toString('latin1') === 'From ';
}
