// The gate every export or placement of customer content passes: is there a valid grant for this exact
// channel right now? A refusal always says why, so the person trying to reuse the content knows whether
// to ask, wait, or stop.
import type { EditScope, GrantedEntry, PermissionEntry, UgcChannel } from './permission-ledger.js';
import { UGC_CHANNELS } from './permission-ledger.js';
import { permissionState } from './permission-state.js';

export type RefusalReason = 'unknown_channel' | 'no_grant' | 'request_pending' | 'denied' | 'revoked' | 'expired' | 'undisclosed_incentive';

export type CanUseResult =
  | { ok: true; channel: UgcChannel; editScope: EditScope; until: string | null; grant: GrantedEntry }
  | { ok: false; channel: string; reason: RefusalReason; message: string };

export function canUse(entries: readonly PermissionEntry[], channel: UgcChannel, now: Date): CanUseResult {
  if (!(UGC_CHANNELS as readonly string[]).includes(channel)) {
    return refuse(channel, 'unknown_channel', `"${channel}" is not a UGC channel (${UGC_CHANNELS.join(', ')})`);
  }
  const p = permissionState(entries, now)[channel];
  const elsewhere = otherGrantedChannels(entries, channel, now);
  switch (p.state) {
    case 'none':
      return refuse(channel, 'no_grant', `no permission recorded for ${channel}${elsewhere}`);
    case 'requested':
      return refuse(channel, 'request_pending', `permission for ${channel} was requested on ${p.since} and not yet granted${elsewhere}`);
    case 'denied':
      return refuse(channel, 'denied', `the customer denied use on ${channel} on ${p.since}`);
    case 'revoked':
      return refuse(channel, 'revoked', `permission for ${channel} was revoked on ${p.since}`);
    case 'expired':
      return refuse(channel, 'expired', `permission for ${channel} expired on ${p.since}`);
    case 'granted': {
      const grant = p.grant as GrantedEntry;
      // An incentivised post reused without disclosure misleads the audience; the grant alone is not enough.
      if (grant.incentiveGiven && !grant.incentiveDisclosed) {
        return refuse(
          channel,
          'undisclosed_incentive',
          `an incentive was given for this content and is not disclosed; record the disclosure before reuse on ${channel}`,
        );
      }
      return { ok: true, channel, editScope: grant.editScope, until: grant.until, grant };
    }
  }
}

function refuse(channel: string, reason: RefusalReason, message: string): CanUseResult {
  return { ok: false, channel, reason, message };
}

function otherGrantedChannels(entries: readonly PermissionEntry[], channel: UgcChannel, now: Date): string {
  const state = permissionState(entries, now);
  const granted = UGC_CHANNELS.filter((c) => c !== channel && state[c].state === 'granted');
  return granted.length > 0 ? ` (granted only for ${granted.join(', ')})` : '';
}
