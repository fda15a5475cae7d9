import { describe, expect, it } from 'vitest';
import type { BoardItem } from '../../../../contracts/actions.js';
import { filterRows, groupRows, sortRows, toBoardRow, toCsv } from './board-rows.js';

/** A board item as GET /api/actions answers it. */
function buildBoardItem(over: Partial<BoardItem> = {}, issue: Partial<NonNullable<BoardItem['issue']>> = {}): BoardItem {
  return {
    id: 1,
    issueId: 10,
    location: 'product_page',
    change: 'State the inner width',
    ownerTeam: 'marketplace_operations',
    owner: null,
    assigneeId: null,
    status: 'proposed',
    dueAt: '2026-11-20T00:00:00Z',
    reviewDate: '2026-12-04T00:00:00Z',
    reviewWindowDays: 14,
    metric: 'fit questions per order',
    baseline: null,
    verdict: null,
    kinds: [],
    automates: [],
    doneAt: null,
    reviewedAt: null,
    createdBy: 'seller',
    createdAt: '2026-11-10T00:00:00Z',
    updatedAt: '2026-11-10T00:00:00Z',
    issue: {
      id: 10,
      issueType: 'fit_size',
      sku: 'BAG-1',
      batch: null,
      route: null,
      market: null,
      status: 'needs_action',
      signalCount: 10,
      channels: { email: 3, chat: 7 },
      impactScope: {},
      customerWording: 'does it fit?',
      evidence: { photos: [], orders: 0 },
      playbookId: null,
      sla: { breached: 1 },
      mustBeHuman: 0,
      escalation: null,
      ownerTeam: 'marketplace_operations',
      ...issue,
    },
    ...over,
  };
}
describe('action board rows', () => {
  it("flattens an action with its issue into the board's columns", () => {
    const r = toBoardRow(buildBoardItem());
    expect(r).toMatchObject({
      source: 'chat 7, email 3',
      issueType: 'fit size',
      sku: 'BAG-1',
      slaState: 'breached',
      location: 'product page',
      reviewDate: '2026-12-04',
    });
  });

  it('sorts, filters and groups the view', () => {
    const rows = [
      toBoardRow(buildBoardItem({ id: 1 })),
      toBoardRow(buildBoardItem({ id: 2, status: 'done', ownerTeam: 'fulfilment' }, { sku: 'AAA' })),
    ];
    expect(sortRows(rows, { key: 'sku', dir: 'asc' }).map((r) => r.id)).toEqual([2, 1]);
    expect(filterRows(rows, { status: 'done' }).map((r) => r.id)).toEqual([2]);
    expect(filterRows(rows, { ownerTeam: 'fulfilment' }).map((r) => r.id)).toEqual([2]);
    expect(groupRows(rows, 'sku').map(([g]) => g)).toEqual(['AAA', 'BAG-1']);
  });

  it('exports CSV that quotes commas and defuses spreadsheet formulas in customer words', () => {
    const r = toBoardRow(buildBoardItem({}, { customerWording: '=HYPERLINK("http://x","click"), please' }));
    const csv = toCsv([['BAG-1', [r]]], 'SKU');
    const [head, line] = csv.trim().split('\r\n');
    expect(head!.startsWith('SKU,Action,Issue,Signal source')).toBe(true);
    expect(line).toContain(`"'=HYPERLINK(""http://x"",""click""), please"`);
  });
});
