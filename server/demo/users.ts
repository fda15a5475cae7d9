// The demo store's people: a few in each role, so the pages show who did what. They share one
// known password (README); serve adds them only on a loopback address.
import type { AppContext } from '../platform/http/context.js';
import { addUser, countUsers } from '../modules/people/index.js';
import { assignWaitingSignals } from '../modules/signals/index.js';
import type { Role } from '../../contracts/people.js';

export const DEMO_PASSWORD = 'writeback-demo';

export const DEMO_USERS: { email: string; name: string; role: Role; teams: string[] }[] = [
  { email: 'ada@demo.writeback.test', name: 'Ada Admin', role: 'admin', teams: [] },
  { email: 'leo@demo.writeback.test', name: 'Leo Lead', role: 'lead', teams: ['support'] },
  { email: 'aga@demo.writeback.test', name: 'Aga Agent', role: 'agent', teams: ['support'] },
  { email: 'sam@demo.writeback.test', name: 'Sam Agent', role: 'agent', teams: ['support'] },
  { email: 'omar@demo.writeback.test', name: 'Omar Owner', role: 'owner', teams: ['sourcing_quality', 'product_compliance'] },
  { email: 'fay@demo.writeback.test', name: 'Fay Owner', role: 'owner', teams: ['fulfilment', 'customer_operations'] },
  { email: 'vic@demo.writeback.test', name: 'Vic Viewer', role: 'viewer', teams: [] },
];

/** Adds the demo people to a store that has none; returns how many were added. */
export async function seedDemoUsers(ctx: Pick<AppContext, 'db' | 'clock'>): Promise<number> {
  if ((await countUsers(ctx.db)) > 0) return 0;
  for (const u of DEMO_USERS) await addUser(ctx, { ...u, password: DEMO_PASSWORD }, 'demo');
  // The open work already in the store goes to them, so the inbox's "Mine" has something in it.
  await assignWaitingSignals(ctx);
  return DEMO_USERS.length;
}
