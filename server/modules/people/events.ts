/** The events people emits: who was let in, given what, and who let them in. No secrets, no passwords. */
declare module '../../platform/events.js' {
  interface EventPayloads {
    'user.added': { email: string; role: string; teams: string[]; via: 'cli' | 'api' | 'first_admin' | 'invitation' | 'demo' };
    'user.updated': { changed: string[]; role?: string; active?: boolean };
    'user.signed_in': Record<string, never>;
    'user.signed_out': { everywhere: boolean; sessions: number };
    'user.sign_in_refused': { reason: 'bad_credentials' | 'rate_limited' };
    'token.created': { name: string };
    'token.revoked': { name: string };
    'invitation.created': { email: string; role: string; expiresAt: string };
    'invitation.accepted': { email: string };
  }
}

export {};
