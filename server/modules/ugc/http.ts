import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../platform/http/context.js';
import { actorName } from '../../platform/actor.js';
import { parseInput } from '../../platform/http/validate.js';
import { doc } from '../../platform/http/openapi.js';
import { idText } from '../../platform/http/query.js';
import { dueDateTime } from '../../../contracts/input.js';
import { EDIT_SCOPES, UGC_CHANNELS, type PermissionEntry } from './permission-ledger.js';
import { UGC_ASSET_KINDS } from './ugc-asset.js';
import { createUgcAsset } from './create-ugc-asset.js';
import { recordUgcPermission } from './record-ugc-permission.js';
import { listUgcAssets } from './list-ugc-assets.js';
import { placeUgcAsset, exportUgcAsset } from './use-ugc-asset.js';
import { presentUgcAsset, presentUgcExport } from './present-ugc-asset.js';
import type { UgcAssetCreated, UgcAssetPage, UgcPermissionRecorded, UgcPlacement } from '../../../contracts/ugc.js';

// A permission's moments may lie ahead (until); 2000…2100 keeps them storable.
const iso = dueDateTime();
const actor = z.string().trim().min(1).max(200);
const channel = z.enum(UGC_CHANNELS);

const assetBody = z
  .object({
    signalId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    kind: z.enum(UGC_ASSET_KINDS),
    mediaUrl: z.string().min(1).max(2048).optional(),
    note: z.string().max(2000).optional(),
    createdBy: actor,
  })
  .strict();

const common = { at: iso.optional(), recordedBy: actor, note: z.string().max(2000).optional() };
const permissionBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('requested'), channels: z.array(channel).min(1).max(UGC_CHANNELS.length), ...common }).strict(),
  z
    .object({
      kind: z.literal('granted'),
      channels: z.array(channel).min(1).max(UGC_CHANNELS.length),
      until: iso.nullable(),
      editScope: z.enum(EDIT_SCOPES),
      incentiveGiven: z.boolean(),
      incentiveDisclosed: z.boolean(),
      ...common,
    })
    .strict(),
  z.object({ kind: z.literal('denied'), channels: z.array(channel).min(1).max(UGC_CHANNELS.length).optional(), ...common }).strict(),
  z.object({ kind: z.literal('revoked'), channels: z.array(channel).min(1).max(UGC_CHANNELS.length).optional(), ...common }).strict(),
  z.object({ kind: z.literal('expired'), channels: z.array(channel).min(1).max(UGC_CHANNELS.length).optional(), ...common }).strict(),
]);

const placementBody = z.object({ channel, placedBy: actor, location: z.string().max(2048).optional() }).strict();
const exportQuery = z.object({ channel, actor: actor.default('api') });
const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: idText.optional(),
  signalId: idText.transform(Number).optional(),
});

const idParam = (c: { req: { param(n: string): string } }) => Number(c.req.param('id'));

export function ugcRoutes(ctx: AppContext) {
  const app = new Hono();

  app.post(
    '/assets',
    doc({
      summary: 'Propose a UGC candidate from a signal: a review, photo, video or use case',
      body: assetBody,
      responses: { 201: '{ id, created, duplicate }', 200: 'the signal already has this asset' },
      errors: ['signal_not_found'],
    }),
    async (c) => {
      const body = parseInput(assetBody, await c.req.json().catch(() => null));
      const r = await createUgcAsset(ctx, { ...body, createdBy: actorName(body.createdBy) });
      return c.json({ id: r.id, created: r.created, duplicate: !r.created } satisfies UgcAssetCreated, r.created ? 201 : 200);
    },
  );

  app.get(
    '/assets',
    doc({
      summary: 'UGC assets with their permission state per channel and their placements',
      query: listQuery,
      responses: { 200: '{ items, nextCursor }' },
    }),
    async (c) => {
      const q = parseInput(listQuery, c.req.query());
      const page = await listUgcAssets(ctx.db, ctx.clock.now(), {
        limit: q.limit,
        afterId: q.cursor ? Number(q.cursor) : undefined,
        signalId: q.signalId,
      });
      return c.json({ items: page.items.map(presentUgcAsset), nextCursor: page.nextCursor } satisfies UgcAssetPage);
    },
  );

  app.post(
    '/assets/:id{[0-9]{1,15}}/permissions',
    doc({
      summary: 'Append a permission ledger entry: requested, granted, denied, revoked or expired',
      body: permissionBody,
      responses: { 201: '{ entryId, permissions }' },
      errors: ['ugc_asset_not_found', 'ugc_permission_rejected'],
    }),
    async (c) => {
      const body = parseInput(permissionBody, await c.req.json().catch(() => null));
      const entry = { ...body, recordedBy: actorName(body.recordedBy), at: body.at ?? ctx.clock.now().toISOString() } as PermissionEntry;
      const r = await recordUgcPermission(ctx, idParam(c), entry);
      return c.json({ entryId: r.entryId, permissions: r.state } satisfies UgcPermissionRecorded, 201);
    },
  );

  app.post(
    '/assets/:id{[0-9]{1,15}}/placements',
    doc({
      summary: 'Place an asset on a channel; refused without a valid grant for that channel',
      body: placementBody,
      responses: { 201: 'the placement' },
      errors: ['ugc_asset_not_found', 'ugc_use_refused'],
    }),
    async (c) => {
      const body = parseInput(placementBody, await c.req.json().catch(() => null));
      const r = await placeUgcAsset(ctx, idParam(c), { ...body, placedBy: actorName(body.placedBy) });
      return c.json({ ...r, placedAt: r.placedAt.toISOString() } satisfies UgcPlacement, 201);
    },
  );

  app.get(
    '/assets/:id{[0-9]{1,15}}/export',
    doc({
      summary: 'Export an asset for a channel with its attribution; refused (ugc_use_refused, with the reason) without a valid grant',
      query: exportQuery,
      errors: ['ugc_asset_not_found', 'ugc_use_refused'],
    }),
    async (c) => {
      const q = parseInput(exportQuery, c.req.query());
      return c.json(presentUgcExport(await exportUgcAsset(ctx, idParam(c), { ...q, actor: actorName(q.actor) })));
    },
  );
  return app;
}
