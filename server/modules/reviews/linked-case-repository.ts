// Reads the open case a review belongs to. The issues and actions tables belong to another module and
// arrive in a later migration; until they exist (or if their columns differ from what is read here),
// this falls back to the signals table: other open signals about the same SKU and batch. Every column
// name used below comes from the database's own catalogue, never from a request.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface LinkedCase {
  source: 'issues' | 'signals' | 'none';
  openIssueId?: string;
  /** True only when a stored issue or action says a batch is being checked; signals alone never claim it. */
  openBatchCheck: boolean;
  /** Other open signals with the same SKU (and batch, when known) sharing an issue type. */
  similarOpenSignals: number;
}

export interface CaseKey { signalId: number; sku: string | null; batch: string | null; issueTypes: string[] }

// Issue statuses (0005: watching … closed) and action statuses (proposed … cancelled) that no longer
// describe work in progress; the extra words cover renames without breaking the reply.
const CLOSED = new Set(['closed', 'verified_shrinking', 'resolved', 'done', 'verified', 'failed', 'cancelled', 'canceled', 'dismissed', 'merged', 'rejected']);
// A batch-scoped issue still only "watching" is a repeat being counted, not a check anyone started.
const NOT_YET_ACTED = new Set(['watching']);

export async function findLinkedCase(db: Db, key: CaseKey): Promise<LinkedCase> {
  const similar = await countSimilarOpenSignals(db, key);
  if (!key.sku) return { source: similar > 0 ? 'signals' : 'none', openBatchCheck: false, similarOpenSignals: similar };
  const issue = await findOpenIssue(db, key).catch(() => undefined);
  if (!issue) return { source: similar > 0 ? 'signals' : 'none', openBatchCheck: false, similarOpenSignals: similar };
  const batchAction = await hasOpenBatchAction(db, issue.id).catch(() => false);
  return { source: 'issues', openIssueId: issue.id, openBatchCheck: issue.batchScoped || batchAction, similarOpenSignals: similar };
}

async function columnsOf(db: Db, table: string): Promise<Set<string>> {
  const r = await sql<{ column_name: string }>`
    SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ${table}`.execute(db);
  return new Set(r.rows.map((x) => x.column_name));
}

async function findOpenIssue(db: Db, key: CaseKey): Promise<{ id: string; batchScoped: boolean } | undefined> {
  const cols = await columnsOf(db, 'issues');
  if (!cols.has('id') || !cols.has('sku')) return undefined;
  const rows = await sql<Record<string, unknown>>`SELECT * FROM issues WHERE sku = ${key.sku} ORDER BY id DESC LIMIT 200`.execute(db);
  const typeCol = cols.has('issue_type') ? 'issue_type' : cols.has('type') ? 'type' : undefined;
  const match = rows.rows.find((r) => {
    if (cols.has('status') && CLOSED.has(String(r.status))) return false;
    if (typeCol && r[typeCol] && !key.issueTypes.includes(String(r[typeCol]))) return false;
    // An issue keyed to another batch is another case; one without a batch covers every batch.
    if (cols.has('batch') && r.batch && key.batch && r.batch !== key.batch) return false;
    return true;
  });
  if (!match) return undefined;
  const acted = !(cols.has('status') && NOT_YET_ACTED.has(String(match.status)));
  return { id: String(match.id), batchScoped: acted && cols.has('batch') && !!match.batch && match.batch === key.batch };
}

async function hasOpenBatchAction(db: Db, issueId: string): Promise<boolean> {
  const cols = await columnsOf(db, 'actions');
  if (!cols.has('issue_id')) return false;
  const rows = await sql<Record<string, unknown>>`SELECT * FROM actions WHERE issue_id::text = ${issueId} LIMIT 200`.execute(db);
  const words = ['location', 'change', 'kind', 'title', 'description'].filter((c) => cols.has(c));
  return rows.rows.some((r) => {
    if (cols.has('status') && CLOSED.has(String(r.status))) return false;
    return words.some((c) => /\b(batch|lote|QA|quality check)\b/i.test(String(r[c] ?? '')));
  });
}

async function countSimilarOpenSignals(db: Db, key: CaseKey): Promise<number> {
  if (!key.sku || key.issueTypes.length === 0) return 0;
  let q = db.selectFrom('signals').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('sku', '=', key.sku).where('id', '<>', key.signalId).where('status', '<>', 'resolved')
    .where(sql<boolean>`issue_types && ${key.issueTypes}::text[]`);
  if (key.batch) q = q.where('batch', '=', key.batch);
  const row = await q.executeTakeFirst();
  return Number(row?.n ?? 0);
}
