import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS, type Playbook } from '../../playbooks/index.js';
import { checkBlockedMoves, type IssueForBlockedMoves, type ProposedAction } from './check-blocked-moves.js';

const playbook = (id: string): Playbook => DEFAULT_PLAYBOOKS.find((p) => p.id === id)!;
const buildIssue = (over: Partial<IssueForBlockedMoves> = {}): IssueForBlockedMoves => ({
  issueType: 'fit_size',
  signalCount: 12,
  open: true,
  actions: [],
  ...over,
});
const buildProposal = (over: Partial<ProposedAction> = {}): ProposedAction => ({
  location: 'support_macro',
  change: 'Add the cup-holder diameter to the fit macro.',
  ...over,
});
const codes = (p: ProposedAction, i: IssueForBlockedMoves, pb: Playbook | null) => checkBlockedMoves(p, i, pb).map((r) => r.code);

describe('checkBlockedMoves', () => {
  it('refuses a macro-only fix for a repeat whose playbook says the page must change, with the reason', () => {
    const r = checkBlockedMoves(buildProposal(), buildIssue(), playbook('fit-questions-presale'));
    expect(r).toHaveLength(1);
    expect(r[0]!.code).toBe('macro_only');
    expect(r[0]!.reason).toContain('product_page');
  });

  it('allows the macro once a page-level action exists for the issue', () => {
    const issue = buildIssue({ actions: [{ location: 'product_page', status: 'accepted' }] });
    expect(codes(buildProposal(), issue, playbook('fit-questions-presale'))).toEqual([]);
  });

  it('a cancelled page action does not count', () => {
    const issue = buildIssue({ actions: [{ location: 'product_page', status: 'cancelled' }] });
    expect(codes(buildProposal(), issue, playbook('fit-questions-presale'))).toEqual(['macro_only']);
  });

  it('a chatbot entry is a script for a fit question but the root fix for a chatbot issue', () => {
    const bot = buildProposal({ location: 'chatbot_knowledge', change: 'Correct the return window in the bot' });
    expect(codes(bot, buildIssue(), playbook('fit-questions-presale'))).toEqual(['macro_only']);
    expect(codes(bot, buildIssue({ issueType: 'ai_wrong_answer' }), playbook('chatbot-wrong-answer'))).toEqual([]);
  });

  it('a one-off question may get a macro', () => {
    expect(codes(buildProposal(), buildIssue({ signalCount: 1 }), playbook('fit-questions-presale'))).toEqual([]);
  });

  it('refuses handing refunds, disputes or angry customers to automation, whatever the playbook', () => {
    const p = buildProposal({
      location: 'chatbot_knowledge',
      change: 'Let the bot approve refunds',
      automates: ['refunds', 'order_status'],
    });
    const r = checkBlockedMoves(p, buildIssue({ issueType: 'returns_refunds' }), null);
    expect(r.map((x) => x.code)).toEqual(['automation_on_sensitive']);
    expect(r[0]!.reason).toContain('refunds');
    const safe = buildProposal({ location: 'chatbot_knowledge', change: 'Bot answers tracking questions', automates: ['order_status'] });
    expect(codes(safe, buildIssue({ issueType: 'delivery_delay' }), playbook('delivery-promise-missed'))).toEqual([]);
  });

  it('refuses a discount as the only answer, but not as part of a plan', () => {
    const coupon = buildProposal({ location: 'support_macro', change: 'Offer a 15% off coupon to anyone who complains' });
    const issue = buildIssue({ issueType: 'material_quality' });
    expect(codes(coupon, issue, playbook('material-colour-mismatch'))).toEqual(['discount_only']);
    const withPage = buildIssue({ issueType: 'material_quality', actions: [{ location: 'product_page', status: 'in_progress' }] });
    expect(codes(coupon, withPage, playbook('material-colour-mismatch'))).toEqual([]);
    const withOtherCoupon = buildIssue({
      issueType: 'material_quality',
      actions: [{ location: 'support_macro', status: 'accepted', kinds: ['discount'] }],
    });
    expect(codes(coupon, withOtherCoupon, playbook('material-colour-mismatch'))).toEqual(['discount_only']);
  });

  it('refuses a coupon-only action on a batch defect, as the reply guardrail refuses a discount-only reply, from its words alone', () => {
    const issue = buildIssue({ issueType: 'defect' });
    const words = buildProposal({ location: 'escalation_rule', change: 'Send every affected buyer a 15% discount code' });
    expect(codes(words, issue, playbook('batch-quality-cluster'))).toEqual(['discount_only']);
    const giftCard = buildProposal({ location: 'escalation_rule', change: 'Give a gift card to whoever writes in' });
    expect(codes(giftCard, issue, playbook('batch-quality-cluster'))).toEqual(['discount_only']);
    const declared = buildProposal({ location: 'escalation_rule', change: 'Goodwill gesture for affected buyers', kinds: ['discount'] });
    expect(codes(declared, issue, playbook('batch-quality-cluster'))).toEqual(['discount_only']);
    const withRemedy = buildProposal({ location: 'escalation_rule', change: 'Replace the leaking units and add a 10% coupon' });
    expect(codes(withRemedy, issue, playbook('batch-quality-cluster'))).toEqual([]);
  });

  it('reads a coupon-only action in pt, es, de and fr with the reply guardrail words, and a remedy beside it passes', () => {
    const issue = buildIssue({ issueType: 'defect' });
    for (const change of [
      'Enviar um cupom de 15% para cada comprador afetado',
      'Enviar un cupón de descuento a cada comprador afectado',
      'Jedem betroffenen Käufer einen Rabattgutschein schicken',
      'Envoyer un code de réduction à chaque acheteur concerné',
    ]) {
      expect(codes(buildProposal({ location: 'escalation_rule', change }), issue, playbook('batch-quality-cluster')), change).toEqual([
        'discount_only',
      ]);
    }
    for (const change of [
      'Trocar as unidades com vazamento e enviar um cupom de 10%',
      'Reemplazar las unidades defectuosas y añadir un cupón',
      'Defekte Geräte ersetzen und einen Gutschein beilegen',
      'Remplacer les unités défectueuses et ajouter un code de réduction',
    ]) {
      expect(codes(buildProposal({ location: 'escalation_rule', change }), issue, playbook('batch-quality-cluster')), change).toEqual([]);
    }
  });

  it('refuses refund-and-close on a batch cluster when nothing reaches the files', () => {
    const p = buildProposal({ location: 'escalation_rule', change: 'Refund every buyer of batch B7 on request', kinds: ['refund'] });
    const issue = buildIssue({ issueType: 'defect' });
    expect(codes(p, issue, playbook('batch-quality-cluster'))).toEqual(['refund_and_close']);
    const withQa = buildIssue({ issueType: 'defect', actions: [{ location: 'qa_record', status: 'proposed' }] });
    expect(codes(p, withQa, playbook('batch-quality-cluster'))).toEqual([]);
  });

  it('refuses promising a delivery date nobody controls', () => {
    const p = buildProposal({ location: 'delivery_promise', change: 'Guarantee delivery by March 3 for all US orders' });
    const issue = buildIssue({ issueType: 'delivery_delay' });
    expect(codes(p, issue, playbook('delivery-promise-missed'))).toEqual(['uncontrolled_date_promise']);
    expect(
      codes({ ...p, promisedDate: { controlledBy: 'warehouse lead (own fleet)' } }, issue, playbook('delivery-promise-missed')),
    ).toEqual([]);
  });

  it('refuses reusing customer content without a granted permission for that channel', () => {
    const issue = buildIssue({ issueType: 'praise', open: false });
    const ad = buildProposal({ location: 'ad_creative_brief', change: 'Cut the unboxing video into a reel', kinds: ['ugc_reuse'] });
    expect(codes(ad, issue, playbook('strong-review-with-media'))).toEqual(['ugc_without_permission']);
    const granted = { ...ad, ugc: { permission: 'granted' as const, channels: ['product_page'], targetChannel: 'instagram' } };
    expect(codes(granted, issue, playbook('strong-review-with-media'))).toEqual(['ugc_without_permission']);
    const ok = { ...ad, ugc: { permission: 'granted' as const, channels: ['instagram'], targetChannel: 'instagram' } };
    expect(codes(ok, issue, playbook('strong-review-with-media'))).toEqual([]);
  });

  it('refuses filtering reviews, and asking for reviews while the problem is open', () => {
    const hide = buildProposal({ location: 'product_page', change: 'Hide the negative reviews from the page' });
    expect(codes(hide, buildIssue(), null)).toContain('review_filtering');
    const ask = buildProposal({
      location: 'support_macro',
      change: 'Send a review request email to these buyers',
      kinds: ['review_request'],
    });
    expect(codes(ask, buildIssue({ issueType: 'delivery_delay', signalCount: 1 }), playbook('delivery-promise-missed'))).toEqual([
      'review_request_too_early',
    ]);
    expect(
      codes(ask, buildIssue({ issueType: 'delivery_delay', signalCount: 1, open: false }), playbook('delivery-promise-missed')),
    ).toEqual([]);
  });

  it("every default playbook's own write-back plan passes its own blocked moves", () => {
    for (const pb of DEFAULT_PLAYBOOKS) {
      const plan = pb.writeBack.map((w) => ({ location: w.location, status: 'proposed' as const }));
      for (const w of pb.writeBack) {
        const r = checkBlockedMoves(
          { location: w.location, change: w.change },
          buildIssue({ issueType: pb.matches.issueTypes[0], actions: plan }),
          pb,
        );
        expect(r, `${pb.id} → ${w.location}`).toEqual([]);
      }
    }
  });
});
