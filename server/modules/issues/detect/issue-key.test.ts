import { describe, expect, it } from 'vitest';
import { issueKey } from './issue-key.js';

describe('issueKey', () => {
  it('groups a ticket, a review and a refund about the same missing part into one issue', () => {
    const keys = ['email', 'review', 'refund_reason'].map(
      () => issueKey({ issueType: 'missing_item', sku: 'LAMP-2', batch: 'B3', route: 'CN-US', market: 'us' }).key,
    );
    expect(new Set(keys).size).toBe(1);
  });

  it('a batch splits defects but not fit questions', () => {
    const d1 = issueKey({ issueType: 'defect', sku: 'S', batch: 'B1' });
    const d2 = issueKey({ issueType: 'defect', sku: 'S', batch: 'B2' });
    expect(d1.key).not.toBe(d2.key);
    expect(d1.batch).toBe('B1');
    const f1 = issueKey({ issueType: 'fit_size', sku: 'S', batch: 'B1' });
    const f2 = issueKey({ issueType: 'fit_size', sku: 'S', batch: 'B2' });
    expect(f1.key).toBe(f2.key);
    expect(f1.batch).toBeNull();
  });

  it('route and market split delivery delays', () => {
    const a = issueKey({ issueType: 'delivery_delay', sku: 'S', route: 'economy', market: 'br' });
    const b = issueKey({ issueType: 'delivery_delay', sku: 'S', route: 'economy', market: 'PT' });
    expect(a.key).not.toBe(b.key);
    expect(a.market).toBe('BR');
    expect(a.key).toBe('delivery_delay|sku=S|route=economy|market=BR');
  });

  it('an unknown refining dimension joins the SKU-level issue', () => {
    expect(issueKey({ issueType: 'defect', sku: 'S', batch: '  ' }).key).toBe('defect|sku=S');
  });

  it('signals without a SKU group at store level', () => {
    expect(issueKey({ issueType: 'ai_wrong_answer', sku: null }).key).toBe('ai_wrong_answer|sku=*');
  });

  it('separators inside values cannot collide with other keys', () => {
    const a = issueKey({ issueType: 'defect', sku: 'A|batch=B', batch: null });
    const b = issueKey({ issueType: 'defect', sku: 'A', batch: 'B' });
    expect(a.key).not.toBe(b.key);
  });
});
