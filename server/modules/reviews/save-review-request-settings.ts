// Saving review-request settings: incentive wording with any finding (tied to a good rating, aimed at
// happy customers, undisclosed) is refused whole, so a non-compliant ask can never reach the outbox.
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { appendEvents } from '../../platform/events.js';
import { checkIncentiveWording } from './check-incentive-wording.js';
import { reviewRequestSettingsSchema, type ReviewRequestSettings, type ReviewRequestSettingsPatch } from './review-request-settings.js';
import { loadReviewRequestSettings, storeReviewRequestSettings } from './review-request-repository.js';
import { parseInput } from '../../platform/http/validate.js';

export async function saveReviewRequestSettings(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  patch: ReviewRequestSettingsPatch,
): Promise<ReviewRequestSettings> {
  const { actor, ...fields } = patch;
  if (fields.incentiveWording) {
    const findings = checkIncentiveWording(fields.incentiveWording);
    if (findings.length > 0) {
      throw new AppError(
        'incentive_wording_rejected',
        `incentiveWording: ${findings.map((f) => f.code).join(', ')} — ${findings[0]!.reason}`,
        findings,
      );
    }
  }
  return ctx.db.transaction().execute(async (tx) => {
    const current = await loadReviewRequestSettings(tx);
    const next = parseInput(reviewRequestSettingsSchema, { ...current, ...fields });
    const now = ctx.clock.now();
    await storeReviewRequestSettings(tx, next, now);
    await appendEvents(tx, [
      {
        type: 'review_requests.settings_changed',
        actor,
        at: now,
        subjectType: 'settings',
        subjectId: 'review_requests',
        payload: { changed: Object.keys(fields) },
      },
    ]);
    return next;
  });
}
