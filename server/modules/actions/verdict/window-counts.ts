import { AppError } from '../../../platform/errors.js';
import type { ExposureMode, WindowCount } from './types.js';

const DAY_MS = 86_400_000;

export interface CountableSignal {
  receivedAt: Date;
  /** Order date when the signal names a known order; complaints trail orders, so this wins. */
  orderedAt?: Date | null;
  /** Does the signal belong to the issue under review? (non-matching ones feed share mode.) */
  matches: boolean;
}

export interface CountableOrder {
  orderedAt: Date;
}

export interface WindowCountsInput {
  /** When the action was marked done. */
  changeAt: Date;
  /** Length of the after window; the playbook's review window (7–21 days). */
  windowDays: number;
  /**
   * Length of the before window (default windowDays). A longer baseline (e.g. 28 days) buys
   * power at low volume; exposure adjusts for the unequal lengths.
   */
  baselineDays?: number;
  /** Signals of the SKU (matching and not). */
  signals: readonly CountableSignal[];
  /** Orders containing the SKU. Omit or pass an empty list when the store has no order data. */
  orders?: readonly CountableOrder[] | null;
  /**
   * Count an order-attributed signal only if it arrived within this many days of its order.
   * Orders late in the after window have had less time to complain; capping follow-up equally
   * in both windows removes that bias. The counts are final only at `completeAt`.
   */
  followUpDays?: number | null;
}

export interface WindowCounts {
  before: WindowCount;
  after: WindowCount;
  mode: ExposureMode;
  /** When every order in the after window has had its full follow-up. */
  completeAt: Date;
}

type Slot = 'before' | 'after' | null;

function slotOf(t: number, change: number, w: number, bw: number): Slot {
  if (t >= change - bw && t < change) return 'before';
  if (t >= change && t < change + w) return 'after';
  return null;
}

/**
 * Counts events and exposure in the windows just before and just after a change. Signals are
 * placed by order date where known (the order is when the customer met the old or new page),
 * else by the date they arrived.
 */
export function windowCounts(input: WindowCountsInput): WindowCounts {
  const baselineDays = input.baselineDays ?? input.windowDays;
  if (!(input.windowDays > 0) || !(baselineDays > 0)) {
    throw new AppError('verdict_invalid_window', 'windowDays and baselineDays must be > 0');
  }
  const change = input.changeAt.getTime();
  const w = input.windowDays * DAY_MS;
  const bw = baselineDays * DAY_MS;
  const followUp = input.followUpDays == null ? null : input.followUpDays * DAY_MS;
  const orders = input.orders ?? [];
  const mode: ExposureMode = orders.length > 0 ? 'orders' : 'share';
  const out = { before: { events: 0, exposure: 0 }, after: { events: 0, exposure: 0 } };

  for (const s of input.signals) {
    const ordered = s.orderedAt?.getTime();
    if (ordered !== undefined && followUp !== null && s.receivedAt.getTime() - ordered > followUp) continue;
    const slot = slotOf(ordered ?? s.receivedAt.getTime(), change, w, bw);
    if (!slot) continue;
    if (s.matches) out[slot].events += 1;
    if (mode === 'share') out[slot].exposure += 1;
  }
  if (mode === 'orders') {
    for (const o of orders) {
      const slot = slotOf(o.orderedAt.getTime(), change, w, bw);
      if (slot) out[slot].exposure += 1;
    }
  }
  return { ...out, mode, completeAt: new Date(change + w + (followUp ?? 0)) };
}
