import type { PortalFigures } from '../../../contracts/portal.js';
import type { AppContext } from '../../platform/http/context.js';
import { portalCounts } from './complaint-repository.js';

/** Complaints filed through the portal in [from, to) and the CSAT of the answers given in it. */
export async function portalFigures(ctx: Pick<AppContext, 'db'>, from: Date, to: Date): Promise<PortalFigures> {
  const n = await portalCounts(ctx.db, from, to);
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    complaints: n.complaints,
    closed: n.closed,
    satisfaction: {
      answers: n.answers,
      average: n.answers ? Math.round((n.scoreSum / n.answers) * 100) / 100 : null,
      csat: n.answers ? Math.round((n.satisfied / n.answers) * 1000) / 1000 : null,
    },
  } satisfies PortalFigures;
}
