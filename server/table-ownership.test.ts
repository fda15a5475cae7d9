import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A module's repositories touch only its own tables; other modules' rows come through the owner's
 * exported functions (or, for one-statement bulk counts, a typed subquery the owner exports). This
 * test reads every non-test module file for the tables its SQL names: a foreign one fails it.
 */
const OWNER: Record<string, string> = {
  users: 'people',
  user_sessions: 'people',
  api_tokens: 'people',
  invitations: 'people',
  sign_in_failures: 'people',
  customers: 'customers',
  products: 'products',
  orders: 'orders',
  order_lines: 'orders',
  signals: 'signals',
  signal_attachments: 'signals',
  signal_status_changes: 'signals',
  triage_models: 'triage',
  triage_rules: 'triage',
  applied_slas: 'sla',
  sla_events: 'sla',
  signal_satisfaction: 'sla',
  signal_work_steps: 'sla',
  signal_replies: 'replies',
  mail_messages: 'mail',
  mail_attachments: 'mail',
  mail_outbox: 'mail',
  mail_cursors: 'mail',
  playbooks: 'playbooks',
  issues: 'issues',
  issue_signals: 'issues',
  issue_resync: 'issues',
  themes: 'issues',
  actions: 'actions',
  decisions: 'actions',
  knowledge_entries: 'knowledge',
  review_requests: 'reviews',
  review_request_outbox: 'reviews',
  ugc_assets: 'ugc',
  ugc_permission_entries: 'ugc',
  ugc_placements: 'ugc',
  inspection_records: 'inspections',
  portal_complaints: 'portal',
  portal_steps: 'portal',
  portal_messages: 'portal',
  portal_photos: 'portal',
  portal_attempts: 'portal',
  portal_link_secret: 'portal',
  notifications: 'notifications',
  notification_webhooks: 'notifications',
  notification_deliveries: 'notifications',
  notification_preferences: 'notifications',
  notification_cursors: 'notifications',
  notification_digest_settings: 'notifications',
  notification_digests: 'notifications',
};

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return /\.ts$/.test(e.name) && !/\.test\.ts$|testing\.ts$/.test(e.name) ? [p] : [];
  });
}

function crossTouches(): string[] {
  const root = path.resolve('server/modules');
  const out: string[] = [];
  for (const file of files(root)) {
    const rel = path.relative(root, file);
    const module = rel.split(path.sep)[0] ?? '';
    const src = fs.readFileSync(file, 'utf8');
    const foreign = Object.entries(OWNER)
      .filter(
        ([table, owner]) =>
          owner !== module &&
          new RegExp(
            `(selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin)\\(\\s*'${table}\\b|\\b(from|join|into|update)\\s+${table}\\b`,
            'i',
          ).test(src),
      )
      .map(([table]) => table)
      .sort();
    if (foreign.length) out.push(`${rel.split(path.sep).join('/')} → ${foreign.join(', ')}`);
  }
  return out.sort();
}

describe('table ownership', () => {
  it("no module's SQL names another module's tables", () => {
    expect(crossTouches()).toEqual([]);
  });
});
