import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

/** What the signals say about one SKU, for its product file: counts by channel and type, the latest, their photos. */
export interface SkuSignals {
  total: number;
  byChannel: Record<string, number>;
  byIssueType: Record<string, number>;
  recent: { id: number; channel: string; receivedAt: Date; text: string; issueTypes: string[]; batch: string | null }[];
  photos: { signalId: number; kind: string; url: string }[];
}

export async function skuSignals(db: Kysely<DB>, sku: string, recent: number): Promise<SkuSignals> {
  const facets = await sql<{ facet: string; value: string; n: number }>`
    SELECT 'channel' AS facet, channel AS value, count(*)::int AS n FROM signals WHERE sku = ${sku} GROUP BY 2
    UNION ALL
    SELECT 'type', t, count(*)::int FROM signals, unnest(issue_types) AS t WHERE sku = ${sku} GROUP BY 2`.execute(db);
  const out: SkuSignals = { total: 0, byChannel: {}, byIssueType: {}, recent: [], photos: [] };
  for (const r of facets.rows) {
    if (r.facet === 'channel') {
      out.byChannel[r.value] = r.n;
      out.total += r.n;
    } else out.byIssueType[r.value] = r.n;
  }
  const rows = await db
    .selectFrom('signals')
    .select(['id', 'channel', 'received_at', 'text', 'issue_types', 'batch'])
    .where('sku', '=', sku)
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .limit(recent)
    .execute();
  out.recent = rows.map((r) => ({
    id: r.id,
    channel: r.channel,
    receivedAt: r.received_at,
    text: r.text,
    issueTypes: r.issue_types,
    batch: r.batch,
  }));
  const photos = await sql<{ signal_id: number; kind: string; url: string }>`
    SELECT a.signal_id, a.kind, a.url FROM signal_attachments a JOIN signals s ON s.id = a.signal_id
    WHERE s.sku = ${sku} AND a.kind IN ('photo', 'video') ORDER BY a.id DESC LIMIT 20`.execute(db);
  out.photos = photos.rows.map((r) => ({ signalId: Number(r.signal_id), kind: r.kind, url: r.url }));
  return out;
}
