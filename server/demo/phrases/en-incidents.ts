/**
 * Extra English wording for the planted incidents, mixed with the generic banks so incident
 * signals read like the rest of the inbox but still share the words that tie them together.
 */

export const STRAP_CORE = [
  'The duffel came without its shoulder strap, only the grab handles.',
  'No shoulder strap in the box. The page says it comes with one.',
  'Where is the strap? My duffel arrived with the clips but no strap to attach.',
  'Strap missing from my bag. Checked the inner pocket, nothing.',
  'My travel bag is missing the detachable shoulder strap.',
  'Received the bag but the strap was not included.',
];

export const ROUTE_CORE = [
  'It said {promise} and it is day {day}. Tracking has not moved since it left Shenzhen.',
  'Still not here. Ordered {day} days ago, delivery was supposed to be {promise}.',
  'My order {order} is stuck "in transit" for over a week, way past {promise}.',
  'This is day {day}, your page promised {promise}. Nothing from the carrier.',
  'Late again: the second item I have ordered that is past the {promise} window.',
];

export const HERO_CORE = [
  'The new main photo shows a thick chunky knit. What came is thin and flat.',
  '{product} looks nothing like the picture, the photo makes it look twice as chunky.',
  'Not as pictured: the blanket in the photo is plush, mine is thin and scratchy.',
  'The knit in your product photo is huge and soft. Mine is loose, thin and feels synthetic.',
  'Compared it to the listing photo and it is much thinner and lighter than shown.',
  'Feels cheap and thin, nothing like the cosy throw in the photo.',
];

export const JACKET_FIT_CORE = [
  'The jacket runs small, my usual {size} is tight across the shoulders.',
  'Size chart says {size} is fine for me, but I cannot zip it up over a sweater.',
  'Sleeves are too short and the {size} fits like a {wrongSize}.',
  'Ordered my normal size in the rain jacket and it is too small.',
];

export const PLUG_SETUP_CORE = [
  'The smart plug will not connect to Wi-Fi, the app gets to 99% then fails.',
  'Cannot pair the plugs, the light just keeps blinking and the app says device not found.',
  'Setup fails every time. I followed the FAQ about 2.4 GHz and it still will not connect.',
  'The plugs do not show up in the app even after a reset.',
  'Added it in the app, it connects, then drops offline after a minute. Cannot set it up properly.',
];

export const BOT_WRONG_QUESTION = [
  'I bought {product} about {age} days ago, can I still return it?',
  'Hi, what is the return window for {product}? I ordered it {age} days ago.',
  'Can I send back {product}? It has been around {age} days.',
  'is it too late to return my order {order}?',
];

export const BOT_WRONG_ANSWER = [
  'Yes! You can return any item within {botDays} days of delivery for a full refund.',
  'Good news: our return window is {botDays} days, so you are still covered. Start from the Returns page.',
  'You have {botDays} days from delivery to return items, no questions asked.',
];

export const BOT_WRONG_CUSTOMER_END = [
  'Great, thanks!',
  'Perfect, I will send it back.',
  'Ok thank you.',
  'Your returns page says {realDays} days though?',
  'Are you sure? I thought it was {realDays} days.',
];

export const BOT_FALLOUT_CORE = [
  'Your chat assistant told me I had {botDays} days to return {product}. Now the return portal says my {realDays}-day window has closed.',
  'The chatbot on your site said the return window was {botDays} days. Your team now says {realDays}. Which is it?',
  'I was told by your bot that I could still return it, and now my return is refused as outside the window.',
  'Your automated assistant gave me the wrong return policy. I have a screenshot saying {botDays} days.',
  'Return refused because it is past {realDays} days, but your own chatbot promised {botDays}.',
];

/** Owners whose working plugs broke when the firmware update landed. */
export const PLUG_UPDATE_CORE = [
  'Since the update last night my smart plugs show offline and will not reconnect.',
  'Both plugs dropped off the app this morning after a firmware update. Resetting does not help.',
  'The app made me update the plug firmware and now it will not pair again.',
  'My plugs worked fine for weeks, today they are offline and the setup fails at the last step.',
];

/** Earlier buyers reacting to the new hero image in ads and on the page. */
export const HERO_SOCIAL_CORE = [
  'That is not the blanket I got. Mine is half as thick as this photo.',
  'Bought this throw last month and it looks nothing like this picture.',
  'Is this a new version? Mine is much thinner and flatter than what you show here.',
  'This photo is misleading, the real knit is thin and loose.',
  'Mine does not look like that at all, the picture shows a much chunkier knit.',
];
