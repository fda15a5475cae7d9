import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../platform/config.js';
import { parseImapUrl, parseSmtpUrl, redact } from './mail-url.js';

describe('mail URLs', () => {
  it('reads host, port, TLS, user, password and mailbox; the label has no password', () => {
    const s = parseImapUrl('imaps://support%40shop.example:p%40ss@imap.example.com/Support%20Inbox');
    expect(s).toMatchObject({
      host: 'imap.example.com',
      port: 993,
      secure: true,
      user: 'support@shop.example',
      pass: 'p@ss',
      mailbox: 'Support Inbox',
    });
    expect(s.label).not.toContain('p@ss');
    expect(parseImapUrl('imap://u:p@127.0.0.1:1143').mailbox).toBe('INBOX');
  });

  it('takes from= off the SMTP URL and defaults it to the user when that is an address', () => {
    expect(parseSmtpUrl('smtps://a%40shop.example:pw@smtp.example.com:465')).toMatchObject({
      from: 'a@shop.example',
      url: 'smtps://a%40shop.example:pw@smtp.example.com:465',
    });
    const s = parseSmtpUrl('smtp://u:pw@smtp.example.com:587?from=support@shop.example');
    expect(s.from).toBe('support@shop.example');
    expect(s.url).not.toContain('from=');
    expect(() => parseSmtpUrl('smtp://u:pw@h?from=not-an-address')).toThrow(/from= must be an email address/);
  });

  it('a bad URL is refused without repeating it (it carries a password), at start and in the reasons', () => {
    for (const [k, v] of <[string, string][]>[
      ['WRITEBACK_IMAP_URL', 'https://shop:Hunter2-Secret@imap.example.com/INBOX'],
      ['WRITEBACK_SMTP_URL', 'ftp://shop:Hunter2-Secret@smtp.example.com'],
    ]) {
      let err: unknown;
      try {
        loadConfig({ [k]: v });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toContain(k!);
      expect((err as Error).message).not.toContain('Hunter2-Secret');
    }
    expect(() => parseImapUrl('https://shop:Hunter2-Secret@x/INBOX')).toThrow(/imap:\/\/ or imaps:\/\//);
    expect(redact('login failed for smtps://shop:Hunter2-Secret@smtp.example.com (Hunter2-Secret)', ['Hunter2-Secret'])).not.toContain(
      'Hunter2',
    );
    expect(loadConfig({ WRITEBACK_IMAP_URL: 'imaps://u:p@imap.example.com/INBOX' }).imapUrl).toBe('imaps://u:p@imap.example.com/INBOX');
  });
});
