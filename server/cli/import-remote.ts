import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ImportJob } from '../../contracts/imports.js';
import type { ImportKind, ImportSummary } from '../modules/signals/index.js';

interface RemoteFlags {
  format?: string;
  map?: string;
  set?: string;
  preset?: string;
  'date-format'?: string;
  rejects?: string;
  /** A personal API token (POST /api/tokens); else WRITEBACK_TOKEN, else WRITEBACK_ADMIN_TOKEN. */
  token?: string;
}

/** The bearer token a command against a server sends: --token, else WRITEBACK_TOKEN, else WRITEBACK_ADMIN_TOKEN. */
export function serverToken(flag: string | undefined, env: Record<string, string | undefined> = process.env): string | undefined {
  return flag || env.WRITEBACK_TOKEN || env.WRITEBACK_ADMIN_TOKEN || undefined;
}

/**
 * `writeback import --server URL`: the running server holds the data folder, so the file goes to
 * it (POST /api/imports, the page's own route) and the same pipeline imports it there. The
 * refused rows come back into a local reject file, as a local import writes them.
 */
export async function importThroughServer(
  server: string,
  kind: ImportKind,
  file: string,
  flags: RemoteFlags,
  bar?: { update(fraction: number, note: string): void },
): Promise<ImportSummary> {
  if (!fs.existsSync(file)) throw new Error(`${file}: no such file`);
  let base: URL;
  try {
    base = new URL(server);
  } catch {
    throw new Error(`--server must be a URL like http://127.0.0.1:8080, not "${server}"`);
  }
  const url = new URL('/api/imports', base);
  const params: Record<string, string | undefined> = {
    kind,
    name: path.basename(file),
    format: flags.format,
    map: flags.map,
    set: flags.set,
    preset: flags.preset,
    dateFormat: flags['date-format'],
    wait: 'true',
  };
  for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, v);
  const token = serverToken(flags.token);
  const size = fs.statSync(file).size;
  let sent = 0;
  const body = fs.createReadStream(file);
  body.on('data', (c) => {
    sent += c.length;
    bar?.update(size === 0 ? 1 : sent / size, `${sent} of ${size} bytes sent`);
  });
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: Readable.toWeb(body) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  const answer = (await res.json().catch(() => null)) as (ImportJob & { error?: unknown }) | null;
  if (res.status === 401)
    throw new Error(
      token
        ? 'the server refused the token (revoked, expired or mistyped): make a new one on the My account page (/account)'
        : 'the server needs a token: pass --token or set WRITEBACK_TOKEN to a personal API token (made on the My account page, /account)',
    );
  if (!res.ok || !answer || !('status' in answer)) {
    const message = (answer?.error as { message?: string } | undefined)?.message ?? `HTTP ${res.status}`;
    throw new Error(`the server refused the import: ${message}`);
  }
  if (answer.status === 'failed' || !answer.summary) throw new Error(answer.error ?? 'the import failed');
  let rejectFile: string | null = null;
  if (answer.rejectsUrl) {
    const r = await fetch(new URL(answer.rejectsUrl, base), { headers: token ? { authorization: `Bearer ${token}` } : {} });
    rejectFile = path.resolve(flags.rejects ?? `${path.basename(file).replace(/\.[^.]+$/, '')}.${kind}.rejects.ndjson`);
    fs.writeFileSync(rejectFile, Buffer.from(await r.arrayBuffer()));
  }
  return { ...answer.summary, rejectFile };
}
