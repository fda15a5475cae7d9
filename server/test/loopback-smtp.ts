// A real SMTP server on loopback for the mail tests (nodemailer's smtp-server): it takes what is
// sent, parses each message with mailparser, and can be told to refuse (4xx or 5xx) the next
// recipients, or to require a login.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export interface LoopbackSmtp {
  port: number;
  received: { envelopeTo: string[]; raw: Buffer; mail: ParsedMail }[];
  /** The next RCPT TO answers this code (451 = try later, 550 = refused) until set back to null. */
  refuseWith: { code: number; message: string } | null;
  url(opts?: { user?: string; pass?: string; from?: string }): string;
  stop(): Promise<void>;
}

export async function startLoopbackSmtp(opts: { user?: string; pass?: string } = {}): Promise<LoopbackSmtp> {
  const state: LoopbackSmtp = {
    port: 0,
    received: [],
    refuseWith: null,
    url: () => '',
    stop: async () => {},
  };
  const server = new SMTPServer({
    disabledCommands: opts.user ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !opts.user,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, cb) {
      if (auth.username === opts.user && auth.password === opts.pass) cb(null, { user: auth.username });
      else cb(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(_address, _session, cb) {
      if (state.refuseWith) cb(Object.assign(new Error(state.refuseWith.message), { responseCode: state.refuseWith.code }));
      else cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((mail) => {
            state.received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), raw, mail });
            cb();
          })
          .catch((e) => cb(e));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  state.port = (server.server.address() as AddressInfo).port;
  state.url = (u = {}) => {
    const auth = u.user ? `${encodeURIComponent(u.user)}:${encodeURIComponent(u.pass ?? '')}@` : '';
    return `smtp://${auth}127.0.0.1:${state.port}${u.from ? `?from=${encodeURIComponent(u.from)}` : ''}`;
  };
  state.stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
