import type { IssueType } from '../../../contracts/signal.js';

/**
 * English fragments for complaints, one bank per issue type. Each core sentence carries the words
 * a reader (or a rule-based classifier) would take as that issue; details and subjects add
 * variety without changing the meaning. Slots: {product} {part} {size} {color} {promise} {day}
 * {material} {order} {wrongSize}.
 */
export interface Bank {
  core: string[];
  detail: string[];
  subject: string[];
}

export const EN_COMPLAINTS: Record<Exclude<IssueType, 'praise'>, Bank> = {
  fit_size: {
    core: [
      'I ordered {product} in {size} and it is way too small.',
      '{product} runs at least a size small, the {size} feels like a {wrongSize}.',
      'The sleeves on {product} are too short and it is tight across the chest even in {size}.',
      'Sizing is off: {product} in {size} does not fit like the size chart says.',
      'I followed the size guide and {product} still does not fit.',
      '{product} came up really small, I can barely close it.',
      'Usually a {size} everywhere else, but this one is snug to the point of being unwearable.',
      "{product} doesn't fit. The measurements on the page don't match what I got.",
      'It is too big, {product} in {size} swims on me.',
      "{product} doesn't fit my phone with the case on, the grip won't close.",
    ],
    detail: [
      'I measured it flat and it is about 4 cm narrower than listed.',
      'My partner tried it too, same problem.',
      'Everything else I own in {size} fits fine.',
      'The chart says chest 104 cm for {size}, mine is 98 cm.',
      'It fits in length but not in width.',
      'Had to return a different item for size last month too.',
      '',
    ],
    subject: ['Size problem', 'Wrong fit', 'Too small', 'Sizing question about my order', 'Exchange for a bigger size?'],
  },
  listing_mismatch: {
    core: [
      '{product} looks nothing like the photo on your site.',
      'What arrived is not what is pictured: {product} in the picture looks completely different.',
      'The main product image shows something much chunkier than the one I received.',
      'Not as described. The page photo and the real {product} are two different products.',
      'The colour and texture of {product} are different from the pictures.',
      'The description promised {material}, the thing I got does not match the listing at all.',
      'I bought it because of the hero photo, and {product} is not the item in that photo.',
    ],
    detail: [
      'I compared it side by side with the product page.',
      'Feels like bait and switch, honestly.',
      'I attached a photo next to a screenshot of your page.',
      'The close-up on the site must be a different version.',
      'Even the stitch pattern is different.',
      '',
    ],
    subject: ['Not as pictured', 'Item does not match the listing', 'Different from the photos', 'Listing is misleading'],
  },
  material_quality: {
    core: [
      '{product} feels thin and cheap, nothing like {material}.',
      'The fabric of {product} is scratchy and much lighter than I expected.',
      '{product} has a strong chemical smell that will not go away.',
      'The colour is way off, it is more grey than the {color} I ordered.',
      'The weave on {product} is loose and thin, you can see through it.',
      'Quality is poor: {product} feels flimsy and the finish is rough.',
      '{product} sheds everywhere after one day.',
      'It is half the thickness I expected for the price.',
    ],
    detail: [
      'Nothing is broken, it just feels cheap.',
      'I aired it out for three days and the smell is still there.',
      'For this price I expected better material.',
      'My old one from another shop was twice as heavy.',
      '',
    ],
    subject: ['Quality not as expected', 'Disappointed with the material', 'Very thin material', 'Smell from the product'],
  },
  defect: {
    core: [
      '{product} stopped working properly after {day} days of normal use.',
      '{product} broke after a couple of weeks of normal use.',
      '{product} is faulty, it fell apart with light use.',
      '{product} cracked along the side while I was using it normally.',
    ],
    detail: [
      'I followed the care instructions exactly.',
      'Used it maybe five times.',
      'Photos attached.',
      'It was fine for a couple of days, then this.',
      '',
    ],
    subject: ['Product broke', 'Faulty item', 'Stopped working', 'Defective product'],
  },
  damaged_in_transit: {
    core: [
      '{product} arrived broken, the box was crushed.',
      'The package came dented and {product} inside is cracked.',
      '{product} was damaged in shipping, there is glass all over the box.',
      'The parcel was soaked and {product} arrived damaged.',
      'Arrived smashed. The outer carton had a hole in it.',
      '{product} arrived leaking all over the other items.',
    ],
    detail: [
      'There was barely any padding in the box.',
      'I took photos before opening it fully.',
      'The courier left it in the rain, but the packing was thin too.',
      '',
    ],
    subject: ['Arrived damaged', 'Broken on arrival', 'Damaged parcel', 'Item arrived crushed'],
  },
  missing_item: {
    core: [
      'The {part} was not in the box.',
      '{product} arrived without the {part}.',
      "My {product} came with no {part}. It's listed as included.",
      'Opened the package and the {part} is missing.',
      'There was no {part} inside, only the bag itself.',
      "The {part} wasn't included with {product}.",
      'Parts missing: no {part} anywhere in the packaging.',
      'Got {product} today but the {part} that is supposed to come with it is not there.',
    ],
    detail: [
      'I checked every pocket and the packaging twice.',
      'The contents list on the box even mentions it.',
      'It is pretty useless without it.',
      'I need it for a trip next week.',
      'Photo of the open box attached.',
      '',
    ],
    subject: ['Missing part', 'Item missing from my order', 'Incomplete package', 'Something is missing'],
  },
  wrong_item: {
    core: [
      'I received the wrong item: I ordered {product} in {color} and got something else.',
      'You sent me the wrong size, I ordered {size} and the label says {wrongSize}.',
      'The package had a completely different product in it, not {product}.',
      'Wrong variant delivered, I ordered {color}.',
      "This is not what I ordered, the box contains someone else's item.",
    ],
    detail: ['The packing slip has my order on it though.', 'I need the right one quickly, it is a gift.', ''],
    subject: ['Wrong item received', 'You sent the wrong size', 'Incorrect item in my package'],
  },
  delivery_delay: {
    core: [
      'My order {order} still has not arrived. It said {promise} and it has been {day} days.',
      'Still not here, the page promised {promise} and this is day {day}.',
      'Where is my package? Tracking has not updated in a week.',
      'The delivery is late. {day} days since I ordered, you quoted {promise}.',
      'My parcel seems lost, the tracking has been stuck on "in transit" for days.',
      'It has been {day} days and nothing. Your site says delivery in {promise}.',
      'Order {order} is way past the delivery window and nobody tells me anything.',
      'Package is stuck in customs and I have not heard a thing.',
    ],
    detail: [
      'I needed it before a trip.',
      'The tracking link just says label created.',
      'I ordered with plenty of time because of the {promise} estimate.',
      'Other orders from other shops arrived in three days.',
      '',
    ],
    subject: ['Where is my order?', 'Late delivery', 'Order not received', 'Tracking not updating', 'Still waiting for my order'],
  },
  setup_usage: {
    core: [
      'I cannot get {product} to connect to my Wi-Fi, the app never finds it.',
      'The instructions for {product} are unclear and I cannot set it up.',
      '{product} will not pair, I have tried the reset button ten times.',
      'How do I install {product}? The manual has no pictures.',
      'The setup gets stuck at 99% and then says device offline.',
      'I do not understand how to use {product}, the quick start guide makes no sense.',
      "It won't show up in Alexa even though the app says connected.",
    ],
    detail: [
      'My router is dual band, I do not know if that matters.',
      'Watched the video on your page, still stuck.',
      'The light keeps blinking fast.',
      'I am not very technical, please explain simply.',
      '',
    ],
    subject: ['Cannot set it up', 'Help with setup', 'Pairing problem', 'Instructions unclear'],
  },
  returns_refunds: {
    core: [
      'I would like to return {product} and get a refund.',
      'When will my refund arrive? I sent {product} back two weeks ago.',
      'Can I exchange {product} for a different size?',
      'I changed my mind about {product}, how do I start a return?',
      'My return was delivered to you but the refund still has not shown up.',
      'Please send me a return label for order {order}.',
    ],
    detail: ['It is unused and in the original packaging.', 'Tracking shows you received it on Monday.', ''],
    subject: ['Return request', 'Refund status', 'Exchange request', 'How do I return this?'],
  },
  payment_checkout: {
    core: [
      'I was charged twice for order {order}.',
      'The discount code from your email did not work at checkout.',
      'My card was declined three times but the bank says everything is fine.',
      'I had to pay surprise import fees on delivery that checkout never mentioned.',
      'The checkout page froze and now I do not know whether the order went through.',
    ],
    detail: ['I can send a screenshot of the statement.', 'The total jumped at the last step.', ''],
    subject: ['Double charge', 'Discount code not working', 'Payment problem', 'Unexpected fees'],
  },
  warranty_policy: {
    core: [
      'Your return policy says {realDays} days but the page said something else when I bought it.',
      'Is {product} covered by the warranty? Nobody can tell me how long it is.',
      'The guarantee on the page and what your team is telling me do not match.',
      'Which return window applies to my order, 30 days or the one I was told?',
    ],
    detail: ['I would like the policy in writing.', 'I only bought it because of the guarantee.', ''],
    subject: ['Warranty question', 'Return policy confusion', 'Guarantee terms'],
  },
  safety: {
    core: [
      '{product} got extremely hot and burned my hand.',
      'Smoke came out of {product} while it was charging.',
      '{product} sparked when I plugged it in, I am scared to use it.',
      'The flame on {product} got huge and scorched the table.',
      'My child got a rash after touching {product}.',
    ],
    detail: ['This is dangerous and other people should know.', 'I unplugged it straight away.', 'Photos of the burn mark attached.', ''],
    subject: ['Safety issue', 'Product overheated', 'Dangerous product'],
  },
  support_experience: {
    core: [
      'This is the third time I am writing and nobody has answered.',
      'Your agent was rude and closed my chat without helping.',
      'I got two different answers from two different people on your team.',
      'It took five days to get a reply that did not answer my question.',
      'Support keeps sending me the same copy-paste message.',
    ],
    detail: ['I just want someone to actually read my message.', 'Ticket number is in the thread below.', ''],
    subject: ['No reply from support', 'Unhelpful support', 'Still waiting for an answer'],
  },
  ai_wrong_answer: {
    core: [
      'Your chat assistant told me it was in stock, then the order got cancelled for no stock.',
      'The bot on your site said my order had shipped but it had not.',
      'Your chatbot gave me a delivery date that was completely made up.',
      'The automated assistant told me returns were free, now I am being charged for the label.',
    ],
    detail: ['I have a screenshot of the chat.', 'Maybe a human should check what the bot says.', ''],
    subject: ['Your chatbot was wrong', 'Wrong information from the assistant'],
  },
};

/** Breakage that makes sense for the kind of product (a cable has no zipper). */
export const DEFECT_BY_CATEGORY: Record<string, string[]> = {
  apparel: [
    'A seam on {product} tore open on the first wash.',
    'The zipper on {product} broke the second time I wore it.',
    'The waterproofing on {product} stopped working, I got soaked.',
  ],
  kitchen: [
    '{product} leaks from the lid even when it is closed properly.',
    'The handle of {product} came loose within a week.',
    '{product} warped after the first few uses.',
  ],
  outdoor_travel: [
    'The zipper on {product} broke on the first trip.',
    '{product} leaks even with the cap closed.',
    'A strap buckle on {product} snapped.',
  ],
  electronics: [
    '{product} will not hold a charge any more.',
    '{product} turns off by itself.',
    '{product} stopped charging after {day} days.',
  ],
  home: ['{product} started unravelling after one wash.', 'The seam on {product} split.', '{product} cracked across the top.'],
};
