// Reads the ledger into one state per channel at a given moment. Entries are applied in time order
// (ledger order breaks ties) and entries dated after `now` are ignored, so asking "what was allowed on
// 1 March" gives the answer that held on 1 March.
import type { GrantedEntry, PermissionEntry, UgcChannel } from './permission-ledger.js';
import { UGC_CHANNELS } from './permission-ledger.js';

export type ChannelState = 'none' | 'requested' | 'granted' | 'denied' | 'revoked' | 'expired';

export interface ChannelPermission {
  state: ChannelState;
  /** When the current state began (ISO 8601); absent for 'none'. */
  since?: string;
  /** The grant in force, or the last grant before a revocation or expiry. */
  grant?: GrantedEntry;
}

export type PermissionState = Record<UgcChannel, ChannelPermission>;

export function permissionState(entries: readonly PermissionEntry[], now: Date): PermissionState {
  const state = Object.fromEntries(UGC_CHANNELS.map((c) => [c, { state: 'none' } as ChannelPermission])) as PermissionState;
  const applicable = entries
    .map((entry, index) => ({ entry, index, at: Date.parse(entry.at) }))
    .filter((e) => !Number.isNaN(e.at) && e.at <= now.getTime())
    .sort((a, b) => a.at - b.at || a.index - b.index);

  for (const { entry } of applicable) {
    const channels = entry.channels ?? UGC_CHANNELS;
    for (const channel of channels) {
      const current = state[channel];
      switch (entry.kind) {
        case 'requested':
          // Asking again (e.g. to renew) must not suspend a grant that is still in force.
          if (!(current.state === 'granted' && !lapsed(current.grant, entry.at)))
            state[channel] = { state: 'requested', since: entry.at, grant: current.grant };
          break;
        case 'granted':
          state[channel] = { state: 'granted', since: entry.at, grant: entry };
          break;
        case 'denied':
        case 'revoked':
        case 'expired':
          state[channel] = { state: entry.kind, since: entry.at, grant: current.grant };
          break;
      }
    }
  }

  // A grant with an end date expires by itself; no entry is needed for that.
  for (const channel of UGC_CHANNELS) {
    const current = state[channel];
    if (current.state === 'granted' && lapsed(current.grant, now.toISOString())) {
      state[channel] = { state: 'expired', since: current.grant?.until ?? undefined, grant: current.grant };
    }
  }
  return state;
}

function lapsed(grant: GrantedEntry | undefined, at: string): boolean {
  return !!grant?.until && Date.parse(grant.until) <= Date.parse(at);
}
