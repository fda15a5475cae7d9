// The UGC permission ledger: every request, grant, denial, revocation and expiry is a new entry; nothing
// is edited in place, so "who said yes to what, when" can always be answered. This file holds the entry
// shapes and the append rule; reading the ledger lives in permission-state.ts and can-use.ts.

export const UGC_CHANNELS = ['product_page', 'email', 'ads', 'social', 'homepage'] as const;
export type UgcChannel = (typeof UGC_CHANNELS)[number];

/** How far the shop may edit the content: as posted, cropped or resized, an excerpt, or fully edited. */
export const EDIT_SCOPES = ['as_is', 'crop_resize', 'excerpt', 'full_edit'] as const;
export type EditScope = (typeof EDIT_SCOPES)[number];

interface EntryBase {
  /** ISO 8601 instant the fact happened (or was recorded). */
  at: string;
  recordedBy: string;
  note?: string;
}

export interface RequestedEntry extends EntryBase {
  kind: 'requested';
  channels: UgcChannel[];
}
export interface GrantedEntry extends EntryBase {
  kind: 'granted';
  channels: UgcChannel[];
  /** ISO 8601; null means no end date was agreed. */
  until: string | null;
  editScope: EditScope;
  incentiveGiven: boolean;
  incentiveDisclosed: boolean;
}
/** For denied, revoked and expired, no channels means every channel. */
export interface DeniedEntry extends EntryBase {
  kind: 'denied';
  channels?: UgcChannel[];
}
export interface RevokedEntry extends EntryBase {
  kind: 'revoked';
  channels?: UgcChannel[];
}
export interface ExpiredEntry extends EntryBase {
  kind: 'expired';
  channels?: UgcChannel[];
}

export type PermissionEntry = RequestedEntry | GrantedEntry | DeniedEntry | RevokedEntry | ExpiredEntry;

export type AppendResult = { ok: true; entries: readonly PermissionEntry[] } | { ok: false; error: string };

/**
 * Append one entry after validating it. Entries may not be back-dated before the last one: a ledger
 * that can be rewritten in the past cannot prove what was allowed at the time of a placement.
 */
export function appendPermissionEntry(entries: readonly PermissionEntry[], entry: PermissionEntry): AppendResult {
  const error = validateEntry(entry);
  if (error) return { ok: false, error };
  const last = entries[entries.length - 1];
  if (last && Date.parse(entry.at) < Date.parse(last.at)) {
    return { ok: false, error: `at: ${entry.at} is before the last entry (${last.at}); the ledger is append-only` };
  }
  return { ok: true, entries: Object.freeze([...entries, Object.freeze({ ...entry })]) };
}

export function validateEntry(entry: PermissionEntry): string | undefined {
  if (!entry || typeof entry !== 'object') return 'entry: must be an object';
  if (!['requested', 'granted', 'denied', 'revoked', 'expired'].includes(entry.kind)) return `kind: unknown kind ${String(entry.kind)}`;
  if (typeof entry.at !== 'string' || Number.isNaN(Date.parse(entry.at))) return 'at: must be an ISO 8601 date-time';
  if (typeof entry.recordedBy !== 'string' || entry.recordedBy.trim() === '') return 'recordedBy: who recorded this entry is required';
  const channels = entry.channels;
  const channelsRequired = entry.kind === 'requested' || entry.kind === 'granted';
  if (channels === undefined) return channelsRequired ? 'channels: at least one channel is required' : undefined;
  if (!Array.isArray(channels) || channels.length === 0) return 'channels: at least one channel is required';
  const unknown = channels.find((c) => !(UGC_CHANNELS as readonly string[]).includes(c));
  if (unknown !== undefined) return `channels: unknown channel ${String(unknown)} (expected one of ${UGC_CHANNELS.join(', ')})`;
  if (entry.kind === 'granted') {
    if (!(EDIT_SCOPES as readonly string[]).includes(entry.editScope)) return `editScope: expected one of ${EDIT_SCOPES.join(', ')}`;
    if (typeof entry.incentiveGiven !== 'boolean') return 'incentiveGiven: must be true or false';
    if (typeof entry.incentiveDisclosed !== 'boolean') return 'incentiveDisclosed: must be true or false';
    if (entry.until !== null) {
      if (typeof entry.until !== 'string' || Number.isNaN(Date.parse(entry.until))) return 'until: must be an ISO 8601 date-time or null';
      if (Date.parse(entry.until) <= Date.parse(entry.at)) return 'until: must be after at';
    }
  }
  return undefined;
}
