import type { IssueType } from '../../../contracts/signal.js';

/** English pre-sale questions, praise, surveys and the reason codes of payment and returns forms. */

export const PRESALE: Partial<Record<IssueType, string[]>> = {
  fit_size: ['What are the actual measurements of {product}?', 'Will {product} fit what I already have?'],
  material_quality: [
    'Is {product} really {material}?',
    'How thick is the material on {product}?',
    'Does {product} have a smell when it is new?',
    'Is the colour closer to grey or beige in real life?',
  ],
  delivery_delay: [
    'How long does shipping to {country} take?',
    'If I order today, will it arrive before the weekend?',
    'Do you ship from a local warehouse or from overseas?',
    'Can I get express delivery?',
  ],
  payment_checkout: [
    'Do you take PayPal?',
    'Will I have to pay import duties on delivery?',
    'Is there a code for a first order?',
    'Can I pay in instalments?',
  ],
  warranty_policy: ['How long is the warranty on {product}?', 'What is your return window?', 'Can I return it if it does not fit?'],
  setup_usage: [
    'Does {product} work with Google Home?',
    'Does {product} need a hub?',
    'Does it work on a 5 GHz network?',
    'Is {product} easy to set up for someone not techy?',
  ],
  listing_mismatch: ['Is the item in the photos the same one you ship?', 'Is the {color} in the photos accurate?'],
};

/** Fit questions depend on what the thing is: sizes for clothes, cup holders for bottles. */
export const PRESALE_FIT: Record<string, string[]> = {
  apparel: [
    'Does {product} run true to size? I am usually a {size}.',
    'I am between sizes, should I size up on {product}?',
    'How does {product} fit compared with a normal {size}?',
    'What is the chest measurement of the {size}?',
    'Is {product} long enough for someone tall?',
  ],
  kitchen: [
    'Will {product} fit in a standard dishwasher?',
    'What are the exact dimensions of {product}?',
    'Does {product} work on induction?',
  ],
  outdoor_travel: [
    'Is {product} small enough to count as cabin luggage?',
    'Will {product} fit in a standard car cup holder?',
    'What are the dimensions of {product} when packed?',
  ],
  electronics: [
    'Will {product} fit a phone with a thick case?',
    'Will {product} fit the sockets in Japan?',
    'Is {product} compatible with an older iPhone?',
  ],
  home: ['Does {product} fit a deep mattress, around 30 cm?', 'How big is {product} exactly? Will it cover a three-seat sofa?'],
};

export const PRESALE_CONTEXT = [
  '',
  '',
  '',
  '',
  'It is for a gift.',
  'Thinking of ordering two.',
  'Need it for a trip next month.',
  'Thanks!',
  'Could not find it on the page.',
  'Sorry if this was asked before.',
];

export const PRESALE_OPENERS = ['', '', 'Hi!', 'Hello,', 'Quick question:', 'Hey,', 'Before I order:', 'Question about {product}:'];

export const PRAISE = {
  core: [
    'Love {product}!',
    '{product} is exactly as pictured and the quality is great.',
    'Really happy with {product}, it is even better in person.',
    'Bought {product} as a gift and it went down very well.',
    'Best purchase this year.',
    '{product} arrived quickly and it is beautifully made.',
    'Second time ordering {product}, still impressed.',
    'Great value, {product} feels premium.',
    'Very pleased with {product}.',
    'Ten out of ten for {product}.',
  ],
  /** What people actually did with it, by category, so praise is specific enough to reuse. */
  useCase: {
    apparel: [
      'Wore it on a rainy week in Bergen and stayed dry.',
      'Fits my {size} frame perfectly.',
      'Packs down tiny in my daypack.',
      'Survived a dozen washes without fading.',
    ],
    kitchen: [
      'Use it every single day.',
      'Feels solid and well made in the hand.',
      'Looks great on the open shelf.',
      'Cleans up in seconds.',
    ],
    outdoor_travel: [
      'Took it on a two-week trip and it held up perfectly.',
      'Fits under the seat on budget airlines.',
      'Kept my water cold through a whole hike.',
      'Made packing so much easier.',
    ],
    electronics: [
      'Set up in two minutes with the app.',
      'Charged my phone twice on a long flight.',
      'Holds my phone steady on bumpy roads.',
      'Worked in every socket on our Europe trip.',
    ],
    home: [
      'Our sofa looks so much cosier now.',
      'Softer after the first wash.',
      'The whole living room smells lovely.',
      'Slept better from the first night.',
    ],
  } as Record<string, string[]>,
  detail: [
    'Photo attached.',
    'The {color} is gorgeous.',
    'Packaging was neat and plastic-free.',
    'Customer service answered within an hour.',
    'Will buy another one for my partner.',
    'Video of it in action attached.',
    'Delivery was faster than promised.',
    '',
    '',
  ],
  title: ['Love it', 'Exactly as described', 'Great quality', 'Would buy again', 'Really good', 'Five stars', 'Worth it', 'Impressed'],
};

export const MIXED_REVIEW = [
  'Nice enough, but {note}',
  'Does the job. Only thing: {note}',
  'Good overall, though {note}',
  'Three stars because {note}',
];

export const SURVEY = {
  good: [
    'Quick and helpful reply, thank you.',
    'The agent sorted it in one message.',
    'Easy return, no fuss.',
    'Friendly and clear answer.',
    'Fast delivery and nice packaging.',
  ],
  bad: [
    'It took days to get a real answer.',
    'I had to explain my problem three times.',
    'The answer did not solve anything.',
    'Felt like talking to a script.',
  ],
};

/** Reason labels as return portals and refund forms show them, per issue type. */
export const REASON_LABELS: Partial<Record<IssueType, string[]>> = {
  fit_size: ['Does not fit', 'Size not as expected', 'Wrong size for me'],
  listing_mismatch: ['Not as described', 'Looks different from the photos'],
  material_quality: ['Quality not as expected', 'Material feels cheap'],
  defect: ['Defective or does not work', 'Broke during use'],
  damaged_in_transit: ['Arrived damaged'],
  missing_item: ['Missing parts or accessories', 'Incomplete item'],
  wrong_item: ['Wrong item sent', 'Wrong size or colour sent'],
  delivery_delay: ['Arrived too late', 'Never arrived'],
  returns_refunds: ['Changed my mind', 'No longer needed', 'Ordered by mistake'],
  setup_usage: ['Could not set it up', 'Too complicated'],
  warranty_policy: ['Return outside window refused'],
  safety: ['Unsafe product'],
  ai_wrong_answer: ['Told something different by the assistant'],
};

/** Card-network style reason codes; what the cardholder claims, not our classification. */
export const CHARGEBACK_CODES: Partial<Record<IssueType, string[]>> = {
  delivery_delay: ['13.1 Merchandise not received'],
  missing_item: ['13.3 Not as described or defective merchandise'],
  listing_mismatch: ['13.3 Not as described or defective merchandise'],
  defect: ['13.3 Not as described or defective merchandise'],
  returns_refunds: ['13.6 Credit not processed'],
  payment_checkout: ['12.6 Duplicate processing'],
  default: ['13.3 Not as described or defective merchandise'],
} as Partial<Record<IssueType | 'default', string[]>>;

export const DISPUTE_REASONS: Partial<Record<IssueType | 'default', string[]>> = {
  delivery_delay: ['Item not received'],
  returns_refunds: ['Refund not received'],
  payment_checkout: ['Unauthorised or duplicate charge'],
  default: ['Item significantly not as described'],
};

export const BOT_REPLIES: Partial<Record<IssueType, string[]>> = {
  delivery_delay: [
    'Your order {order} is on its way. The latest estimate is within {promise} of ordering.',
    'I can see order {order} has shipped. Tracking updates can take 24 hours.',
  ],
  returns_refunds: [
    'You can return unused items within {realDays} days of delivery. Start from the Returns page with your order number.',
    'Refunds are issued within 5 business days after we receive the return.',
  ],
  fit_size: ['Our size chart is on the product page under "Size & fit". If you are between sizes, we suggest the larger one.'],
  setup_usage: ['Please make sure your phone is on a 2.4 GHz network, then hold the button for 5 seconds until the light blinks.'],
  payment_checkout: ['We accept major cards, PayPal and Apple Pay. Duties are shown at checkout for most countries.'],
  warranty_policy: ['Our products carry a 1-year warranty against manufacturing defects.'],
  material_quality: ['You can find the material details in the Specifications section of the product page.'],
};

/** The bot's answers to questions before buying (no order to look up). */
export const BOT_PRESALE_REPLIES: Partial<Record<IssueType, string[]>> = {
  delivery_delay: [
    'Most orders ship from our US or German warehouse and arrive in 1 to 7 days. Electronics ship from our partner and take 7 to 14 days.',
    'Delivery times depend on your country; you will see the estimate at checkout before paying.',
  ],
  payment_checkout: BOT_REPLIES.payment_checkout!,
  warranty_policy: BOT_REPLIES.warranty_policy!,
  material_quality: BOT_REPLIES.material_quality!,
  fit_size: [
    'Our size chart and the exact dimensions are on the product page under "Size & fit". Between sizes, we suggest the larger one.',
  ],
  setup_usage: ['It works with Alexa and Google Home over 2.4 GHz Wi-Fi, no hub needed.'],
  listing_mismatch: ['Yes, the photos show the version we currently ship.'],
};

export const BOT_CLOSERS_OK = ['Thanks, that helps.', 'Great, thank you.', 'Ok.', 'Perfect.', 'Got it.'];
export const BOT_CLOSERS_BAD = ['That does not answer my question.', 'Can I talk to a person?', 'This is not helpful.', 'Agent please.'];

/** Asking after an order that is not late yet. */
export const WISMO_CORE = [
  'Hi, can you tell me where order {order} is?',
  'Has my order shipped yet?',
  'Any update on order {order}? Tracking looks quiet.',
  'When should I expect my package?',
  'Just checking on my delivery, it has been {day} days.',
];
