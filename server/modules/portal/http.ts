import { Hono, type Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { getConnInfo } from '@hono/node-server/conninfo';
import { z } from 'zod';
import {
  complaintInput,
  orderLinkQuery,
  orderLookupInput,
  portalMessageInput,
  portalStepInput,
  satisfactionInput,
  type ComplaintReceipt,
  type PortalOrderItems,
} from '../../../contracts/portal.js';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { doc } from '../../platform/http/openapi.js';
import { parseInput } from '../../platform/http/validate.js';
import { dateQuery } from '../../platform/http/query.js';
import { answerSatisfaction } from './answer-satisfaction.js';
import { portalFigures } from './portal-figures.js';
import { addPhotos } from './add-photos.js';
import { traceComplaint } from './trace-complaint.js';
import { getProducts } from '../products/index.js';
import { complaintVersion, photoByFile } from './complaint-repository.js';
import { fileComplaint, identifyOrder } from './file-complaint.js';
import { orderLinkFor } from './order-link-for.js';
import type { PhotoStore } from './photo-store.js';
import { addMessage, addStep } from './add-to-thread.js';
import { recordReply } from '../replies/index.js';
import { actorName } from '../../platform/actor.js';
import { complaintForReference, complaintForToken, complaintStatus, staffComplaint } from './read-status.js';

const tokenParam = z.object({ token: z.string().max(100) });
const photoParam = z.object({ token: z.string().max(100), file: z.string().max(100) });
const referenceParam = z.object({ reference: z.string().max(40) });
const fileParam = z.object({ file: z.string().max(100) });
const orderParam = z.object({ orderId: z.string().min(1).max(100) });
const figuresQuery = z.object({ from: dateQuery, to: dateQuery });

/** The uploaded files of a multipart form, under `photos[]` or `photos`. */
async function readForm(c: Context): Promise<Record<string, unknown>> {
  try {
    return await c.req.parseBody({ all: true });
  } catch {
    throw new AppError('invalid_input', '(body): not a readable multipart form', [
      { path: '(body)', message: 'not a readable multipart form' },
    ]);
  }
}
const uploadsOf = (form: Record<string, unknown>) =>
  Promise.all(
    [form['photos[]'], form.photos, form.video]
      .flat()
      .filter((f): f is File => f instanceof File)
      .map(async (f) => new Uint8Array(await f.arrayBuffer())),
  );

/** How often an open status page looks for news: a few queries a second at most per page. */
const POLL_MS = 1000;
/** A status page reconnects after this (EventSource does so by itself). */
const STREAM_MS = 10 * 60 * 1000;

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * The caller's address, for the rate limits. Behind a reverse proxy on the same machine (the
 * README's HTTPS setup) every request comes from loopback: then the address the proxy appended
 * last to X-Forwarded-For is the customer's (entries before it are whatever the client sent).
 * A peer that is not loopback is never taken at its word. In-process requests have none.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | undefined): string {
  if (!peer) return 'unknown';
  if (LOOPBACK.test(peer) && forwardedFor) {
    const last = forwardedFor.split(',').pop()!.trim();
    if (last) return last.slice(0, 100);
  }
  return peer;
}

function address(c: Context): string {
  let peer: string | undefined;
  try {
    peer = getConnInfo(c).remote.address;
  } catch {
    /* no socket: an in-process request */
  }
  return clientAddress(peer, c.req.header('x-forwarded-for'));
}

const PHOTO_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  webp: 'image/webp',
  mp4: 'video/mp4',
  webm: 'video/webm',
  mov: 'video/quicktime',
};

async function sendPhoto(c: Context, store: PhotoStore, file: string) {
  const bytes = await store.get(file);
  if (!bytes) throw new AppError('portal_not_found', 'There is no photo at this address.');
  const headers: Record<string, string> = {
    'content-type': PHOTO_TYPES[file.split('.').pop()!] ?? 'application/octet-stream',
    'cache-control': 'private, max-age=3600',
    // Served as what it was checked to be, never sniffed into something else.
    'x-content-type-options': 'nosniff',
    'accept-ranges': 'bytes',
  };
  // Phones' video players ask for parts (Safari plays nothing without them): one range, bytes=a-b.
  const range = /^bytes=(\d*)-(\d*)$/.exec(c.req.header('range') ?? '');
  if (range && (range[1] || range[2])) {
    const size = bytes.length;
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start >= size || start > end) return c.body(null, 416, { ...headers, 'content-range': `bytes */${size}` });
    return c.body(new Uint8Array(bytes.subarray(start, end + 1)), 206, { ...headers, 'content-range': `bytes ${start}-${end}/${size}` });
  }
  return c.body(new Uint8Array(bytes), 200, headers);
}

/** "a,b" or repeated fields → ["a", "b"] */
function list(v: unknown): string[] {
  const values = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return values.flatMap((x) => (typeof x === 'string' ? x.split(',') : [])).filter((s) => s.trim() !== '');
}

/**
 * The customer's doors, public and outside /api: no token, but the same-origin rule for writes
 * (app.ts), rate limits on the order check, and a status token that opens one complaint only.
 */
export function portalPublicRoutes(ctx: AppContext, store: PhotoStore) {
  const app = new Hono();
  app.post(
    '/complaints',
    doc({
      summary:
        'File a complaint (multipart/form-data: orderNumber and email, or link; items, problem, text, wants, language, photos[] with at most one video); answers the reference and the private status link',
      body: complaintInput,
      bodyType: 'multipart/form-data',
      responses: { 201: '{ reference, statusUrl }' },
      errors: [
        'portal_order_mismatch',
        'portal_link_refused',
        'portal_rate_limited',
        'portal_slowed_down',
        'portal_photo_refused',
        'payload_too_large',
        'unsupported_media_type',
      ],
    }),
    async (c) => {
      const form = await readForm(c);
      const fields: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(form)) {
        if (k === 'photos' || k === 'photos[]') continue;
        if (k === 'items' || k === 'items[]') fields.items = [...((fields.items as string[]) ?? []), ...list(v)];
        else fields[k] = Array.isArray(v) ? v[0] : v;
      }
      const input = parseInput(complaintInput, fields);
      const uploads = await uploadsOf(form);
      const filed = await fileComplaint(ctx, store, input, uploads, address(c));
      return c.json({ reference: filed.reference, statusUrl: `/portal/status/${filed.token}` } satisfies ComplaintReceipt, 201);
    },
  );
  app.post(
    '/orders/lookup',
    doc({
      summary:
        "The items of an order the customer can complain about, once the order number and email match (or the signed link from the shop's email is good)",
      body: orderLookupInput,
      errors: ['portal_order_mismatch', 'portal_link_refused', 'portal_rate_limited', 'portal_slowed_down'],
    }),
    async (c) => {
      const input = parseInput(orderLookupInput, await c.req.json().catch(() => null));
      const order = await identifyOrder(ctx, input, address(c));
      const products = new Map((await getProducts(ctx.db, [...new Set(order.lines.map((l) => l.sku))])).map((p) => [p.sku, p]));
      return c.json({
        orderNumber: order.orderId,
        items: order.lines.map((l) => ({ sku: l.sku, title: products.get(l.sku)?.title ?? null, variant: l.variant })),
      } satisfies PortalOrderItems);
    },
  );
  app.get(
    '/status/:token',
    doc({
      summary: "A complaint's status for the holder of its link: steps, thread, photos",
      params: tokenParam,
      errors: ['portal_not_found'],
    }),
    async (c) => {
      const { token } = parseInput(tokenParam, c.req.param());
      const complaint = await complaintForToken(ctx, token);
      return c.json(await complaintStatus(ctx, complaint, (f) => `/portal/api/status/${token}/photos/${f}`));
    },
  );
  app.get(
    '/status/:token/events',
    doc({
      summary: 'Server-sent events: a `status` event with the whole status whenever a step or message is added',
      params: tokenParam,
      responses: { 200: { description: 'text/event-stream', content: ['text/event-stream'] } },
      errors: ['portal_not_found'],
    }),
    async (c) => {
      const { token } = parseInput(tokenParam, c.req.param());
      const complaint = await complaintForToken(ctx, token);
      return streamSSE(c, async (stream) => {
        const until = Date.now() + STREAM_MS;
        let seen = '';
        while (!stream.aborted && Date.now() < until) {
          const version = await complaintVersion(ctx.db, complaint.id);
          if (version !== seen) {
            seen = version;
            const fresh = await complaintForToken(ctx, token);
            const status = await complaintStatus(ctx, fresh, (f) => `/portal/api/status/${token}/photos/${f}`);
            await stream.writeSSE({ event: 'status', data: JSON.stringify(status), id: version });
          }
          await stream.sleep(POLL_MS);
        }
      });
    },
  );
  app.post(
    '/status/:token/messages',
    doc({
      summary: "The customer's answer in the complaint's thread",
      params: tokenParam,
      body: portalMessageInput,
      responses: { 201: 'added' },
      errors: ['portal_not_found'],
    }),
    async (c) => {
      const { token } = parseInput(tokenParam, c.req.param());
      const { text } = parseInput(portalMessageInput, await c.req.json().catch(() => null));
      const complaint = await complaintForToken(ctx, token);
      await addMessage(ctx, complaint, 'customer', text, 'customer');
      return c.json(await complaintStatus(ctx, complaint, (f) => `/portal/api/status/${token}/photos/${f}`), 201);
    },
  );
  app.post(
    '/status/:token/photos',
    doc({
      summary: "More photos for the complaint, from its status page (multipart photos[]); checked and stripped like the form's",
      params: tokenParam,
      responses: { 201: 'the status with the photos added' },
      errors: ['portal_not_found', 'portal_photo_refused', 'payload_too_large', 'unsupported_media_type'],
    }),
    async (c) => {
      const { token } = parseInput(tokenParam, c.req.param());
      const uploads = await uploadsOf(await readForm(c));
      const complaint = await complaintForToken(ctx, token);
      await addPhotos(ctx, store, complaint, uploads);
      return c.json(await complaintStatus(ctx, complaint, (f) => `/portal/api/status/${token}/photos/${f}`), 201);
    },
  );
  app.post(
    '/status/:token/satisfaction',
    doc({
      summary: 'The one satisfaction question a closed complaint asks: a score from 1 to 5 and a comment; answered once',
      params: tokenParam,
      body: satisfactionInput,
      responses: { 201: 'the status with the answer' },
      errors: ['portal_not_found', 'conflict'],
    }),
    async (c) => {
      const { token } = parseInput(tokenParam, c.req.param());
      const { score, comment } = parseInput(satisfactionInput, await c.req.json().catch(() => null));
      const complaint = await complaintForToken(ctx, token);
      await answerSatisfaction(ctx, complaint, score, comment ?? null);
      const fresh = await complaintForToken(ctx, token);
      return c.json(await complaintStatus(ctx, fresh, (f) => `/portal/api/status/${token}/photos/${f}`), 201);
    },
  );
  app.get(
    '/status/:token/photos/:file',
    doc({
      summary: "A photo (or its thumbnail) of this link's complaint, and no other",
      params: photoParam,
      responses: {
        200: { description: 'the image or video', content: ['image/jpeg', 'image/webp', 'video/mp4', 'video/webm', 'video/quicktime'] },
      },
      errors: ['portal_not_found'],
    }),
    async (c) => {
      const { token, file } = parseInput(photoParam, c.req.param());
      const complaint = await complaintForToken(ctx, token);
      const photo = await photoByFile(ctx.db, file);
      if (!photo || photo.complaintId !== complaint.id) throw new AppError('portal_not_found', 'There is no photo at this address.');
      return sendPhoto(c, store, file);
    },
  );
  return app;
}

/** The staff's doors onto complaints, under /api (token and same-origin rules apply). */
export function portalStaffRoutes(ctx: AppContext, store: PhotoStore) {
  const app = new Hono();
  app.get(
    '/complaints/:reference',
    doc({
      summary: 'A portal complaint as staff see it: status, steps, thread, photos, its signal',
      params: referenceParam,
      errors: ['complaint_not_found'],
    }),
    async (c) => {
      const { reference } = parseInput(referenceParam, c.req.param());
      return c.json(await staffComplaint(ctx, await complaintForReference(ctx, reference)));
    },
  );
  app.get(
    '/complaints/:reference/chain',
    doc({
      summary:
        "The work order's chain: order → lines → batch → the batch's inspection records → carrier scans → the complaint and its photos",
      params: referenceParam,
      errors: ['complaint_not_found'],
    }),
    async (c) => {
      const { reference } = parseInput(referenceParam, c.req.param());
      return c.json(await traceComplaint(ctx, await complaintForReference(ctx, reference)));
    },
  );
  app.post(
    '/complaints/:reference/messages',
    doc({
      summary: "Reply to the customer in the complaint's thread (shown on their status page at once)",
      params: referenceParam,
      body: portalMessageInput,
      responses: { 201: 'the complaint after the reply' },
      errors: ['complaint_not_found', 'reply_blocked'],
    }),
    async (c) => {
      const { reference } = parseInput(referenceParam, c.req.param());
      const { text } = parseInput(portalMessageInput, await c.req.json().catch(() => null));
      const complaint = await complaintForReference(ctx, reference);
      if (complaint.status === 'closed')
        throw new AppError('invalid_input', 'text: this complaint is closed', [{ path: 'text', message: 'this complaint is closed' }]);
      // Recorded as the signal's private reply: guardrails and SLA as in the inbox; the portal's
      // subscriber puts it in the thread in the same transaction.
      await recordReply(ctx, complaint.signalId, { text, author: actorName('staff'), public: false, byAutomation: false });
      return c.json(await staffComplaint(ctx, complaint), 201);
    },
  );
  app.post(
    '/complaints/:reference/steps',
    doc({
      summary: 'Record a step the customer sees: assigned, waiting_for_customer, decided, shipped (note: tracking), closed',
      params: referenceParam,
      body: portalStepInput,
      responses: { 201: 'the complaint after the step' },
      errors: ['complaint_not_found'],
    }),
    async (c) => {
      const { reference } = parseInput(referenceParam, c.req.param());
      const { step, note } = parseInput(portalStepInput, await c.req.json().catch(() => null));
      const complaint = await complaintForReference(ctx, reference);
      await addStep(ctx, complaint, step, note ?? null, 'staff');
      return c.json(await staffComplaint(ctx, await complaintForReference(ctx, reference)), 201);
    },
  );
  app.get(
    '/orders/:orderId/link',
    doc({
      summary:
        "The signed link to put in one order's emails: opens the complaint form with the order already identified; good for `days` (default 90)",
      params: orderParam,
      query: orderLinkQuery,
      errors: ['order_not_found'],
    }),
    async (c) => {
      const { orderId } = parseInput(orderParam, c.req.param());
      const { days } = parseInput(orderLinkQuery, c.req.query());
      return c.json(await orderLinkFor(ctx, orderId, days));
    },
  );
  app.get(
    '/figures',
    doc({
      summary: 'Complaints filed through the portal in [from, to), how many are closed, and the CSAT of satisfaction answers given in it',
      query: figuresQuery,
    }),
    async (c) => {
      const { from, to } = parseInput(figuresQuery, c.req.query());
      return c.json(await portalFigures(ctx, from, to));
    },
  );
  app.get(
    '/photos/:file',
    doc({
      summary: 'A stored complaint photo or thumbnail, for staff',
      params: fileParam,
      responses: {
        200: { description: 'the image or video', content: ['image/jpeg', 'image/webp', 'video/mp4', 'video/webm', 'video/quicktime'] },
      },
      errors: ['portal_not_found'],
    }),
    async (c) => {
      const { file } = parseInput(fileParam, c.req.param());
      if (!(await photoByFile(ctx.db, file))) throw new AppError('portal_not_found', 'There is no photo at this address.');
      return sendPhoto(c, store, file);
    },
  );
  return app;
}
