import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { cachedConfig } from '../../platform/db/index.js';
import type { Clock } from '../../platform/clock.js';
import { emit, type EmittedEvent } from '../../platform/events.js';
import { storeSignalTriage, untriagedSignalIds, signalIdsAfter } from '../signals/index.js';
import { triageSignal, type TriageContext } from './triage-signal.js';
import { crossedBoundary } from './human-boundary.js';
import { loadActiveModel, loadSellerRules, loadTeams } from './triage-repository.js';
import { loadSignalsForTriage, type SignalForTriage } from './triage-reads.js';
import { triageColumns } from './triage-columns.js';
import type { TriageResult, TriageInput } from './types.js';
import './events.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface LoadedTriageContext extends TriageContext {
  version: string;
}

/**
 * Model, seller rules and teams as the store holds them now; load once per batch or job. Kept per
 * process until one of their tables changes (the rules then compile once, not once per request).
 */
export async function loadTriageContext(db: Db): Promise<LoadedTriageContext> {
  return cachedConfig(db, 'triage-context', ['triage_models', 'triage_rules', 'settings'], async (d) => {
    const [model, sellerRules, teams] = await Promise.all([loadActiveModel(d), loadSellerRules(d), loadTeams(d)]);
    return { model: model?.model ?? null, sellerRules, teams, version: `${model?.version ?? 'rules'}+r${sellerRules.length}` };
  });
}

export function toTriageInput(
  s: Omit<SignalForTriage, 'stage' | 'issue_types' | 'sentiment_label' | 'must_be_human'>,
  spiking = false,
): TriageInput {
  return {
    text: s.text,
    title: s.title,
    channel: s.channel as TriageInput['channel'],
    rating: s.rating,
    language: s.language,
    public: s.public,
    handledBy: s.handled_by as 'human' | 'automation',
    customerTier: s.customer_tier as TriageInput['customerTier'],
    orderValue: s.order?.value ?? null,
    attachments: s.attachments,
    receivedAt: s.received_at.toISOString(),
    issueSpiking: spiking,
    order: s.order
      ? {
          orderedAt: s.order.ordered_at.toISOString(),
          promisedMinDays: s.order.promised_min_days,
          promisedMaxDays: s.order.promised_max_days,
          shippedAt: s.order.shipped_at?.toISOString() ?? null,
          deliveredAt: s.order.delivered_at?.toISOString() ?? null,
        }
      : null,
  };
}

export interface TriagedSignal {
  id: number;
  receivedAt: Date;
  firstTime: boolean;
  result: TriageResult;
}

/**
 * Triages stored signals (the backlog a crash left behind, or everything after the rules changed) and
 * writes the result onto each signal. A label an agent corrected is kept. When automation
 * handled a signal that must be human, an "automation crossed the boundary" event is written
 * the first time it is seen. The rows are locked as they are read, so what the `signals.triaged`
 * event reports as each signal's previous triage is what this write replaced.
 */
export async function triageStoredSignals(
  deps: { db: Db; clock: Clock },
  ids: number[],
  ctx?: LoadedTriageContext,
  opts: { actor?: string; spikingSkus?: Set<string> } = {},
): Promise<TriagedSignal[]> {
  if (ids.length === 0) return [];
  const context = ctx ?? (await loadTriageContext(deps.db));
  const rows = await loadSignalsForTriage(deps.db, ids);
  const now = deps.clock.now();
  const out: TriagedSignal[] = [];
  const events: EmittedEvent[] = [];
  for (const s of rows) {
    const result = triageSignal(toTriageInput(s, Boolean(s.sku && opts.spikingSkus?.has(s.sku))), context);
    out.push({ id: s.id, receivedAt: s.received_at, firstTime: s.triaged_at === null, result });
    const crossed = crossedBoundary(result, s.handled_by as 'human' | 'automation');
    if (crossed.length && s.triaged_at === null) {
      events.push({
        type: 'automation.crossed_boundary',
        actor: 'triage',
        at: s.received_at, // when it happened, as in recordNewTriage

        subjectType: 'signal',
        subjectId: s.id,
        payload: { channel: s.channel, reasons: crossed },
      });
    }
  }
  await storeSignalTriage(
    deps.db,
    out.map((t) => ({ id: t.id, columns: triageColumns(t.result) })),
    context.version,
    now,
  );
  // The report rollups move from the previous triage to this one in the same transaction (a subscriber).
  events.push({
    type: 'signals.triaged',
    actor: opts.actor ?? 'triage',
    at: now,
    subjectType: 'signal_batch',
    payload: { count: out.length, version: context.version, firstId: ids[0], lastId: ids.at(-1) },
    context: {
      signals: rows.map((s) => ({
        id: s.id,
        before: {
          triaged: s.triaged_at !== null,
          stage: s.stage,
          issueTypes: s.issue_types,
          sentimentLabel: s.sentiment_label,
          mustBeHuman: s.must_be_human,
        },
      })),
    },
  });
  await emit(deps.db, ...events);
  return out;
}

/** Ids still waiting for triage (a crash between insert and triage leaves some behind). */
export const untriagedIds = untriagedSignalIds;

/** Every id in pages, for `writeback triage --all`. */
export const idsAfter = signalIdsAfter;
