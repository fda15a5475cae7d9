import { AwsClient } from 'aws4fetch';
import type { PhotoStore } from './photo-store.js';

const SAFE_NAME = /^[a-f0-9]{32}\.(jpg|webp|mp4|webm|mov)$/;

export interface S3Location {
  /** http(s)://host[:port] of the S3-compatible service. */
  endpoint: string;
  bucket: string;
  /** Folder inside the bucket, without slashes at the ends; may be empty. */
  prefix: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * WRITEBACK_STORAGE_URL, as `https://ACCESS_KEY:SECRET@host[:port]/BUCKET[/prefix][?region=…]`
 * (`s3://` means https; `http://` only for a service on a trusted network). Keys and secret are
 * URL-encoded; without them in the URL, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are used.
 * Path-style addresses, so any S3-compatible service works (MinIO, Garage, R2, B2, AWS).
 */
export function parseStorageUrl(raw: string, env: Record<string, string | undefined> = process.env): S3Location {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new Error('WRITEBACK_STORAGE_URL: not a URL; use https://KEY:SECRET@host/bucket');
  }
  if (!['s3:', 'https:', 'http:'].includes(u.protocol))
    throw new Error('WRITEBACK_STORAGE_URL: must start with s3://, https:// or http://');
  const [bucket, ...rest] = u.pathname.split('/').filter(Boolean);
  if (!bucket) throw new Error('WRITEBACK_STORAGE_URL: names no bucket (https://KEY:SECRET@host/bucket)');
  const accessKeyId = decodeURIComponent(u.username) || env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = decodeURIComponent(u.password) || env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey)
    throw new Error('WRITEBACK_STORAGE_URL: no access key and secret (in the URL, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)');
  return {
    endpoint: `${u.protocol === 'http:' ? 'http' : 'https'}://${u.host}`,
    bucket,
    prefix: rest.join('/'),
    region: u.searchParams.get('region') ?? env.AWS_REGION ?? 'us-east-1',
    accessKeyId,
    secretAccessKey,
  };
}

/**
 * Complaint photos in an S3-compatible bucket: PUT, GET and DELETE signed with AWS Signature
 * Version 4 (aws4fetch). Objects are private; the server reads them back and serves them under its
 * own rules (staff, or the complaint's link holder), never by a public bucket address.
 */
export function s3PhotoStore(loc: S3Location, fetchImpl: typeof fetch = fetch): PhotoStore {
  const client = new AwsClient({ accessKeyId: loc.accessKeyId, secretAccessKey: loc.secretAccessKey, service: 's3', region: loc.region });
  const url = (name: string) => {
    if (!SAFE_NAME.test(name)) throw new Error('not a stored photo name');
    const key = [loc.prefix, name.slice(0, 2), name].filter(Boolean).join('/');
    return `${loc.endpoint}/${encodeURIComponent(loc.bucket)}/${key}`;
  };
  const send = async (method: string, name: string, body?: Buffer) => {
    const req = await client.sign(url(name), {
      method,
      body: body ? new Uint8Array(body) : undefined,
      headers: body ? { 'content-type': 'application/octet-stream' } : {},
    });
    return fetchImpl(req);
  };
  const fail = async (what: string, res: Response) => {
    const text = (await res.text().catch(() => '')).slice(0, 300);
    const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1];
    return new Error(`storage: ${what} answered ${res.status}${code ? ` ${code}` : ''}`);
  };
  return {
    async put(name, bytes) {
      const res = await send('PUT', name, bytes);
      if (!res.ok) throw await fail('PUT', res);
      await res.arrayBuffer();
    },
    async get(name) {
      if (!SAFE_NAME.test(name)) return null;
      const res = await send('GET', name);
      if (res.status === 404) {
        await res.arrayBuffer();
        return null;
      }
      if (!res.ok) throw await fail('GET', res);
      return Buffer.from(await res.arrayBuffer());
    },
    async remove(name) {
      const res = await send('DELETE', name);
      if (!res.ok && res.status !== 404) throw await fail('DELETE', res);
      await res.arrayBuffer();
    },
  };
}
