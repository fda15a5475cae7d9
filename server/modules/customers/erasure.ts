import type { ErasureCounts } from '../../../contracts/customers.js';

/** Whose data an erasure takes: one customer's (on request), or every text older than a date (retention). */
export type ErasureScope = { kind: 'customer'; customerId: string } | { kind: 'retention'; before: Date; limit: number };

/**
 * The shared tally of one erasure, handed to every subscriber of `customer.erase_requested` in
 * flow order. Each module erases its own tables and writes here what it did: counts for the
 * answer, and what later stages need to find the rest (the signals and orders erased, the
 * subjects whose events to redact, the tokens — emails, phones, links — to scrub from stored
 * documents). It lives for one transaction and is never stored.
 */
export class Erasure {
  readonly counts: ErasureCounts = {
    orders: 0,
    emails: 0,
    signals: 0,
    attachments: 0,
    replies: 0,
    wordings: 0,
    reviewRequests: 0,
    ugcAssets: 0,
    grantsRevoked: 0,
    reports: 0,
    events: 0,
  };
  readonly signalIds: number[] = [];
  readonly orderIds: string[] = [];
  readonly tokens = new Set<string>();
  readonly subjects = new Map<string, Set<string>>();
  /** Files on disk to remove once the erasure commits (platform/erased-files.ts). */
  readonly files: { kind: string; name: string }[] = [];

  constructor(
    readonly scope: ErasureScope,
    readonly at: Date,
    readonly actor: string,
  ) {}

  count(what: keyof ErasureCounts, n: number): void {
    this.counts[what] += n;
  }

  /** Events about these subjects have their personal fields redacted. */
  subject(type: string, ids: readonly (string | number)[]): void {
    const set = this.subjects.get(type) ?? new Set<string>();
    for (const id of ids) set.add(String(id));
    this.subjects.set(type, set);
  }

  /** A stored file of this kind to remove from disk after the erasure commits. */
  file(kind: string, ...names: (string | null | undefined)[]): void {
    for (const name of names) if (name) this.files.push({ kind, name });
  }

  /** Strings that must not survive anywhere: an email, a phone number, an attachment's link. */
  token(...values: (string | null | undefined)[]): void {
    for (const v of values) if (v && v.trim().length >= 5) this.tokens.add(v.trim());
  }
}
