// Importing while the server runs: the upload routes (POST /api/imports, /preview, the reject file)
// over a real HTTP listener, and `writeback import --server URL` talking to it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportJob, ImportPreview } from '../../contracts/imports.js';
import { buildTestApp } from '../test/http.js';
import { importThroughServer, serverToken } from './import-remote.js';
import { addUser, createToken } from '../modules/people/index.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
let server: ReturnType<typeof serve>;
let url: string;
let dir: string;

const CSV =
  'Id,Message,Date,Email,Order Status\n' +
  'u1,"The lid cracked",2026-11-02 10:15:30 +0100,a@example.com,paid\n' +
  'u2,"Arrived late","Mon, 02 Nov 2026 10:15:30 +0100",b@example.com,paid\n' +
  'u3,"Wrong colour",2026-11-03T08:00:00Z,c@example.com,paid\n' +
  'u4,"",2026-11-03T09:00:00Z,d@example.com,paid\n' +
  'u5,"Too small",2026-11-04,e@example.com,paid\n';
const QUERY = 'kind=signals&name=upload.csv&map=Id%3DexternalId%2CMessage%3Dtext%2CDate%3DreceivedAt&set=channel%3Demail';

const upload = (p: string, body: string, type = 'application/octet-stream') =>
  fetch(`${url}${p}`, { method: 'POST', headers: { 'content-type': type }, body });
const count = async () => (await t.call('GET', '/api/signals?limit=500')).body.items.length as number;

beforeAll(async () => {
  t = await buildTestApp();
  server = serve({ fetch: t.app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((r) => (server.listening ? r() : server.once('listening', () => r())));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-remote-'));
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await t.close();
});

describe('import while the server runs', () => {
  it('previews the first rows and the rejects without storing anything', async () => {
    const res = await upload(`/api/imports/preview?${QUERY}`, CSV);
    expect(res.status).toBe(200);
    const p = (await res.json()) as ImportPreview;
    expect(p.columns).toEqual(['Id', 'Message', 'Date', 'Email', 'Order Status']);
    expect(p.ignoredColumns.sort()).toEqual(['Email', 'Order Status']);
    expect(p.rows.map((r) => r.row)).toEqual([1, 2, 3, 5]);
    expect(p.rejects).toEqual([{ row: 4, reason: expect.stringMatching(/^text: /) }]);
    expect(await count()).toBe(0);
  });

  it('imports 4 of 5 rows, reports progress to done, and serves the reject file', async () => {
    const res = await upload(`/api/imports?${QUERY}`, CSV);
    expect(res.status).toBe(202);
    let job = (await res.json()) as ImportJob;
    for (let i = 0; i < 100 && job.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = (await (await fetch(`${url}/api/imports/${job.id}`)).json()) as ImportJob;
    }
    expect(job).toMatchObject({ status: 'done', summary: { inserted: 4, rejected: 1, ignoredColumns: ['Email', 'Order Status'] } });
    const rejects = await fetch(`${url}${job.rejectsUrl}`);
    expect(rejects.headers.get('content-type')).toMatch(/ndjson/);
    const lines = (await rejects.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([expect.objectContaining({ row: 4 })]);
    expect(await count()).toBe(4);
  });

  it('writeback import --server sends the file to the running server and brings the rejects back', async () => {
    const file = path.join(dir, 'more.csv');
    fs.writeFileSync(file, CSV.replace(/\bu(\d)/g, 'v$1'));
    const rejects = path.join(dir, 'more.rejects.ndjson');
    const s = await importThroughServer(url, 'signals', file, {
      map: 'Id=externalId,Message=text,Date=receivedAt',
      set: 'channel=email',
      rejects,
    });
    expect(s).toMatchObject({ inserted: 4, rejected: 1, rejectFile: rejects });
    expect(fs.readFileSync(rejects, 'utf8')).toMatch(/"row":4/);
    expect(await count()).toBe(8);
  });

  it('refuses bad options by field name, and a JSON body that is not a file', async () => {
    const bad = await upload('/api/imports?kind=signals&preset=nope', CSV);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/^preset: /);
    const map = await upload('/api/imports?map=broken', CSV);
    expect(((await map.json()) as { error: { message: string } }).error.message).toMatch(/^map: /);
    const date = await upload('/api/imports?dateFormat=QQ', CSV);
    expect(((await date.json()) as { error: { message: string } }).error.message).toMatch(/^dateFormat: /);
    expect((await upload('/api/imports', '{"a":1}', 'application/json')).status).toBe(415);
    expect((await upload('/api/imports?kind=orders&preset=judgeme', CSV)).status).toBe(400);
    await expect(importThroughServer(url, 'signals', path.join(dir, 'missing.csv'), {})).rejects.toThrow(/no such file/);
    expect(await count()).toBe(8);
  });

  // Last: once an account exists the server needs a session or a token on every call.
  it('against a server with accounts, takes a personal token from --token or WRITEBACK_TOKEN', async () => {
    const user = await addUser(t.ctx, { email: 'script@example.test', name: 'Script', role: 'lead', teams: [] }, 'cli');
    const { token } = await createToken(t.ctx, { userId: user.id, actor: 'Script', name: 'cli' });
    const file = path.join(dir, 'tokened.csv');
    fs.writeFileSync(file, CSV.replace(/\bu(\d)/g, 't$1'));
    const opts = { map: 'Id=externalId,Message=text,Date=receivedAt', set: 'channel=email', rejects: path.join(dir, 't.rejects.ndjson') };
    const saved = { token: process.env.WRITEBACK_TOKEN, admin: process.env.WRITEBACK_ADMIN_TOKEN };
    delete process.env.WRITEBACK_TOKEN;
    delete process.env.WRITEBACK_ADMIN_TOKEN;
    try {
      await expect(importThroughServer(url, 'signals', file, opts)).rejects.toThrow(/--token or set WRITEBACK_TOKEN/);
      await expect(importThroughServer(url, 'signals', file, { ...opts, token: 'wb_not-a-real-token' })).rejects.toThrow(
        /refused the token/,
      );
      expect(await importThroughServer(url, 'signals', file, { ...opts, token })).toMatchObject({ inserted: 4, rejected: 1 });
      process.env.WRITEBACK_TOKEN = token;
      fs.writeFileSync(file, CSV.replace(/\bu(\d)/g, 'w$1'));
      expect(await importThroughServer(url, 'signals', file, opts)).toMatchObject({ inserted: 4, rejected: 1 });
    } finally {
      if (saved.token === undefined) delete process.env.WRITEBACK_TOKEN;
      else process.env.WRITEBACK_TOKEN = saved.token;
      if (saved.admin !== undefined) process.env.WRITEBACK_ADMIN_TOKEN = saved.admin;
    }
    expect(serverToken(undefined, { WRITEBACK_TOKEN: 'a', WRITEBACK_ADMIN_TOKEN: 'b' })).toBe('a');
    expect(serverToken('c', { WRITEBACK_TOKEN: 'a' })).toBe('c');
  });
});
