import { PROBLEMS, type ComplaintInput } from '../../../contracts/portal.js';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { emit } from '../../platform/events.js';
import { getSignal, ingestSignals } from '../signals/index.js';
import { ISSUE_RULES } from '../reviews/index.js';
import type { Order } from '../orders/index.js';
import { checkOrder, checkOrderLink } from './check-order.js';
import { insertComplaint, insertPhotos, insertStep } from './complaint-repository.js';
import type { PhotoStore } from './photo-store.js';
import { preparePhotos } from './prepare-photos.js';
import { newReference, newStatusToken, systemRandom, tokenHash, type RandomBytes } from './tokens.js';
import './events.js';

/** How the problem reads to triage, beside the customer's own words (the title of the signal). */
const TITLES: Record<(typeof PROBLEMS)[number]['id'], string> = {
  arrived_damaged: 'Arrived damaged',
  broke_or_stopped: 'It broke or stopped working',
  part_missing: 'A part or item is missing',
  wrong_item: 'I received the wrong item',
  not_as_described: 'Not as described on the page',
  quality_disappointing: 'Quality is not what I expected',
  size_or_fit: 'Size or fit problem',
  late_or_lost: 'Late or lost delivery',
  hard_to_use: 'Hard to set up or use',
  unsafe: 'Safety concern',
};

export interface FiledComplaint {
  reference: string;
  token: string;
}

/** A photo is required when the review decision's evidence list for the issue type names photos. */
export function needsPhoto(problem: ComplaintInput['problem']): boolean {
  const p = PROBLEMS.find((x) => x.id === problem)!;
  return ISSUE_RULES[p.issueType].evidence.includes('photos');
}

/** The order a customer names: by the signed link from the shop's email, or by number and email. */
export function identifyOrder(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { orderNumber?: string; email?: string; link?: string },
  address: string,
) {
  return input.link !== undefined
    ? checkOrderLink(ctx, input.link, address)
    : checkOrder(ctx, { orderNumber: input.orderNumber!, email: input.email! }, address);
}

/**
 * A complaint from the public form becomes a signal on the `portal` channel, through intake like
 * any other (triage, SLA of its class, issue detection), with its order, SKU and batch linked, and
 * the photos re-encoded and stored. The customer gets a reference and a private status token.
 */
export async function fileComplaint(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  store: PhotoStore,
  input: ComplaintInput,
  uploads: Uint8Array[],
  address: string,
): Promise<FiledComplaint> {
  // A filled honeypot is a bot: it gets an answer shaped like success and nothing is stored.
  if (input.website) return { reference: newReference(), token: newStatusToken() };
  const order = await identifyOrder(ctx, input, address);
  return fileComplaintFor(ctx, store, order, input, uploads);
}

/** What a complaint says once its order is known. */
export type ComplaintFields = Pick<ComplaintInput, 'items' | 'problem' | 'text' | 'wants' | 'language'>;

/**
 * Files a complaint on an order already identified (the form's check, or the demo store's
 * history). `random` is the system's generator except for the demo, which is seeded.
 */
export async function fileComplaintFor(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  store: PhotoStore,
  order: Order,
  input: ComplaintFields,
  uploads: Uint8Array[],
  random: RandomBytes = systemRandom,
): Promise<FiledComplaint> {
  const lines = input.items.map((sku) => order.lines.find((l) => l.sku === sku));
  const unknown = input.items.filter((_, i) => !lines[i]);
  if (unknown.length)
    throw new AppError('invalid_input', 'items: not on this order', [{ path: 'items', message: 'pick items from this order' }]);
  if (needsPhoto(input.problem) && uploads.length === 0)
    throw new AppError('invalid_input', 'photos: this problem needs at least one photo', [
      { path: 'photos', message: 'this problem needs at least one photo' },
    ]);
  const photos = await preparePhotos(uploads, random);
  for (const p of photos) {
    await store.put(p.file, p.image);
    await store.put(p.thumb, p.thumbnail);
  }
  const reference = newReference(random);
  const token = newStatusToken(random);
  const now = ctx.clock.now();
  try {
    const [result] = await ingestSignals(
      ctx,
      [
        {
          channel: 'portal',
          externalId: reference,
          receivedAt: now.toISOString(),
          text: input.text,
          title: TITLES[input.problem],
          sku: input.items[0]!,
          variant: lines[0]!.variant,
          batch: order.batch,
          orderId: order.orderId,
          customerId: order.customerId,
          language: input.language,
          public: false,
          handledBy: 'human',
          attachments: photos.map((p) => ({ kind: 'photo' as const, url: `/api/portal/photos/${p.file}` })),
        },
      ],
      { actor: 'portal', source: 'portal' },
    );
    const signal = await getSignal(ctx.db, result!.id);
    const ownerTeam = signal.triage?.ownerTeam ?? null;
    await ctx.db.transaction().execute(async (tx) => {
      const id = await insertComplaint(tx, {
        reference,
        tokenHash: tokenHash(token),
        signalId: signal.id,
        orderId: order.orderId,
        items: input.items,
        problem: input.problem,
        wants: input.wants,
        language: input.language,
        ownerTeam,
        status: ownerTeam ? 'assigned' : 'received',
        createdAt: now,
      });
      await insertPhotos(
        tx,
        id,
        photos.map(({ image: _i, thumbnail: _t, ...p }) => p),
        now,
      );
      await insertStep(tx, id, 'received', null, now);
      if (ownerTeam) await insertStep(tx, id, 'assigned', ownerTeam, now);
      await emit(tx, {
        type: 'portal.complaint_filed',
        actor: 'portal',
        at: now,
        subjectType: 'portal_complaint',
        subjectId: reference,
        payload: { signalId: signal.id, photos: photos.length },
      });
    });
  } catch (e) {
    for (const p of photos) {
      await store.remove(p.file);
      await store.remove(p.thumb);
    }
    throw e;
  }
  return { reference, token };
}
