import type { IssueType } from '../../../contracts/signal.js';

/** Sentence pieces shared by every English complaint; mixed per signal so wording rarely repeats. */

export const GREETINGS = ['Hi,', 'Hello,', 'Hi there,', 'Hey,', 'Good morning,', 'Hello team,', 'Dear support,', 'Hi all,'];

export const OPENERS = [
  '',
  '',
  '',
  '',
  'Quick one about my recent order.',
  'Writing about order {order}.',
  'I received my package yesterday.',
  'Not a great start with your shop, unfortunately.',
  'I have been a customer for a while and this is new.',
  'Sorry to bother you.',
  'Following up on my order.',
  'So, I finally got my parcel.',
  'I need some help please.',
  'Hoping you can sort this out.',
  'Just opened the box.',
  'Long-time buyer here.',
];

export const ASKS: Partial<Record<IssueType, string[]>> & { default: string[] } = {
  default: ['Can you help?', 'What can you do about this?', 'Please let me know the next step.', 'Please advise.'],
  fit_size: [
    'Can I swap it for the next size up?',
    'How do I exchange it for a bigger one?',
    'Which size should I get instead?',
    'Can you send a larger size?',
    'Is there a size that actually fits a regular build?',
  ],
  listing_mismatch: [
    'I want to send it back.',
    'Please refund me, this is not what I paid for.',
    'Is there a version that matches the photo?',
  ],
  material_quality: ['I would like to return it.', 'Is this normal for this product?', 'Can I get a refund?'],
  defect: ['Please send a replacement.', 'I would like a replacement or my money back.', 'Is this covered by the warranty?'],
  damaged_in_transit: ['Please send a new one.', 'Can you ship a replacement?', 'I would like a refund or replacement.'],
  missing_item: [
    'Please send the missing {part}.',
    'Can you ship the {part} separately?',
    'I need the {part}, or a refund.',
    'How quickly can you send it?',
    'Otherwise I want my money back.',
  ],
  wrong_item: ['Please send the right one and a return label.', 'How do I swap it?'],
  delivery_delay: [
    'When will it actually arrive?',
    'Can you check with the carrier?',
    'Please give me a real date.',
    'If it does not come this week I want a refund.',
    'Is it lost?',
  ],
  setup_usage: [
    'Is there a step-by-step guide?',
    'Can someone walk me through it?',
    'Is there a firmware update?',
    'What am I doing wrong?',
  ],
  returns_refunds: ['Please confirm.', 'How long does it take?', 'Can you check?'],
  payment_checkout: ['Please refund the extra charge.', 'Can you check on your end?'],
  warranty_policy: ['What is the actual policy?', 'Which one is right?'],
  safety: ['I want this looked at urgently.', 'Please tell me if this is a known problem.', 'I want a full refund.'],
  support_experience: ['Can a real person look at this?', 'Please escalate this.'],
  ai_wrong_answer: ['Can a person look at this?', 'Please honour what I was told.'],
};

export const CLOSERS = [
  '',
  '',
  '',
  'Thanks.',
  'Thank you.',
  'Thanks in advance.',
  'Appreciate it.',
  'Cheers.',
  'Looking forward to your reply.',
  'Thanks for your help.',
  'Thx',
];

export const SIGNOFFS = [
  '',
  '',
  '',
  '',
  'Best, Sam',
  '— J.',
  'Kind regards, Priya',
  'Thanks, Tom',
  'Best wishes, Ana',
  'M. Okafor',
  'Regards, Lena',
];

export const ANGRY = [
  'This is ridiculous.',
  'Honestly I am really annoyed.',
  'Very disappointed.',
  'This is not acceptable.',
  'I am fed up with this.',
  'Unbelievable.',
  'What a waste of money.',
  'Seriously frustrated right now.',
];

/** Threats that must send a signal to a human (public complaint, bank, legal). */
export const THREATS = [
  'If this is not sorted by Friday I am filing a chargeback with my bank.',
  'I will leave a one-star review everywhere I can.',
  'I am going to report this to consumer protection.',
  'I will post about this on every social channel I have.',
  'My lawyer will be hearing about this.',
  'Next step is a dispute with PayPal.',
];

export const EMOJI = ['', '', '', '', ' 🙁', ' 😡', ' 🙄', ' !!', ' ??'];

/** Personal details written into the text, so masking has something to mask. */
export const PII = [
  'You can reach me at {email}.',
  'My number is {phone} if a call is easier.',
  'Call me on {phone} or write to {email}.',
  'Please reply to {email}, not the address on the order.',
  'Ship the replacement to {street} please.',
];

export const FIRST = ['maria', 'jonas', 'aisha', 'tom', 'lena', 'carlos', 'mei', 'olu', 'sara', 'dev', 'ines', 'noah'];
export const LAST = ['kowalski', 'baker', 'silva', 'nguyen', 'moreau', 'schmidt', 'okafor', 'rossi', 'ahmed', 'jensen'];
export const DOMAINS = ['example.com', 'mail.example.net', 'inbox.example.org'];
export const STREETS = ['14 Harbour Lane', '221 Birchwood Ave, Apt 3', 'Lindenstrasse 8', '7 Rue des Ecoles', '1180 W Grand St'];
