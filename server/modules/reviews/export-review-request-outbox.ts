// `writeback outbox export --format csv --out FILE`: hands every unsent review request to whatever
// tool sends the mail. Writeback decides who and when; the rows written are marked sent (via csv) in
// the same transaction, so a second export does not repeat them and a failed write marks nothing.
import { writeFile } from 'node:fs/promises';
import type { AppContext } from '../../platform/http/context.js';
import { appendEvents } from '../../platform/events.js';
import { loadReviewRequestSettings, markSent, unsentOutbox, withdrawOpenProblems, type OutboxItem } from './review-request-repository.js';

const HEADER = ['request_id', 'order_id', 'customer_id', 'due_at', 'enqueued_at', 'incentive_wording'];

export async function exportReviewRequestOutbox(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  opts: { out: string; actor?: string },
): Promise<{ exported: number; withdrawn: number; file: string }> {
  const actor = opts.actor ?? 'cli';
  return ctx.db.transaction().execute(async (tx) => {
    const now = ctx.clock.now();
    const withdrawn = await withdrawOpenProblems(tx, now);
    await appendEvents(
      tx,
      withdrawn.map((w) => ({
        type: 'review_request.routed_to_support',
        actor,
        at: now,
        subjectType: 'order',
        subjectId: w.orderId,
        payload: { customerId: w.customerId, reason: 'withdrawn_from_outbox', routeTo: 'support' },
      })),
    );
    const settings = await loadReviewRequestSettings(tx);
    const items = await unsentOutbox(tx);
    await writeFile(opts.out, toCsv(items, settings.incentiveWording), 'utf8');
    await markSent(
      tx,
      items.map((i) => i.id),
      'csv',
      now,
    );
    await appendEvents(
      tx,
      items.map((i) => ({
        type: 'review_request.sent',
        actor,
        at: now,
        subjectType: 'order',
        subjectId: i.orderId,
        payload: { requestId: i.requestId, via: 'csv' },
      })),
    );
    return { exported: items.length, withdrawn: withdrawn.length, file: opts.out };
  });
}

export function toCsv(items: readonly OutboxItem[], wording: string | null): string {
  const lines = [HEADER.join(',')];
  for (const i of items)
    lines.push(
      [String(i.requestId), i.orderId, i.customerId ?? '', i.dueAt.toISOString(), i.enqueuedAt.toISOString(), wording ?? '']
        .map(cell)
        .join(','),
    );
  return lines.join('\n') + '\n';
}

// Quote when needed, and defuse cells a spreadsheet would run as a formula (ids come from imports).
function cell(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
