import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { emit } from '../../platform/events.js';
import { PORTAL_LIMITS } from '../../../contracts/portal.js';
import { insertPhotos, photosOf, type ComplaintRow } from './complaint-repository.js';
import type { PhotoStore } from './photo-store.js';
import { preparePhotos } from './prepare-photos.js';
import './events.js';

/** The most photos one complaint keeps, the form's and the thread's together. */
const MAX_PER_COMPLAINT = 4 * PORTAL_LIMITS.photos;

/** Photos the customer adds from the status page (a label, the parcel), checked and stripped like the form's. */
export async function addPhotos(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  store: PhotoStore,
  c: ComplaintRow,
  uploads: Uint8Array[],
): Promise<void> {
  if (uploads.length === 0)
    throw new AppError('invalid_input', 'photos: add at least one photo', [{ path: 'photos', message: 'add at least one photo' }]);
  if (c.status === 'closed')
    throw new AppError('invalid_input', 'photos: this complaint is closed', [{ path: 'photos', message: 'this complaint is closed' }]);
  if ((await photosOf(ctx.db, c.id)).length + uploads.length > MAX_PER_COMPLAINT)
    throw new AppError('invalid_input', `photos: at most ${MAX_PER_COMPLAINT} per complaint`, [
      { path: 'photos', message: `at most ${MAX_PER_COMPLAINT} per complaint` },
    ]);
  const photos = await preparePhotos(uploads);
  for (const p of photos) {
    await store.put(p.file, p.image);
    await store.put(p.thumb, p.thumbnail);
  }
  const at = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    await insertPhotos(
      tx,
      c.id,
      photos.map(({ image: _i, thumbnail: _t, ...p }) => p),
      at,
    );
    await emit(tx, {
      type: 'portal.photos_added',
      actor: 'customer',
      at,
      subjectType: 'portal_complaint',
      subjectId: c.reference,
      payload: { count: photos.length },
    });
  });
}
