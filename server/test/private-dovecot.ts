// A private IMAP server for the mail tests: Debian's dovecot (`apt-get install dovecot-imapd`,
// which .ci/run does), run in the foreground from a config written into a temporary folder, on a
// free loopback port, with one user and a password file of its own. No system service is used or
// touched. As root the mailbox files belong to the `mail` user (dovecot refuses uid 0 for mail).
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';

const DOVECOT = '/usr/sbin/dovecot';

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise((r) => srv.close(r));
  return port;
}

export interface PrivateDovecot {
  port: number;
  user: string;
  password: string;
  /** imap://user:password@127.0.0.1:port/INBOX */
  url: string;
  stop(): Promise<void>;
}

async function waitForGreeting(port: number, deadline: number, log: () => string): Promise<void> {
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1');
      s.once('data', (d) => {
        s.destroy();
        resolve(d.toString().startsWith('* OK'));
      });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`dovecot did not answer on 127.0.0.1:${port}:\n${log()}`);
}

export async function startPrivateDovecot(): Promise<PrivateDovecot> {
  if (!fs.existsSync(DOVECOT)) throw new Error('dovecot is not installed: apt-get install -y dovecot-imapd (.ci/run does it)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-dovecot-'));
  fs.chmodSync(dir, 0o755);
  const port = await freePort();
  const user = 'shop';
  const password = 'imap-test-secret';
  const asRoot = process.getuid?.() === 0;
  const mailUid = asRoot ? 8 : process.getuid!();
  const mailGid = asRoot ? 8 : process.getgid!();
  const me = os.userInfo().username;
  const mailDir = path.join(dir, 'mail');
  fs.mkdirSync(mailDir);
  if (asRoot) fs.chownSync(mailDir, mailUid, mailGid);
  fs.writeFileSync(path.join(dir, 'users'), `${user}:{PLAIN}${password}::::::\n`);
  const logFile = path.join(dir, 'dovecot.log');
  const conf = path.join(dir, 'dovecot.conf');
  fs.writeFileSync(
    conf,
    [
      `base_dir = ${dir}/run`,
      `state_dir = ${dir}/state`,
      `log_path = ${logFile}`,
      `info_log_path = ${logFile}`,
      'protocols = imap',
      'listen = 127.0.0.1',
      'ssl = no',
      'disable_plaintext_auth = no',
      'auth_mechanisms = plain login',
      `mail_location = maildir:${mailDir}/%u`,
      'first_valid_uid = 1',
      'first_valid_gid = 1',
      ...(asRoot
        ? []
        : [`default_internal_user = ${me}`, `default_login_user = ${me}`, `default_internal_group = ${os.userInfo().username}`]),
      'passdb {',
      '  driver = passwd-file',
      `  args = scheme=PLAIN username_format=%u ${dir}/users`,
      '}',
      'userdb {',
      '  driver = static',
      `  args = uid=${mailUid} gid=${mailGid} home=${mailDir}/%u`,
      '}',
      'service imap-login {',
      '  inet_listener imap {',
      '    address = 127.0.0.1',
      `    port = ${port}`,
      '  }',
      '  inet_listener imaps {',
      '    port = 0',
      '  }',
      '}',
      'service pop3-login {',
      '  inet_listener pop3 {',
      '    port = 0',
      '  }',
      '}',
      'service stats {',
      '  unix_listener stats-writer {',
      '    mode = 0666',
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(DOVECOT, ['-F', '-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const log = () => `${out}\n${fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : ''}`;
  try {
    await waitForGreeting(port, Date.now() + 15_000, log);
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
  return {
    port,
    user,
    password,
    url: `imap://${user}:${password}@127.0.0.1:${port}/INBOX`,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      try {
        fs.rmSync(dir, { recursive: true, force: true });
      } catch {
        if (asRoot) execFileSync('rm', ['-rf', dir]);
      }
    },
  };
}
