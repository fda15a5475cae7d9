import { describe, expect, it } from 'vitest';
import type { GrantedEntry, PermissionEntry } from './permission-ledger.js';
import { appendPermissionEntry } from './permission-ledger.js';
import { canUse } from './can-use.js';
import { permissionState } from './permission-state.js';

const NOW = new Date('2026-06-01T00:00:00Z');

function buildGrant(overrides: Partial<GrantedEntry> = {}): GrantedEntry {
  return {
    kind: 'granted',
    at: '2026-05-01T10:00:00Z',
    recordedBy: 'agent:maria',
    channels: ['product_page', 'email'],
    until: '2026-12-31T00:00:00Z',
    editScope: 'crop_resize',
    incentiveGiven: false,
    incentiveDisclosed: false,
    ...overrides,
  };
}
const requested: PermissionEntry = {
  kind: 'requested',
  at: '2026-04-28T09:00:00Z',
  recordedBy: 'agent:maria',
  channels: ['product_page', 'email', 'ads'],
};

describe('canUse', () => {
  it('allows a granted channel and returns the edit scope and end date', () => {
    const r = canUse([requested, buildGrant()], 'product_page', NOW);
    expect(r).toMatchObject({ ok: true, editScope: 'crop_resize', until: '2026-12-31T00:00:00Z' });
  });

  it('refuses with no entries at all', () => {
    expect(canUse([], 'product_page', NOW)).toMatchObject({ ok: false, reason: 'no_grant' });
  });

  it('refuses while only a request exists', () => {
    expect(canUse([requested], 'ads', NOW)).toMatchObject({ ok: false, reason: 'request_pending' });
  });

  it('refuses a channel outside the grant and says which channels are granted', () => {
    const r = canUse([requested, buildGrant()], 'ads', NOW);
    expect(r).toMatchObject({ ok: false, reason: 'request_pending' });
    const h = canUse([buildGrant()], 'homepage', NOW);
    expect(h).toMatchObject({ ok: false, reason: 'no_grant' });
    expect(!h.ok && h.message).toMatch(/granted only for product_page, email/);
  });

  it('refuses after revocation, on every channel when none is named', () => {
    const entries: PermissionEntry[] = [buildGrant(), { kind: 'revoked', at: '2026-05-20T00:00:00Z', recordedBy: 'agent:li' }];
    expect(canUse(entries, 'product_page', NOW)).toMatchObject({ ok: false, reason: 'revoked' });
    expect(canUse(entries, 'email', NOW)).toMatchObject({ ok: false, reason: 'revoked' });
  });

  it('a revocation of one channel leaves the others', () => {
    const entries: PermissionEntry[] = [
      buildGrant(),
      { kind: 'revoked', at: '2026-05-20T00:00:00Z', recordedBy: 'agent:li', channels: ['email'] },
    ];
    expect(canUse(entries, 'email', NOW)).toMatchObject({ ok: false, reason: 'revoked' });
    expect(canUse(entries, 'product_page', NOW).ok).toBe(true);
  });

  it('refuses after the grant end date without any entry', () => {
    const entries = [buildGrant({ until: '2026-05-15T00:00:00Z' })];
    expect(canUse(entries, 'product_page', new Date('2026-05-14T23:59:59Z')).ok).toBe(true);
    expect(canUse(entries, 'product_page', NOW)).toMatchObject({ ok: false, reason: 'expired' });
  });

  it('refuses after an explicit expiry entry', () => {
    const entries: PermissionEntry[] = [buildGrant({ until: null }), { kind: 'expired', at: '2026-05-25T00:00:00Z', recordedBy: 'system' }];
    expect(canUse(entries, 'email', NOW)).toMatchObject({ ok: false, reason: 'expired' });
  });

  it('refuses a grant whose incentive is not disclosed, allows a disclosed one', () => {
    expect(canUse([buildGrant({ incentiveGiven: true, incentiveDisclosed: false })], 'email', NOW)).toMatchObject({
      ok: false,
      reason: 'undisclosed_incentive',
    });
    expect(canUse([buildGrant({ incentiveGiven: true, incentiveDisclosed: true })], 'email', NOW).ok).toBe(true);
  });

  it('refuses after a denial', () => {
    expect(canUse([requested, { kind: 'denied', at: '2026-04-29T00:00:00Z', recordedBy: 'agent:maria' }], 'ads', NOW)).toMatchObject({
      ok: false,
      reason: 'denied',
    });
  });

  it('a new grant after a revocation allows again', () => {
    const entries: PermissionEntry[] = [
      buildGrant(),
      { kind: 'revoked', at: '2026-05-10T00:00:00Z', recordedBy: 'a' },
      buildGrant({ at: '2026-05-20T00:00:00Z' }),
    ];
    expect(canUse(entries, 'email', NOW).ok).toBe(true);
  });

  it('ignores entries dated after now: the answer is what held at that moment', () => {
    const entries: PermissionEntry[] = [buildGrant(), { kind: 'revoked', at: '2026-07-01T00:00:00Z', recordedBy: 'a' }];
    expect(canUse(entries, 'email', NOW).ok).toBe(true);
    expect(canUse(entries, 'email', new Date('2026-07-02T00:00:00Z')).ok).toBe(false);
    expect(canUse([buildGrant()], 'email', new Date('2026-04-01T00:00:00Z'))).toMatchObject({ ok: false, reason: 'no_grant' });
  });

  it('refuses an unknown channel by name', () => {
    expect(canUse([buildGrant()], 'billboard' as never, NOW)).toMatchObject({ ok: false, reason: 'unknown_channel' });
  });
});

describe('permissionState', () => {
  it('gives one state per channel', () => {
    const s = permissionState([requested, buildGrant()], NOW);
    expect(Object.fromEntries(Object.entries(s).map(([c, p]) => [c, p.state]))).toEqual({
      product_page: 'granted',
      email: 'granted',
      ads: 'requested',
      social: 'none',
      homepage: 'none',
    });
  });

  it('a renewal request does not suspend a grant in force', () => {
    const renewal: PermissionEntry = { kind: 'requested', at: '2026-05-20T00:00:00Z', recordedBy: 'a', channels: ['email'] };
    expect(permissionState([buildGrant(), renewal], NOW).email.state).toBe('granted');
  });
});

describe('appendPermissionEntry', () => {
  it('appends and freezes', () => {
    const r = appendPermissionEntry([requested], buildGrant());
    expect(r.ok && r.entries).toHaveLength(2);
    expect(r.ok && Object.isFrozen(r.entries)).toBe(true);
  });

  it('refuses back-dating before the last entry', () => {
    const r = appendPermissionEntry([buildGrant()], { kind: 'revoked', at: '2026-04-01T00:00:00Z', recordedBy: 'a' });
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^at: .*append-only/) });
  });

  it.each([
    [{ ...buildGrant(), channels: [] }, /^channels: /],
    [{ ...buildGrant(), channels: ['billboard'] }, /unknown channel billboard/],
    [{ ...buildGrant(), recordedBy: ' ' }, /^recordedBy: /],
    [{ ...buildGrant(), until: '2026-04-01T00:00:00Z' }, /^until: must be after at/],
    [{ ...buildGrant(), editScope: 'anything' }, /^editScope: /],
    [{ ...buildGrant(), at: 'yesterday' }, /^at: /],
    [{ ...buildGrant(), incentiveGiven: 'no' }, /^incentiveGiven: /],
    [{ kind: 'requested', at: '2026-05-01T00:00:00Z', recordedBy: 'a' }, /^channels: /],
  ])('refuses an invalid entry naming the field (%#)', (entry, message) => {
    const r = appendPermissionEntry([], entry as PermissionEntry);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
  });
});
