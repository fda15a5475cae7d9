// Complaint photos in an S3-compatible bucket, against a real S3 server on loopback (s3rver, from
// npm). s3rver parses each request's SigV4 Authorization header and checks its access key, but does
// not recompute the signature itself: the signing is aws4fetch's, not tested here beyond its form.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { loadConfig } from '../../platform/config.js';
import { buildTestApp } from '../../test/http.js';
import { buildOrder } from '../../test/factories.js';
import { parseStorageUrl, photoStoreFor, s3PhotoStore } from './index.js';

let s3: S3rver;
let endpoint: string;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3rver-'));
  s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: 'complaints', configs: [] }] });
  const { port } = (await s3.run()) as AddressInfo;
  endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await s3?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const url = (key = 'S3RVER', secret = 'S3RVER', bucket = 'complaints/writeback') =>
  `${endpoint.replace('http://', `http://${key}:${secret}@`)}/${bucket}?region=eu-west-1`;
const NAME = `${'ab'.repeat(16)}.jpg`;

describe('WRITEBACK_STORAGE_URL', () => {
  it('reads keys, bucket, folder and region from the URL, or the keys from the AWS variables', () => {
    expect(parseStorageUrl('s3://AK%2F1:se%40cret@s3.example.com/bucket/a/b?region=eu-central-1')).toEqual({
      endpoint: 'https://s3.example.com',
      bucket: 'bucket',
      prefix: 'a/b',
      region: 'eu-central-1',
      accessKeyId: 'AK/1',
      secretAccessKey: 'se@cret',
    });
    expect(parseStorageUrl('https://minio.local:9000/photos', { AWS_ACCESS_KEY_ID: 'k', AWS_SECRET_ACCESS_KEY: 's' })).toMatchObject({
      endpoint: 'https://minio.local:9000',
      prefix: '',
      region: 'us-east-1',
      accessKeyId: 'k',
    });
    expect(() => parseStorageUrl('https://minio.local:9000/photos', {})).toThrow(/no access key and secret/);
    expect(() => parseStorageUrl('https://k:s@minio.local:9000/', {})).toThrow(/names no bucket/);
    expect(() => parseStorageUrl('ftp://k:s@minio.local/photos', {})).toThrow(/must start with/);
    expect(() => loadConfig({ WRITEBACK_STORAGE_URL: 'minio.local/photos' })).toThrow(/WRITEBACK_STORAGE_URL: must be https/);
    expect(loadConfig({ WRITEBACK_STORAGE_URL: 's3://k:s@host/b' }).storageUrl).toBe('s3://k:s@host/b');
  });
});

describe('the S3 photo store', () => {
  it('puts, gets and removes an object under its folder, signed; a missing one is null', async () => {
    const store = photoStoreFor({ storageUrl: url() });
    const bytes = Buffer.from('not really a jpeg, the store does not care');
    await store.put(NAME, bytes);
    expect((await store.get(NAME))?.equals(bytes)).toBe(true);
    // Under the bucket's folder and the name's first two letters, as in the upload folder.
    expect(fs.readdirSync(dir, { recursive: true }).some((f) => String(f).includes(path.join('writeback', 'ab')))).toBe(true);
    await store.remove(NAME);
    expect(await store.get(NAME)).toBeNull();
    expect(await store.get('../../etc/passwd')).toBeNull();
  });

  it('fails loudly with an unknown key or a missing bucket, naming the S3 error', async () => {
    const wrong = s3PhotoStore(parseStorageUrl(url('NOT-A-KEY', 'S3RVER')));
    await expect(wrong.put(NAME, Buffer.from('x'))).rejects.toThrow(/storage: PUT answered 403 InvalidAccessKeyId/);
    await expect(wrong.get(NAME)).rejects.toThrow(/storage: GET answered 403 InvalidAccessKeyId/);
    const nowhere = s3PhotoStore(parseStorageUrl(url('S3RVER', 'S3RVER', 'no-such-bucket')));
    await expect(nowhere.put(NAME, Buffer.from('x'))).rejects.toThrow(/storage: PUT answered 404 NoSuchBucket/);
  });

  it('serves a complaint photo stored in the bucket to its link holder, stripped, and to staff', async () => {
    const t = await buildTestApp();
    try {
      const store = photoStoreFor({ storageUrl: url() });
      const app = createApp(t.ctx, { photoStore: store });
      const o = buildOrder({ orderId: 'S3-1', customerEmail: 'rui@example.com', lines: [{ sku: 'BAG-1', qty: 1, price: 10 }] });
      expect((await t.call('POST', '/api/orders', o)).status).toBe(201);
      const f = new FormData();
      for (const [k, v] of Object.entries({
        orderNumber: 'S3-1',
        email: 'rui@example.com',
        items: 'BAG-1',
        problem: 'arrived_damaged',
        text: 'Crushed box.',
        wants: 'refund',
      }))
        f.append(k, v);
      const photo = await sharp({ create: { width: 300, height: 200, channels: 3, background: 'navy' } })
        .jpeg()
        .withExif({ IFD0: { Make: 'TestCam' } })
        .toBuffer();
      f.append('photos[]', new Blob([new Uint8Array(photo)]), 'box.jpg');
      const filed = await app.request(
        '/portal/api/complaints',
        { method: 'POST', body: f },
        { incoming: { socket: { remoteAddress: '198.51.100.3' } } },
      );
      expect(filed.status).toBe(201);
      const token = ((await filed.json()) as { statusUrl: string }).statusUrl.split('/').pop();
      const status = (await (await app.request(`/portal/api/status/${token}`)).json()) as { photos: { url: string }[] };
      const served = await app.request(status.photos[0]!.url);
      expect(served.status).toBe(200);
      const bytes = Buffer.from(await served.arrayBuffer());
      expect(bytes.includes(Buffer.from('TestCam'))).toBe(false);
      const name = status.photos[0]!.url.split('/').pop()!;
      // The bytes came from the bucket, not a folder: they are there under their name.
      expect((await store.get(name))?.equals(bytes)).toBe(true);
      expect((await app.request(`/api/portal/photos/${name}`)).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
