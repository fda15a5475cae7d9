import { describe, expect, it } from 'vitest';
import { filterRows, groupRows, sortRows, toBoardRow, toCsv, type BoardItem } from './board-rows.js';

const item = (over: Partial<BoardItem> = {}, issue: Partial<NonNullable<BoardItem['issue']>> = {}): BoardItem => ({
  id: 1, issueId: 10, location: 'product_page', change: 'State the inner width', ownerTeam: 'marketplace_operations', owner: null,
  status: 'proposed', dueAt: '2026-11-20T00:00:00Z', reviewDate: '2026-12-04T00:00:00Z', metric: 'fit questions per order',
  issue: { id: 10, issueType: 'fit_size', sku: 'BAG-1', batch: null, status: 'open', channels: { email: 3, chat: 7 }, customerWording: 'does it fit?', sla: { breached: 1 }, ...issue },
  ...over,
});

describe('action board rows', () => {
  it('flattens an action with its issue into the board\'s columns', () => {
    const r = toBoardRow(item());
    expect(r).toMatchObject({ source: 'chat 7, email 3', issueType: 'fit size', sku: 'BAG-1', slaState: 'breached', location: 'product page', reviewDate: '2026-12-04' });
  });

  it('sorts, filters and groups the view', () => {
    const rows = [toBoardRow(item({ id: 1 })), toBoardRow(item({ id: 2, status: 'done', ownerTeam: 'fulfilment' }, { sku: 'AAA' }))];
    expect(sortRows(rows, { key: 'sku', dir: 'asc' }).map((r) => r.id)).toEqual([2, 1]);
    expect(filterRows(rows, { status: 'done' }).map((r) => r.id)).toEqual([2]);
    expect(filterRows(rows, { ownerTeam: 'fulfilment' }).map((r) => r.id)).toEqual([2]);
    expect(groupRows(rows, 'sku').map(([g]) => g)).toEqual(['AAA', 'BAG-1']);
  });

  it('exports CSV that quotes commas and defuses spreadsheet formulas in customer words', () => {
    const r = toBoardRow(item({}, { customerWording: '=HYPERLINK("http://x","click"), please' }));
    const csv = toCsv([['BAG-1', [r]]], 'SKU');
    const [head, line] = csv.trim().split('\r\n');
    expect(head!.startsWith('SKU,Action,Issue,Signal source')).toBe(true);
    expect(line).toContain(`"'=HYPERLINK(""http://x"",""click""), please"`);
  });
});
