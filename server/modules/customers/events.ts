import type { ErasureCounts } from '../../../contracts/customers.js';
import type { Erasure } from './erasure.js';

/**
 * The events customers emits. Every module that holds customer data subscribes to
 * `customer.erase_requested` (server/subscribers.ts) and erases its own tables in the same
 * transaction; none of these payloads carries personal data.
 */
declare module '../../platform/events.js' {
  interface EventPayloads {
    /** `subjectType: 'customer'` (on request) or `'retention'` (the job; `before` is the cut-off). */
    'customer.erase_requested': { scope: 'customer' | 'retention'; before?: string };
    /** The audit record of an erasure: what was removed, by kind. */
    'customer.erased': { scope: 'customer' | 'retention'; before?: string; counts: ErasureCounts };
    'settings.retention_changed': { months: number | null };
  }
  interface EventContexts {
    'customer.erase_requested': { erasure: Erasure };
  }
}
