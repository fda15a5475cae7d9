import type { PlaybookInput } from '../types.js';
import { MOVE } from './moves.js';

/** Repeats the product page, FAQ or creative should have prevented. */
export const PAGE_PLAYBOOKS: PlaybookInput[] = [
  {
    id: 'fit-questions-presale',
    title: 'Shoppers keep asking whether it fits',
    matches: { issueTypes: ['fit_size'], stages: ['pre_sale'] },
    hiddenRisk: 'The page leaves size or compatibility to guesswork; every unanswered asker is a likely lost sale and a possible return.',
    firstReply: 'Give your best judgement straight away, then ask for the one measurement or model number that would confirm it.',
    writeBack: [
      {
        location: 'product_page',
        change: 'Add the measurements and the compatible models buyers ask about, with a comparison photo.',
        ownerTeam: 'marketplace_operations',
      },
      { location: 'faq', change: 'Answer the top fit question in the words customers use.', ownerTeam: 'content' },
      { location: 'support_macro', change: 'Point the macro at the new size table instead of re-explaining it.', ownerTeam: 'support' },
      { location: 'ad_creative_brief', change: 'Show the product next to a familiar object for scale.', ownerTeam: 'marketing' },
    ],
    blockedMoves: [MOVE.macro_only],
    reviewMetrics: [
      { metric: 'presale_questions_per_order', goal: 'down', description: 'Fit questions per order of the SKU' },
      { metric: 'fit_returns_per_order', goal: 'down', description: 'Returns giving size or fit as the reason' },
    ],
    reviewWindowDays: 14,
  },
  {
    // No stage condition: fit trouble of unknown stage lands here, pre-sale questions go above.
    id: 'fit-wrong-after-purchase',
    title: 'Bought it, and it does not fit',
    matches: { issueTypes: ['fit_size'] },
    hiddenRisk: 'The size chart or compatibility claim is wrong or unclear; these buyers return, and some will say so in reviews.',
    firstReply: 'Acknowledge the mismatch, ask what they measured or own, and lay out the exchange or return path with who pays shipping.',
    writeBack: [
      {
        location: 'product_page',
        change: 'Correct or clarify the size chart and compatibility list.',
        ownerTeam: 'marketplace_operations',
      },
      { location: 'qa_record', change: 'Check a sample against the published measurements.', ownerTeam: 'sourcing_quality' },
    ],
    blockedMoves: [MOVE.macro_only, MOVE.discount_only],
    reviewMetrics: [{ metric: 'fit_complaints_per_order', goal: 'down', description: 'Post-purchase fit complaints per order' }],
    reviewWindowDays: 21,
  },
  {
    id: 'listing-mismatch',
    title: 'It does not look like the listing',
    matches: { issueTypes: ['listing_mismatch'] },
    hiddenRisk:
      'Photos or copy promise a version, finish or size that ships differently; this turns into returns, disputes and "not as described" claims.',
    firstReply:
      'Ask for a photo beside the listing image, confirm what they expected, and offer the remedy without making them argue for it.',
    writeBack: [
      {
        location: 'product_page',
        change: 'Replace or caption the photos and copy that differ from what ships.',
        ownerTeam: 'marketplace_operations',
      },
      { location: 'supplier_file', change: 'Record the version shipped versus the version photographed.', ownerTeam: 'sourcing_quality' },
      { location: 'ad_creative_brief', change: 'Retire creative that shows the old version.', ownerTeam: 'marketing' },
    ],
    blockedMoves: [MOVE.macro_only, MOVE.public_argument],
    reviewMetrics: [{ metric: 'mismatch_complaints_per_order', goal: 'down', description: 'Not-as-described complaints per order' }],
    reviewWindowDays: 14,
  },
  {
    id: 'material-colour-mismatch',
    title: 'Material, colour or feel is not what they expected',
    matches: { issueTypes: ['material_quality'] },
    hiddenRisk:
      'Nothing is broken, yet buyers feel misled: lighting, thickness or finish on the page oversell the real thing, or the supplier changed it.',
    firstReply:
      'Ask for a daylight photo, say plainly whether that is how the product is meant to be, and offer the return or exchange terms.',
    writeBack: [
      {
        location: 'product_page',
        change: 'Add true-colour photos, material weight or thickness, and a close-up of the finish.',
        ownerTeam: 'marketplace_operations',
      },
      { location: 'qa_record', change: 'Compare the current stock to the approved sample.', ownerTeam: 'sourcing_quality' },
    ],
    blockedMoves: [MOVE.discount_only, MOVE.public_argument],
    reviewMetrics: [{ metric: 'material_complaints_per_order', goal: 'down', description: 'Material or colour complaints per order' }],
    reviewWindowDays: 21,
  },
  {
    id: 'expectation-gap-refunds',
    title: 'Refund reasons keep saying "not what I expected"',
    matches: { issueTypes: ['listing_mismatch', 'material_quality', 'fit_size'], channels: ['refund_reason', 'return_reason', 'dispute'] },
    hiddenRisk:
      'The money is already leaving: the gap between what the page promises and what arrives is paid for on every return and dispute.',
    firstReply: 'Name the gap the buyer describes, then give the options, the timing of the refund and where the money goes.',
    writeBack: [
      {
        location: 'product_page',
        change: 'Show proof of the disputed attribute: real photos, measurements, limits of use.',
        ownerTeam: 'marketplace_operations',
      },
      { location: 'faq', change: 'State the limitation buyers discover only after delivery.', ownerTeam: 'content' },
      { location: 'ad_creative_brief', change: 'Stop creative that sets the expectation the product cannot meet.', ownerTeam: 'marketing' },
      { location: 'qa_record', change: 'Log the gap with the refunded orders as evidence.', ownerTeam: 'sourcing_quality' },
    ],
    blockedMoves: [MOVE.discount_only, MOVE.refund_and_close, MOVE.automation_on_sensitive],
    reviewMetrics: [{ metric: 'expectation_refunds_per_order', goal: 'down', description: 'Refunds citing expectation per order' }],
    reviewWindowDays: 21,
  },
  {
    id: 'setup-confusion',
    title: 'Buyers cannot set it up or use it',
    matches: { issueTypes: ['setup_usage'] },
    hiddenRisk:
      'The manual, label or video does not carry the buyer through; confused buyers report it as broken and return working units.',
    firstReply: 'Walk them through the step they are stuck on, with a photo or short video, and check that it worked.',
    writeBack: [
      { location: 'faq', change: 'Add the stuck step as a short illustrated answer.', ownerTeam: 'content' },
      {
        location: 'product_page',
        change: 'Link a setup video and state what is needed (tools, batteries, app).',
        ownerTeam: 'marketplace_operations',
      },
      { location: 'qa_record', change: 'Flag the manual or label for a rewrite.', ownerTeam: 'product_compliance' },
      { location: 'chatbot_knowledge', change: 'Teach the assistant the corrected steps.', ownerTeam: 'support' },
    ],
    blockedMoves: [MOVE.macro_only],
    reviewMetrics: [{ metric: 'setup_contacts_per_order', goal: 'down', description: 'Setup questions per order' }],
    reviewWindowDays: 14,
  },
];
