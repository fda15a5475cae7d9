// UGC figures for the weekly report. Permission rate = assets granted / assets asked in the period
// (null when nobody was asked: no rate is better than a made-up 0%).
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { figureCounts } from './ugc-repository.js';

export interface UgcFigures {
  candidates: number;
  requested: number;
  granted: number;
  permissionRate: number | null;
  placementsByChannel: Record<string, number>;
}

export async function ugcFigures(db: Kysely<DB>, range: { from: Date; to: Date }): Promise<UgcFigures> {
  const c = await figureCounts(db, range.from, range.to);
  return { ...c, permissionRate: c.requested === 0 ? null : c.granted / c.requested };
}
