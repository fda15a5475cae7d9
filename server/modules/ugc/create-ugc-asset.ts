// A candidate asset from a signal: a review, a photo, a video or a use case worth reusing. Proposing the
// same content twice returns the same asset, so its permission ledger never splits in two.
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { appendEvents } from '../../platform/events.js';
import { getSignal } from '../signals/index.js';
import type { UgcAssetKind } from './ugc-asset.js';
import { insertAsset } from './ugc-repository.js';

export interface CreateUgcAssetInput {
  signalId: number;
  kind: UgcAssetKind;
  mediaUrl?: string;
  note?: string;
  createdBy: string;
}

export async function createUgcAsset(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: CreateUgcAssetInput,
): Promise<{ id: number; created: boolean }> {
  const signal = await getSignal(ctx.db, input.signalId);
  let mediaUrl = input.mediaUrl ?? null;
  if (input.kind === 'photo' || input.kind === 'video') {
    // The customer's own attachment is the media when it is the only one of that kind.
    const attached = signal.attachments.filter((a) => a.kind === input.kind);
    if (!mediaUrl && attached.length === 1) mediaUrl = attached[0]!.url;
    if (!mediaUrl) {
      const why =
        attached.length > 1 ? `the signal has ${attached.length} ${input.kind}s; name one` : `the signal has no ${input.kind} attached`;
      throw new AppError('invalid_input', `mediaUrl: required for a ${input.kind} (${why})`, [{ path: 'mediaUrl', message: why }]);
    }
  }
  return ctx.db.transaction().execute(async (tx) => {
    const at = ctx.clock.now();
    const r = await insertAsset(tx, {
      signalId: signal.id,
      kind: input.kind,
      mediaUrl,
      note: input.note ?? null,
      createdBy: input.createdBy,
      at,
    });
    if (r.inserted) {
      await appendEvents(tx, [
        {
          type: 'ugc.asset_created',
          actor: input.createdBy,
          at,
          subjectType: 'ugc_asset',
          subjectId: r.id,
          payload: { signalId: signal.id, kind: input.kind },
        },
      ]);
    }
    return { id: r.id, created: r.inserted };
  });
}
