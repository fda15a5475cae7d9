import type { PlaybookInput } from '../types.js';
import { MOVE } from './moves.js';

/** Repeats that start in the warehouse, the carrier or the supplier. */
export const FULFILMENT_PLAYBOOKS: PlaybookInput[] = [
  {
    id: 'delivery-promise-missed',
    title: 'Delivery is later than the page promised',
    matches: { issueTypes: ['delivery_delay'] },
    hiddenRisk:
      'The delivery window on the page or at checkout is wider in reality; late buyers open disputes and write the review before the parcel arrives.',
    firstReply: "Own the gap, give the parcel's actual status, and say when you will write again, even if nothing has changed by then.",
    writeBack: [
      {
        location: 'delivery_promise',
        change: 'Set the promised window per market and route to what deliveries actually take.',
        ownerTeam: 'fulfilment',
      },
      {
        location: 'product_page',
        change: 'Show the realistic window near the price and in the cart.',
        ownerTeam: 'marketplace_operations',
      },
      { location: 'faq', change: 'Explain tracking gaps and customs holds for the affected markets.', ownerTeam: 'content' },
      { location: 'fulfilment_review', change: 'Review the route or carrier with the late orders attached.', ownerTeam: 'fulfilment' },
    ],
    blockedMoves: [MOVE.uncontrolled_date_promise, MOVE.public_argument, MOVE.carrier_blame_public, MOVE.review_request_too_early],
    reviewMetrics: [
      { metric: 'late_complaints_per_order', goal: 'down', description: 'Delivery complaints per order on the route' },
      { metric: 'on_time_share', goal: 'up', description: 'Orders delivered inside the promised window' },
    ],
    reviewWindowDays: 21,
  },
  {
    id: 'batch-quality-cluster',
    title: 'One batch collecting damage, smell or missing-part complaints',
    matches: { issueTypes: ['defect', 'damaged_in_transit', 'material_quality', 'missing_item', 'wrong_item'], batchScoped: true },
    hiddenRisk:
      'A bad batch is still on the shelf: every order shipped from it repeats the complaint until stock is held and the supplier answers.',
    firstReply:
      'Apologise for the specific fault, ask for a photo and the label or batch code, and replace or refund without making them wait for the investigation.',
    writeBack: [
      { location: 'inventory_hold', change: 'Hold remaining units of the batch until inspected.', ownerTeam: 'sourcing_quality' },
      { location: 'qa_record', change: 'Open a batch record with the photos and order list.', ownerTeam: 'sourcing_quality' },
      {
        location: 'supplier_file',
        change: "Ask the supplier for the batch's inspection evidence and corrective action.",
        ownerTeam: 'sourcing_quality',
      },
      { location: 'escalation_rule', change: 'Send every new report on this batch to a person.', ownerTeam: 'support' },
    ],
    blockedMoves: [MOVE.refund_and_close, MOVE.macro_only, MOVE.automation_on_sensitive, MOVE.review_request_too_early],
    reviewMetrics: [{ metric: 'batch_complaints_per_order', goal: 'down', description: 'Complaints per order shipped after the hold' }],
    reviewWindowDays: 21,
  },
  {
    id: 'recurring-defect',
    title: 'It breaks in normal use',
    matches: { issueTypes: ['defect'] },
    hiddenRisk: 'A part fails in ordinary use: the supplier may have changed a component, and warranty costs grow with every unit sold.',
    firstReply: 'Ask how and when it failed, with a photo, and give the replacement or refund path with timing.',
    writeBack: [
      { location: 'qa_record', change: 'Log the failure mode with photos and use conditions.', ownerTeam: 'sourcing_quality' },
      { location: 'supplier_file', change: 'Share the failures and request a root cause.', ownerTeam: 'sourcing_quality' },
      { location: 'product_page', change: 'State the limits of use honestly if they are the cause.', ownerTeam: 'marketplace_operations' },
    ],
    blockedMoves: [MOVE.refund_and_close, MOVE.discount_only],
    reviewMetrics: [{ metric: 'defects_per_order', goal: 'down', description: 'Defect reports per order' }],
    reviewWindowDays: 21,
  },
  {
    id: 'damaged-in-transit',
    title: 'It arrives broken',
    matches: { issueTypes: ['damaged_in_transit'] },
    hiddenRisk: 'Packaging does not survive the route; each broken arrival costs the product, the shipping and often the review.',
    firstReply: 'Ask for a photo of the item and the box, then send the replacement or refund with a date you control.',
    writeBack: [
      { location: 'fulfilment_review', change: 'Review packing for this SKU and route with the damage photos.', ownerTeam: 'fulfilment' },
      { location: 'qa_record', change: 'Record damage by route and packer.', ownerTeam: 'sourcing_quality' },
    ],
    blockedMoves: [MOVE.carrier_blame_public, MOVE.refund_and_close],
    reviewMetrics: [{ metric: 'damage_per_order', goal: 'down', description: 'Damaged arrivals per order' }],
    reviewWindowDays: 14,
  },
  {
    id: 'missing-part',
    title: 'A strap, part or accessory is missing',
    matches: { issueTypes: ['missing_item'] },
    hiddenRisk:
      'The packing list, the page and the box disagree; either packing skips a part or the page promises one that is not included.',
    firstReply:
      'Confirm which part is missing, send it or its replacement with tracking, and ask for a photo of the box contents only if needed.',
    writeBack: [
      { location: 'fulfilment_review', change: 'Check the pick list and packing step for this part.', ownerTeam: 'fulfilment' },
      { location: 'product_page', change: 'List exactly what is in the box.', ownerTeam: 'marketplace_operations' },
      { location: 'supplier_file', change: 'Ask whether the supplier changed what ships in the box.', ownerTeam: 'sourcing_quality' },
    ],
    blockedMoves: [MOVE.macro_only, MOVE.refund_and_close],
    reviewMetrics: [{ metric: 'missing_part_per_order', goal: 'down', description: 'Missing-part reports per order' }],
    reviewWindowDays: 14,
  },
  {
    id: 'wrong-item',
    title: 'They received a different product or variant',
    matches: { issueTypes: ['wrong_item'] },
    hiddenRisk: 'Picking or labelling mixes variants; the next buyers of both variants are affected.',
    firstReply: 'Apologise, send the right item with tracking, and tell them whether and how to return the wrong one.',
    writeBack: [
      { location: 'fulfilment_review', change: 'Check SKU labels and bin locations for the swapped variants.', ownerTeam: 'fulfilment' },
      { location: 'qa_record', change: 'Record the swap with order and batch.', ownerTeam: 'sourcing_quality' },
    ],
    blockedMoves: [MOVE.refund_and_close],
    reviewMetrics: [{ metric: 'wrong_item_per_order', goal: 'down', description: 'Wrong-item reports per order' }],
    reviewWindowDays: 14,
  },
];
