import { signalInput, type SignalInput } from '../../../contracts/signal.js';
import type { AppContext } from '../../platform/http/context.js';
import { ingestSignals } from '../signals/index.js';
import type { Connector } from './connector.js';
import { checked } from './payload.js';

type Ctx = Pick<AppContext, 'db' | 'clock'>;

/** Signals built from a delivery, through intake (triage and SLA included); a known externalId is a duplicate. */
export async function ingest(
  ctx: Ctx,
  connector: Connector,
  items: Omit<SignalInput, 'public' | 'handledBy' | 'attachments'>[],
): Promise<{ id: number; status: string }[]> {
  const inputs = items.map((s, i) => checked(signalInput, { public: false, handledBy: 'human', attachments: [], ...s }, `signal ${i + 1}`));
  const results = await ingestSignals(ctx, inputs, { actor: connector, source: `webhook:${connector}` });
  return results.map((r) => ({ id: Number(r.id), status: r.status }));
}
