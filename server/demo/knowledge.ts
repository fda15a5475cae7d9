import { BOT_ID } from './incidents/chatbot.js';
import { FIT_ID, HERO_ID, PLUG_ID } from './incidents/page-and-fixes.js';
import { ROUTE_ID, STRAP_ID } from './incidents/strap-and-route.js';
import { type IncidentPlan, RETURN_WINDOW_DAYS } from './plan.js';
import { type Calendar, dayStart, isoDate } from './time.js';
import type { DemoKnowledge, KnowledgeEntry } from './types.js';

/**
 * The answers support, the FAQ and the bot start from. Some are stale on purpose: each stale entry
 * sits behind one of the incidents, so the loop has a real place to write the fix back to.
 */
export function buildKnowledge(cal: Calendar, plan: IncidentPlan, strapBatch: string): DemoKnowledge {
  const d = (day: number) => isoDate(dayStart(cal, Math.max(0, day)));
  const early = d(3);
  const e = (entry: Omit<KnowledgeEntry, 'stale'> & { stale?: boolean }): KnowledgeEntry => ({ stale: false, ...entry });

  const macros: KnowledgeEntry[] = [
    e({
      id: 'macro-returns',
      title: 'Starting a return',
      sku: null,
      updatedAt: early,
      body: `Thanks for reaching out. You can send back unused items within ${RETURN_WINDOW_DAYS} days of delivery: open the Returns page, enter your order number and email, and print the label. Refunds reach your card within 5 business days of the parcel arriving with us.`,
    }),
    e({
      id: 'macro-late-parcel',
      title: 'Parcel past its delivery window',
      sku: null,
      updatedAt: early,
      body: 'Sorry your parcel is late. I have checked the tracking and asked the carrier for an update; I will write again by [day] with what they say. If it has not moved by then, we send a replacement or refund, your choice.',
    }),
    e({
      id: 'macro-damaged',
      title: 'Arrived damaged',
      sku: null,
      updatedAt: early,
      body: 'I am sorry it arrived damaged. Could you send a photo of the item and of the outer box? As soon as we have it we ship a replacement; there is no need to send the broken one back.',
    }),
    e({
      id: 'macro-size-exchange',
      title: 'Exchange for another size',
      sku: null,
      updatedAt: early,
      body: 'Happy to swap sizes. Tell me the size you would like and we will send it as soon as the return is scanned by the carrier.',
    }),
    e({
      id: 'macro-double-charge',
      title: 'Charged twice',
      sku: null,
      updatedAt: early,
      body: 'A second charge is usually a card pre-authorisation that drops off within 3 business days. If both charges are still there after that, reply with a screenshot and we refund the extra one the same day.',
    }),
    e({
      id: 'macro-duffel-strap',
      title: 'Duffel: "where is the strap?"',
      sku: plan.strap.sku,
      updatedAt: early,
      stale: true,
      incidentId: STRAP_ID,
      staleBecause: `assumes every duffel ships with its strap; batch ${strapBatch} did not`,
      body: 'Every duffel ships with its shoulder strap, rolled up inside the zipped inner pocket. Please have another look there; if you cannot find it, let us know.',
    }),
    e({
      id: 'macro-smart-plug-setup',
      title: 'Smart plug will not pair',
      sku: plan.plugFix.sku,
      updatedAt: early,
      body: 'Most pairing trouble comes from 5 GHz networks. Please connect your phone to the 2.4 GHz network, hold the plug button for 5 seconds until it blinks quickly, then add it in the app.',
    }),
  ];

  const faq: KnowledgeEntry[] = [
    e({
      id: 'faq-return-window',
      title: 'How long do I have to return something?',
      sku: null,
      updatedAt: early,
      body: `${RETURN_WINDOW_DAYS} days from delivery, for unused items in their original packaging. Faulty items are covered by the 1-year warranty instead.`,
    }),
    e({
      id: 'faq-shipping-times',
      title: 'How long does delivery take?',
      sku: null,
      updatedAt: early,
      stale: true,
      incidentId: ROUTE_ID,
      staleBecause: `the ${plan.route.code} lane ran well past 12 days for several weeks`,
      body: 'From our US and German warehouses: 1 to 7 days depending on where you are. Electronics ship directly from our partner in Shenzhen and arrive in 7 to 12 days to the US.',
    }),
    e({
      id: 'faq-duties',
      title: 'Will I pay import duties?',
      sku: null,
      updatedAt: early,
      body: 'For the EU, UK and US, duties are included in the price. For Brazil and Australia, local taxes may be collected by the carrier on delivery.',
    }),
    e({
      id: 'faq-warranty',
      title: 'What does the warranty cover?',
      sku: null,
      updatedAt: early,
      body: 'One year against manufacturing faults from the day of delivery. It does not cover wear, accidents or damage from misuse.',
    }),
    e({
      id: 'faq-rain-jacket-fit',
      title: 'Does the rain jacket run true to size?',
      sku: plan.fitFix.sku,
      updatedAt: early,
      stale: true,
      incidentId: FIT_ID,
      staleBecause: 'the new cut runs about one size small; the page was corrected but this answer was not',
      body: 'Yes, it is a regular fit and true to size. There is room for a light fleece underneath.',
    }),
    e({
      id: 'faq-smart-plug-pairing',
      title: 'My smart plug will not pair',
      sku: plan.plugFix.sku,
      updatedAt: d(plan.plugFix.fixDay),
      incidentId: PLUG_ID,
      body: 'The plug only works on 2.4 GHz Wi-Fi. Switch your phone to the 2.4 GHz network (many routers name it with "2G" or "2.4"), then reset the plug by holding the button for 5 seconds.',
    }),
    e({
      id: 'faq-throw-care',
      title: 'How do I wash the knit throw?',
      sku: plan.hero.sku,
      updatedAt: early,
      body: 'Cold hand wash or a wool cycle, then dry flat. Do not tumble dry.',
    }),
  ];

  const chatbot: KnowledgeEntry[] = [
    e({
      id: 'bot-returns',
      title: 'Returns policy',
      sku: null,
      updatedAt: d(plan.bot.fromDay),
      stale: true,
      incidentId: BOT_ID,
      staleBecause: `says ${plan.bot.wrongDays} days (an old summer promotion); the policy is ${RETURN_WINDOW_DAYS} days`,
      body: `Customers can return any item within ${plan.bot.wrongDays} days of delivery for a full refund, no questions asked.`,
    }),
    e({
      id: 'bot-order-status',
      title: 'Order status',
      sku: null,
      updatedAt: early,
      body: 'Look up the order by number and email. Quote the carrier status and the promised window. Hand over to a person when the parcel is past its window, when the customer asks for a refund, or when they are upset.',
    }),
    e({
      id: 'bot-throw-material',
      title: 'Chunky knit throw: material',
      sku: plan.hero.sku,
      updatedAt: d(plan.hero.day),
      stale: true,
      incidentId: HERO_ID,
      staleBecause: 'copied from the new hero image caption; the product is a lighter acrylic and wool blend',
      body: 'The throw is a thick, heavyweight chunky knit in a wool blend, as shown in the main photo.',
    }),
    e({
      id: 'bot-duffel-contents',
      title: 'What comes with the duffel',
      sku: plan.strap.sku,
      updatedAt: early,
      body: 'The duffel comes with a detachable padded shoulder strap and a shoe bag.',
    }),
    e({
      id: 'bot-sizing',
      title: 'Sizing help',
      sku: null,
      updatedAt: early,
      body: 'Point to the size chart on the product page. If the customer is between sizes, suggest the larger one. Offer a free size exchange.',
    }),
  ];

  return { macros, faq, chatbot };
}
