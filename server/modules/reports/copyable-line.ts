import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { maskPii } from '../../lib/pii.js';
import { representativeWording } from '../issues/index.js';
import { loadPlaybooks, matchPlaybook, type Playbook } from '../playbooks/index.js';
import { themeWordings } from '../signals/index.js';
import { currentKnowledge } from '../knowledge/index.js';
import type { ThemeRow } from './rollup-read-repository.js';
import { addIsoDays as addDays } from '../../lib/time/index.js';
import type { BlockerLine, CopyableLine, ThemeLine } from './weekly-report.js';
import { actionableRank } from './actionable-wording.js';

/**
 * The pool the representative wording is chosen from: the first few signals of each day of the
 * week (7 slices of 8), not the week's first 200. The first 200 of a busy theme are all from its
 * Monday, and reading them walks the week's index until 200 match, a walk whose page reads grow
 * with the store. Eight a day reads a fifth of that, the same at any volume, and a pool spread
 * over the week is the better sample of what the week's customers said. The pick itself is
 * linear in the pool (representativeWording), so the pool size is about reading, not compute.
 */
const WORDING_SLICES = 7;
const WORDING_PER_SLICE = 8;

/** Themes tried, in order, for a wording worth acting on before the line is left out. */
const MAX_THEMES_TRIED = 5;

/**
 * The first theme (top themes, then conversion blockers) whose week holds a wording to act on,
 * and its most representative such wording: complaints read as negative or mixed first, neutral
 * questions only when there is no complaint; never a positive message or a chat the bot settled.
 */
async function pickActionable(db: Kysely<DB>, candidates: readonly (ThemeLine | BlockerLine)[], from: Date, to: Date) {
  for (const theme of candidates.slice(0, MAX_THEMES_TRIED)) {
    const rows = (await themeWordings(db, theme, from, to, WORDING_SLICES, WORDING_PER_SLICE, true))
      .map((r) => ({ ...r, rank: actionableRank(r) }))
      .filter((r) => r.rank >= 0);
    if (!rows.length) continue;
    const best = Math.min(...rows.map((r) => r.rank));
    const pool = rows.filter((r) => r.rank === best);
    const rep = representativeWording(pool.map((r) => maskPii(r.text).replace(/\s+/g, ' ').trim()));
    if (rep) return { theme, source: pool[rep.index]!, rep };
  }
  return null;
}

/**
 * The one line a team pastes where it works: the most representative customer wording of the
 * week's top theme (masked), where it came from, and what to change — the page, the FAQ answer,
 * the next reply — with the metric to check 7 to 21 days after the change.
 */
export async function buildCopyableLine(
  db: Kysely<DB>,
  o: { themes: ThemeLine[]; blockers: BlockerLine[]; stages: ThemeRow[]; from: Date; to: Date; lastDay: string },
): Promise<CopyableLine | null> {
  const picked = await pickActionable(db, [...o.themes, ...o.blockers], o.from, o.to);
  if (!picked) return null;
  const { theme, source, rep } = picked;
  const inTheme = (r: ThemeRow) => r.issueType === theme.issueType && (theme.sku === '*' || r.sku === theme.sku);
  const preSale = o.stages.filter((r) => inTheme(r) && r.stage === 'pre_sale').reduce((s, r) => s + r.signals, 0);
  const stage = preSale * 2 >= theme.count ? 'pre_sale' : 'post_purchase';
  const playbook =
    matchPlaybook({ issueType: theme.issueType as Playbook['matches']['issueTypes'][number], stage }, await loadPlaybooks(db))?.playbook ??
    null;
  const knowledge = theme.sku && theme.sku !== '*' ? await currentKnowledge(db, { sku: theme.sku }) : [];
  const faq = knowledge.find((k) => k.kind === 'faq');
  const page = playbook?.writeBack.find((w) => w.location === 'product_page') ?? playbook?.writeBack[0];
  const faqWrite = playbook?.writeBack.find(
    (w) => w.location === 'faq' || w.location === 'chatbot_knowledge' || w.location === 'support_macro',
  );
  const metric = playbook?.reviewMetrics[0];
  const wording = rep.text.length > 280 ? `${rep.text.slice(0, 279)}…` : rep.text;
  const out: Omit<CopyableLine, 'line'> = {
    wording,
    signalId: source.id,
    channel: source.channel,
    receivedAt: source.receivedAt.toISOString(),
    issueType: theme.issueType,
    sku: theme.sku,
    title: theme.title,
    pageChange: page ? `${page.location.replaceAll('_', ' ')}: ${page.change}` : null,
    faqAnswer: faq
      ? `${faq.title}: ${maskPii(faq.body)}`
      : faqWrite
        ? `${faqWrite.location.replaceAll('_', ' ')}: ${faqWrite.change}`
        : null,
    nextReply: playbook?.firstReply ?? null,
    metric: metric ? { name: metric.metric, goal: metric.goal, checkFrom: addDays(o.lastDay, 7), checkTo: addDays(o.lastDay, 21) } : null,
  };
  const where = `${out.channel}, ${out.receivedAt.slice(0, 10)}, ${theme.sku === '*' ? 'across SKUs' : theme.sku || 'no SKU'} (${theme.issueType})`;
  const line = [
    `"${wording}" (${where})`,
    out.pageChange && `Page: ${out.pageChange}`,
    out.faqAnswer && `FAQ: ${out.faqAnswer}`,
    out.nextReply && `Next reply: ${out.nextReply}`,
    out.metric &&
      `Check ${out.metric.name} (${out.metric.goal === 'down' ? 'should fall' : 'should rise'}) between ${out.metric.checkFrom} and ${out.metric.checkTo}.`,
  ]
    .filter(Boolean)
    .join(' | ');
  return { ...out, line };
}
