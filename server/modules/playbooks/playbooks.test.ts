import { describe, expect, it } from 'vitest';
import { ISSUE_TYPES } from '../../../contracts/signal.js';
import { DEFAULT_PLAYBOOKS } from './defaults/index.js';
import { type MatchableIssue, matchPlaybook, rankPlaybooks } from './match-playbook.js';
import { mergePlaybooks, parsePlaybooks } from './parse-playbooks.js';
import type { Playbook, PlaybookInput } from './types.js';

const buildIssue = (over: Partial<MatchableIssue> = {}): MatchableIssue => ({ issueType: 'fit_size', ...over });
const idFor = (issue: MatchableIssue, list: readonly Playbook[] = DEFAULT_PLAYBOOKS) => matchPlaybook(issue, list)?.playbook.id;

function buildPlaybookInput(over: Partial<PlaybookInput> = {}): PlaybookInput {
  return {
    id: 'custom',
    title: 'Custom',
    matches: { issueTypes: ['defect'] },
    hiddenRisk: 'r',
    firstReply: 'f',
    writeBack: [{ location: 'qa_record', change: 'c', ownerTeam: 'sourcing_quality' }],
    blockedMoves: [],
    reviewMetrics: [{ metric: 'm', goal: 'down', description: 'd' }],
    reviewWindowDays: 14,
    ...over,
  };
}

describe('default playbooks', () => {
  it('every issue type has a playbook', () => {
    for (const t of ISSUE_TYPES) expect(idFor(buildIssue({ issueType: t })), t).toBeDefined();
  });

  it('cover every scenario DESIGN.md names', () => {
    expect(idFor(buildIssue({ issueType: 'fit_size', stage: 'pre_sale' }))).toBe('fit-questions-presale');
    expect(idFor(buildIssue({ issueType: 'delivery_delay' }))).toBe('delivery-promise-missed');
    expect(idFor(buildIssue({ issueType: 'material_quality', channels: ['refund_reason'] }))).toBe('expectation-gap-refunds');
    expect(idFor(buildIssue({ issueType: 'ai_wrong_answer' }))).toBe('chatbot-wrong-answer');
    expect(idFor(buildIssue({ issueType: 'damaged_in_transit', batch: 'B1' }))).toBe('batch-quality-cluster');
    expect(idFor(buildIssue({ issueType: 'setup_usage' }))).toBe('setup-confusion');
    expect(idFor(buildIssue({ issueType: 'material_quality' }))).toBe('material-colour-mismatch');
    expect(idFor(buildIssue({ issueType: 'missing_item' }))).toBe('missing-part');
    expect(idFor(buildIssue({ issueType: 'praise', hasMedia: true }))).toBe('strong-review-with-media');
    expect(idFor(buildIssue({ issueType: 'safety' }))).toBe('safety');
    expect(idFor(buildIssue({ issueType: 'listing_mismatch' }))).toBe('listing-mismatch');
  });

  it('review windows are 7 to 21 days and ids are unique', () => {
    expect(DEFAULT_PLAYBOOKS.every((p) => p.reviewWindowDays >= 7 && p.reviewWindowDays <= 21)).toBe(true);
    expect(new Set(DEFAULT_PLAYBOOKS.map((p) => p.id)).size).toBe(DEFAULT_PLAYBOOKS.length);
  });

  it('page-level repeats block the macro-only move and write back to a public page', () => {
    const p = matchPlaybook(buildIssue({ stage: 'pre_sale' }), DEFAULT_PLAYBOOKS)!.playbook;
    expect(p.blockedMoves.map((b) => b.code)).toContain('macro_only');
    expect(p.writeBack.map((w) => w.location)).toContain('product_page');
  });
});

describe('matchPlaybook', () => {
  it('prefers the more specific playbook and says why', () => {
    const r = matchPlaybook(buildIssue({ issueType: 'praise', hasMedia: true }), DEFAULT_PLAYBOOKS)!;
    expect(r.matchedOn).toEqual(['issueType=praise', 'hasMedia=true']);
    expect(rankPlaybooks(buildIssue({ issueType: 'praise', hasMedia: true }), DEFAULT_PLAYBOOKS).map((x) => x.playbook.id)).toEqual([
      'strong-review-with-media',
      'praise',
    ]);
  });

  it('an unknown fact never satisfies a condition', () => {
    expect(idFor(buildIssue({ issueType: 'fit_size', stage: null }))).toBe('fit-wrong-after-purchase');
    expect(idFor(buildIssue({ issueType: 'praise' }))).toBe('praise');
    expect(idFor(buildIssue({ issueType: 'listing_mismatch', channels: [] }))).toBe('listing-mismatch');
  });

  it('among equally conditioned playbooks, the narrower type list wins; then the id decides', () => {
    const broad = parsePlaybooksOrThrow([buildPlaybookInput({ id: 'broad', matches: { issueTypes: ['defect', 'safety'] } })]);
    const narrow = parsePlaybooksOrThrow([buildPlaybookInput({ id: 'narrow' })]);
    expect(idFor(buildIssue({ issueType: 'defect' }), [...broad, ...narrow])).toBe('narrow');
    const twin = parsePlaybooksOrThrow([buildPlaybookInput({ id: 'a-twin' })]);
    expect(idFor(buildIssue({ issueType: 'defect' }), [...narrow, ...twin])).toBe('a-twin');
  });

  it('skips disabled playbooks and returns null when nothing applies', () => {
    const off = parsePlaybooksOrThrow([buildPlaybookInput({ enabled: false })]);
    expect(matchPlaybook(buildIssue({ issueType: 'defect' }), off)).toBeNull();
  });
});

function parsePlaybooksOrThrow(input: unknown[]): Playbook[] {
  const r = parsePlaybooks(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.playbooks;
}

describe('parsePlaybooks (sellers edit playbooks as data)', () => {
  it('accepts a valid edit and fills defaults', () => {
    const [p] = parsePlaybooksOrThrow([buildPlaybookInput()]);
    expect(p?.enabled).toBe(true);
    expect(p?.humanOnly).toBe(false);
  });

  it('names every bad field with the playbook index', () => {
    const r = parsePlaybooks([buildPlaybookInput(), buildPlaybookInput({ id: 'x2', reviewWindowDays: 30, writeBack: [] })]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('playbook_invalid');
    expect(r.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['[1].reviewWindowDays', '[1].writeBack']));
  });

  it('rejects unknown locations, duplicate blocked moves and unknown keys', () => {
    const bad = [
      buildPlaybookInput({ writeBack: [{ location: 'billboard' as never, change: 'c', ownerTeam: 'support' }] }),
      buildPlaybookInput({
        id: 'dup-move',
        blockedMoves: [
          { code: 'macro_only', reason: 'a' },
          { code: 'macro_only', reason: 'b' },
        ],
      }),
      { ...buildPlaybookInput({ id: 'extra' }), colour: 'red' },
    ];
    const r = parsePlaybooks(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(new Set(r.errors.map((e) => e.path.slice(0, 3)))).toEqual(new Set(['[0]', '[1]', '[2]']));
  });

  it('rejects duplicate ids and non-lists', () => {
    const r = parsePlaybooks([buildPlaybookInput(), buildPlaybookInput()]);
    expect(r.ok || r.code).toBe('playbook_duplicate_id');
    expect(parsePlaybooks({}).ok).toBe(false);
  });

  it('a seller edit replaces the default with the same id', () => {
    const [edit] = parsePlaybooksOrThrow([buildPlaybookInput({ id: 'safety', matches: { issueTypes: ['safety'] }, reviewWindowDays: 10 })]);
    const merged = mergePlaybooks(DEFAULT_PLAYBOOKS, [edit!]);
    expect(merged).toHaveLength(DEFAULT_PLAYBOOKS.length);
    expect(matchPlaybook(buildIssue({ issueType: 'safety' }), merged)!.playbook.reviewWindowDays).toBe(10);
  });
});
