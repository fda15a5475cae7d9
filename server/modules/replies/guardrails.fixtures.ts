// Reply guardrail test set. Bad replies carry the exact codes expected and, for each, the words the
// finding's span must cover; good replies must produce no finding at all. Written for this project;
// names, shops and numbers are invented.
import { expect, it } from 'vitest';
import { checkReply } from './check-reply.js';
import type { Finding, GuardrailCode } from './guardrail-codes.js';
import type { ReplyContext } from './reply-context.js';

export interface BadReplyFixture {
  id: string;
  text: string;
  public: boolean;
  context?: ReplyContext;
  /** Every code expected (no more, no fewer), each with words from the text its span must cover. */
  expect: { code: GuardrailCode; words: string }[];
}

export interface GoodReplyFixture {
  id: string;
  text: string;
  public: boolean;
  context?: ReplyContext;
}

const e = (code: GuardrailCode, words: string) => ({ code, words });

export const BAD_REPLIES: BadReplyFixture[] = [
  // personal data: order numbers
  {
    id: 'b01',
    public: true,
    text: "Hi Dana, we're sorry the blender jar cracked. We found order #48213 and a replacement is on its way.",
    expect: [e('pii_order_number', 'order #48213')],
  },
  {
    id: 'b02',
    public: true,
    text: 'Thanks Raj. Your order number 100-2291-88 shows the strap was missing, so we are sending it now.',
    expect: [e('pii_order_number', '100-2291-88')],
  },
  {
    id: 'b03',
    public: true,
    context: { orderId: 'WB-7K2Q' },
    text: 'Hello Sam, we checked WB-7K2Q and the lamp shade left our warehouse dented. A new shade ships today.',
    expect: [e('pii_order_number', 'WB-7K2Q')],
  },
  {
    id: 'b04',
    public: true,
    text: 'Olá Ana, localizamos o pedido nº 55190 e vamos reenviar a alça que faltou.',
    expect: [e('pii_order_number', 'pedido nº 55190')],
  },
  {
    id: 'b05',
    public: true,
    text: "Sorry about the late parcel, Priya — #100457 left us on the 3rd and we've opened a trace.",
    expect: [e('pii_order_number', '#100457')],
  },
  // personal data: email
  {
    id: 'b06',
    public: true,
    text: 'Hi Tom, sorry the hinge snapped. We replied to tom.baker88@gmail.com with a prepaid return label.',
    expect: [e('pii_email', 'tom.baker88@gmail.com')],
  },
  {
    id: 'b07',
    public: true,
    context: { customerEmail: 'info@lindahome.co' },
    text: 'Linda, we have sent the replacement invoice to info@lindahome.co so your shop can claim it.',
    expect: [e('pii_email', 'info@lindahome.co')],
  },
  {
    id: 'b08',
    public: true,
    text: 'Hi Marco, we wrote to marco_r@outlook.com about the swapped colour and will send the navy version.',
    expect: [e('pii_email', 'marco_r@outlook.com')],
  },
  {
    id: 'b09',
    public: true,
    text: 'Oi Beatriz, enviamos a etiqueta de devolução para bia.souza@yahoo.com.br hoje.',
    expect: [e('pii_email', 'bia.souza@yahoo.com.br')],
  },
  // personal data: phone
  {
    id: 'b10',
    public: true,
    text: 'Hi Joan, we tried calling you on +1 415 555 0192 about the leaking bottle but could not reach you.',
    expect: [e('pii_phone', '+1 415 555 0192')],
  },
  {
    id: 'b11',
    public: true,
    text: 'Kev, our team will ring 07700 900123 to book the redelivery of your desk.',
    expect: [e('pii_phone', '07700 900123')],
  },
  {
    id: 'b12',
    public: true,
    context: { customerPhone: '(11) 98765-4321' },
    text: 'Olá Carla, ligaremos para (11) 98765-4321 para combinar a troca da cafeteira.',
    expect: [e('pii_phone', '98765-4321')],
  },
  { id: 'b13', public: true, text: 'Hi Omar, text 555-867-5309 if the new charger also fails.', expect: [e('pii_phone', '555-867-5309')] },
  // personal data: address
  {
    id: 'b14',
    public: true,
    text: "Hi Grace, we'll reship the missing lid to 42 Maple Grove Road as soon as it is packed.",
    expect: [e('pii_address', '42 Maple Grove Road')],
  },
  {
    id: 'b15',
    public: true,
    text: 'Sorry Felipe, the parcel went to Rua das Flores, 120 instead of your new flat.',
    expect: [e('pii_address', 'Rua das Flores, 120')],
  },
  {
    id: 'b16',
    public: true,
    text: 'Hi Lee, the replacement kettle is addressed to 17 Harbour St, SW1A 1AA.',
    expect: [e('pii_address', '17 Harbour St'), e('pii_address', 'SW1A 1AA')],
  },
  {
    id: 'b17',
    public: true,
    text: 'Olá Rita, o novo tapete segue para o CEP 04567-120 ainda esta semana.',
    expect: [e('pii_address', '04567-120')],
  },
  // asking for private details in public
  {
    id: 'b18',
    public: true,
    text: "So sorry the mug arrived chipped! Please post your order number below and we'll sort it out.",
    expect: [e('asks_private_details_in_public', 'post your order number')],
  },
  {
    id: 'b19',
    public: true,
    text: 'Sorry about the wrong size, Beth. Reply with your email and shipping address so we can send the medium.',
    expect: [e('asks_private_details_in_public', 'Reply with your email')],
  },
  {
    id: 'b20',
    public: true,
    text: "That delay sounds stressful. What's your order number? We'll look into the tracking right away.",
    expect: [e('asks_private_details_in_public', "What's your order number")],
  },
  {
    id: 'b21',
    public: true,
    text: 'Sentimos muito pela demora, Paulo. Deixe aqui o número do pedido e o seu telefone.',
    expect: [e('asks_private_details_in_public', 'número do pedido')],
  },
  {
    id: 'b22',
    public: true,
    text: 'Sorry the chair wobbles, Nina. Could you share your full address and phone number in the comments so we can send new bolts?',
    expect: [e('asks_private_details_in_public', 'share your full address')],
  },
  // arguing with or blaming the customer
  {
    id: 'b23',
    public: true,
    text: 'You must have ordered the wrong size; the chart lists 42 cm.',
    expect: [e('argues_with_customer', 'You must have ordered')],
  },
  {
    id: 'b24',
    public: true,
    text: 'If you had read the description you would know the lamp needs two batteries.',
    expect: [e('argues_with_customer', 'If you had read')],
  },
  {
    id: 'b25',
    public: true,
    text: 'That is simply not true. The listing says 5-7 days and your parcel arrived in 6.',
    expect: [e('argues_with_customer', 'That is simply not true')],
  },
  {
    id: 'b26',
    public: true,
    text: 'This is a result of misuse; the pan is not meant for an open flame.',
    expect: [e('argues_with_customer', 'misuse')],
  },
  {
    id: 'b27',
    public: true,
    text: 'Você deveria ter conferido a tabela de medidas antes de comprar.',
    expect: [e('argues_with_customer', 'Você deveria ter')],
  },
  {
    id: 'b28',
    public: true,
    text: 'Unfortunately, that is beyond our control and there is nothing we can do.',
    expect: [e('argues_with_customer', 'beyond our control'), e('argues_with_customer', 'nothing we can do')],
  },
  {
    id: 'b29',
    public: false,
    text: 'You should have measured your doorway before ordering the sofa.',
    expect: [e('argues_with_customer', 'You should have measured')],
  },
  // blaming the carrier
  {
    id: 'b30',
    public: true,
    text: "Sorry it arrived late, but that's the courier's fault, not ours.",
    expect: [e('blames_carrier', "courier's fault")],
  },
  {
    id: 'b31',
    public: true,
    text: 'The parcel was fine when it left us; FedEx damaged it on the way.',
    expect: [e('blames_carrier', 'FedEx damaged'), e('argues_with_customer', 'fine when it left us')],
  },
  {
    id: 'b32',
    public: true,
    text: 'Delays like this are beyond our control once the parcel is with the delivery company.',
    expect: [e('blames_carrier', 'beyond our control')],
  },
  {
    id: 'b33',
    public: true,
    text: 'A culpa é dos Correios, que atrasaram a sua entrega.',
    expect: [e('blames_carrier', 'culpa é dos Correios')],
  },
  {
    id: 'b34',
    public: true,
    text: 'Blame the post office for this one, they lost half the parcels that week.',
    expect: [e('blames_carrier', 'Blame the post office')],
  },
  // absolute promises
  {
    id: 'b35',
    public: true,
    text: "Sorry the zip broke, Ella. We'll send a new jacket and this will never happen again.",
    expect: [e('absolute_promise', 'will never happen again')],
  },
  {
    id: 'b36',
    public: true,
    text: 'Thanks Ivo, the replacement hinge is guaranteed to fix the rattle.',
    expect: [e('absolute_promise', 'guaranteed')],
  },
  {
    id: 'b37',
    public: true,
    text: 'We are 100% sure the new batch of candles has no smell issue.',
    expect: [e('absolute_promise', '100%')],
  },
  {
    id: 'b38',
    public: true,
    text: 'Lamentamos, Duda. Garantimos que isso nunca mais vai acontecer com a sua mochila.',
    expect: [e('absolute_promise', 'Garantimos'), e('absolute_promise', 'nunca mais')],
  },
  {
    id: 'b39',
    public: true,
    text: 'I promise the stitching on the new strap is stronger, Ken.',
    expect: [e('absolute_promise', 'I promise')],
  },
  // dates nobody controls
  {
    id: 'b40',
    public: true,
    text: 'Sorry for the wait, Ali. Your replacement will arrive Monday.',
    expect: [e('uncontrolled_date_promise', 'will arrive Monday')],
  },
  {
    id: 'b41',
    public: true,
    text: "We've reshipped the lid and you'll have it by Friday.",
    expect: [e('uncontrolled_date_promise', "you'll have it by Friday")],
  },
  {
    id: 'b42',
    public: true,
    text: 'The parcel is at the border now and arrives on the 14th of March.',
    expect: [e('uncontrolled_date_promise', 'arrives on the 14th of March')],
  },
  {
    id: 'b43',
    public: true,
    text: 'Your refund will be back in your account within 2 days.',
    expect: [e('uncontrolled_date_promise', 'will be back in your account within 2 days')],
  },
  {
    id: 'b44',
    public: true,
    text: 'Pedimos desculpas, Léo. O novo par chegará amanhã.',
    expect: [e('uncontrolled_date_promise', 'chegará amanhã')],
  },
  {
    id: 'b45',
    public: true,
    text: 'Good news, it will definitely be delivered this week.',
    expect: [e('uncontrolled_date_promise', 'will definitely be delivered this week')],
  },
  {
    id: 'b46',
    public: false,
    text: 'Your new charger will arrive tomorrow, Sara.',
    expect: [e('uncontrolled_date_promise', 'will arrive tomorrow')],
  },
  // a discount as the only answer
  {
    id: 'b47',
    public: true,
    text: "We're sorry you didn't like the colour. Here is 15% off your next order.",
    expect: [e('discount_only_answer', '15% off')],
  },
  {
    id: 'b48',
    public: true,
    text: 'Sorry about the smell, Jo. Use code SORRY20 for a discount on anything in the store.',
    expect: [e('discount_only_answer', 'discount'), e('discount_only_answer', 'SORRY20')],
  },
  {
    id: 'b49',
    public: true,
    text: "Here's a $10 gift card for your trouble with the late delivery.",
    expect: [e('discount_only_answer', 'gift card')],
  },
  {
    id: 'b50',
    public: true,
    text: 'Sentimos muito! Segue um cupom de 10% de desconto para a próxima compra.',
    expect: [e('discount_only_answer', 'cupom'), e('discount_only_answer', 'desconto')],
  },
  {
    id: 'b51',
    public: true,
    text: "So sorry the headphones stopped working. We've added store credit to your account.",
    expect: [e('discount_only_answer', 'store credit')],
  },
  // asking to change or remove the review
  {
    id: 'b52',
    public: true,
    text: "We've sent a replacement. Once it arrives, could you update your review?",
    expect: [e('asks_to_change_review', 'update your review')],
  },
  {
    id: 'b53',
    public: true,
    text: 'Please consider removing this review now that the refund is done.',
    expect: [
      e('asks_to_change_review', 'removing this review'),
      e('incentive_for_positive_review', 'removing this review now that the refund'),
    ],
  },
  {
    id: 'b54',
    public: true,
    text: 'Glad we replaced it! Would you mind changing your rating to reflect the new experience?',
    expect: [e('asks_to_change_review', 'changing your rating')],
  },
  {
    id: 'b55',
    public: true,
    text: 'We are checking the batch now. Could you take it down while we look into it?',
    expect: [e('asks_to_change_review', 'take it down')],
  },
  {
    id: 'b56',
    public: true,
    text: 'Já enviamos a troca. Você poderia alterar sua avaliação?',
    expect: [e('asks_to_change_review', 'alterar sua avaliação')],
  },
  {
    id: 'b57',
    public: false,
    text: 'Now that the new blender works, please edit your review on the marketplace.',
    expect: [e('asks_to_change_review', 'edit your review')],
  },
  {
    id: 'b69',
    public: true,
    text: 'Once the new kettle arrives, feel free to leave an updated review.',
    expect: [e('asks_to_change_review', 'leave an updated review')],
  },
  // an incentive tied to a positive review
  {
    id: 'b58',
    public: true,
    text: "Leave us a 5-star review and we'll send you a free scarf.",
    expect: [e('incentive_for_positive_review', "5-star review and we'll send you a free scarf")],
  },
  {
    id: 'b59',
    public: true,
    text: "If you update your review, we'll refund the shipping cost.",
    expect: [e('asks_to_change_review', 'update your review'), e('incentive_for_positive_review', 'update your review')],
  },
  {
    id: 'b60',
    public: true,
    text: 'Write a positive review and get 20% off your next order.',
    expect: [e('incentive_for_positive_review', 'positive review and get 20%'), e('discount_only_answer', '20% off')],
  },
  {
    id: 'b61',
    public: true,
    text: 'Avaliação positiva ganha um brinde na próxima compra!',
    expect: [e('incentive_for_positive_review', 'Avaliação positiva ganha um brinde')],
  },
  {
    id: 'b62',
    public: true,
    text: "Thanks for the great review! Here's a $15 voucher as a thank-you.",
    expect: [e('incentive_for_positive_review', 'great review'), e('discount_only_answer', 'voucher')],
  },
  // templates that ignore the customer's words
  {
    id: 'b63',
    public: true,
    context: { customerWording: 'The bottle leaked all over my backpack on the first hike.' },
    text: "We're sorry to hear about your experience. Please contact our support team so we can help.",
    expect: [e('generic_template', "We're sorry to hear about your experience."), e('answers_nothing', 'Please contact our support team')],
  },
  {
    id: 'b64',
    public: true,
    context: { customerWording: 'Took 19 days to arrive when the page said 5.' },
    text: 'Thank you for your feedback. We value every customer and are always working to improve.',
    expect: [e('generic_template', 'Thank you for your feedback.'), e('answers_nothing', 'We value every customer')],
  },
  {
    id: 'b65',
    public: true,
    context: { customerWording: 'A cor do sofá veio completamente diferente da foto.' },
    text: 'Obrigado pelo contato! Lamentamos o ocorrido e estamos à disposição.',
    expect: [e('generic_template', 'Obrigado pelo contato!'), e('answers_nothing', 'Lamentamos o ocorrido')],
  },
  {
    id: 'b66',
    public: true,
    context: { customerWording: 'Strap snapped after two weeks, the buckle is cheap plastic.' },
    text: 'Hi there! Sorry for any inconvenience caused. We hope to serve you better next time.',
    expect: [e('generic_template', 'Hi there!'), e('answers_nothing', 'Sorry for any inconvenience caused.')],
  },
  {
    id: 'b67',
    public: false,
    context: { customerWording: 'Support took four days to answer my question about the warranty.' },
    text: 'We apologise for the delay in our response and appreciate your patience.',
    // courtesy only, so it also answers nothing (the learned model's finding since 7 December)
    expect: [e('generic_template', 'We apologise'), e('answers_nothing', 'appreciate your patience')],
  },
  // several at once
  {
    id: 'b68',
    public: true,
    text: "Hi, we can't find order #77120. Send us your address here and we guarantee it ships.",
    expect: [
      e('pii_order_number', '#77120'),
      e('asks_private_details_in_public', 'Send us your address'),
      e('absolute_promise', 'we guarantee'),
    ],
  },
  // the card's secrets, asked for in private too
  {
    id: 'b69',
    public: false,
    text: 'Hi Sam, to push the refund through manually we need the full card number and the CVV from the back.',
    expect: [e('asks_for_card_secrets', 'full card number'), e('asks_for_card_secrets', 'CVV')],
  },
  {
    id: 'b70',
    public: false,
    text: 'Hola Lucía, para el reembolso indíquenos por favor el número completo de la tarjeta.',
    expect: [e('asks_for_card_secrets', 'número completo de la tarjeta')],
  },
  {
    id: 'b71',
    public: false,
    text: 'Guten Tag, bitte senden Sie uns ein Foto Ihrer Karte, Vorder- und Rückseite, zur Prüfung.',
    expect: [e('asks_for_card_secrets', 'Foto Ihrer Karte')],
  },
];

export const GOOD_REPLIES: GoodReplyFixture[] = [
  {
    id: 'g01',
    public: true,
    context: { customerWording: 'Jar cracked after one week of smoothies.' },
    text: "Hi Dana, a cracked blender jar after one week is not okay. We're sending a replacement jar and checking the rest of that batch. Please message us through the order page so we can arrange it.",
  },
  {
    id: 'g02',
    public: true,
    text: "Thanks for flagging the missing strap, Raj. A new strap ships today, and we've added a note to our packing check so it goes in every box. Our support team can confirm the details by private message.",
  },
  {
    id: 'g03',
    public: true,
    text: "You're right that the lamp shade arrived dented. We've asked our warehouse to look at how shades are packed and will ship a new one. Email support@lumen.example and we'll take it from there.",
  },
  {
    id: 'g04',
    public: true,
    context: { customerWording: 'Page said 7 days, it took 18.' },
    text: "Eighteen days is far longer than the 7 days our page showed, and we're sorry. We've opened a trace and will send you the next update by Thursday. For anything about the parcel, please write to help@trailgear.example.",
  },
  {
    id: 'g05',
    public: true,
    text: "Sorry the cushion cover faded after the first wash, Mia. We're checking the dye on this batch with our supplier and can refund or replace the cover, whichever you prefer. Message us privately and we'll set it up.",
  },
  {
    id: 'g06',
    public: true,
    text: "Thanks for the photos of the bent frame, Omar. That damage happened before it reached you, and it's ours to fix: a new frame is being packed now. Our care team will message you privately with the tracking link.",
  },
  {
    id: 'g07',
    public: true,
    context: { customerWording: 'Kept my coffee hot for a whole ski day, 10 hours!' },
    text: "We love that the bottle kept your coffee hot on a 10-hour ski day, Lena! Would you be open to us sharing your photo on our product page? We'll send a short permission form by private message, with no obligation.",
  },
  {
    id: 'g08',
    public: true,
    text: 'Oi Ana, sentimos muito pela alça que faltou na bolsa. Já separamos uma alça nova para envio e estamos conferindo o lote. Fale com o nosso atendimento por mensagem privada para combinar.',
  },
  {
    id: 'g09',
    public: true,
    context: { customerWording: 'Listing says 42 cm, mine measures 38.' },
    text: "The size chart said 42 cm and the bag measured 38, thank you for measuring it. We're correcting the listing today and can exchange it for the larger size. Our support team will reach out privately.",
  },
  {
    id: 'g10',
    public: true,
    text: "A leaking lid on the first day is exactly what shouldn't happen. We're sending a replacement lid with the updated seal and have asked our quality team to test the current stock. Please contact us via the help page so we can confirm your details privately.",
  },
  {
    id: 'g11',
    public: true,
    text: "Thank you for telling us the instructions skipped step 4. We're rewriting that page of the manual and adding a short video; in the meantime our support team can walk you through it by chat.",
  },
  {
    id: 'g12',
    public: true,
    text: "Waiting three weeks for a desk is frustrating, Ben. The delay happened in our own warehouse. We've shipped it with priority and will share tracking as soon as the carrier scans it.",
  },
  {
    id: 'g13',
    public: true,
    text: "You're right to expect the colour in the photos. Our photos made the sage look greener than it is, so we're reshooting them this week and can take the cushion back with a prepaid label. Reach us through the returns page.",
  },
  {
    id: 'g14',
    public: true,
    text: "Sorry our chatbot told you returns close after 14 days. Our policy is 30 days, and your return is accepted. We've corrected the bot's answer, and our team will email you the return steps.",
  },
  {
    id: 'g15',
    public: false,
    text: "Hi Joan, thanks for calling about order #48213. We've refunded the cracked jar; the money usually shows within a few days, depending on your bank.",
  },
  {
    id: 'g16',
    public: false,
    context: { orderId: 'WB-7K2Q' },
    text: "Hi Tom, I've updated the shipping address on order WB-7K2Q to 42 Maple Grove Road and the replacement ships today.",
  },
  {
    id: 'g17',
    public: true,
    text: "That smell from the new yoga mat isn't what you should get, Kim. We're airing and checking the current batch, and we can replace or refund your mat. Send us a message from your account page and we'll arrange it.",
  },
  {
    id: 'g18',
    public: true,
    text: "Thank you for the detailed review of the hiking poles, Sam. The note about the lock slipping on steep ground is useful; we've sent it to our product team and will add a care tip to the page.",
  },
  {
    id: 'g19',
    public: true,
    text: 'Sentimos muito que a cafeteira chegou com a jarra quebrada. Vamos enviar uma jarra nova e revisar a embalagem com o nosso armazém. Nosso atendimento vai falar com você por e-mail.',
  },
  {
    id: 'g20',
    public: true,
    text: "We hear you on the scratchy seams, Priya. We've asked the factory to check the thread on this batch, and we can exchange the shirt for one from newer stock. Our support team is one message away on the contact page.",
  },
  {
    id: 'g21',
    public: true,
    text: "Thank you for the honest three-star review; the battery lasting two hours instead of five is a fair point. We're testing units from your batch and will update the listing if they fall short. Support can arrange a replacement by private message.",
  },
  {
    id: 'g22',
    public: true,
    text: 'Sorry, Luis. The wrong colour went out because two bins were mixed up in our warehouse. The blue one is on its way, and you can keep the grey one.',
  },
  {
    id: 'g23',
    public: true,
    text: "A missing charging cable makes the whole thing useless, we get it. We've put a cable in the post today and are checking why it slipped through our packing.",
  },
  {
    id: 'g24',
    public: true,
    text: "Thank you for the photo of the scuffed corner. We're replacing the frame and looking at how corners are protected in the box. Please reach our team through the Help link on your order and we'll handle the rest.",
  },
  {
    id: 'g25',
    public: true,
    text: "Thanks for sharing how the tent held up in the storm on Ben Nevis! If you're willing, we'd like to ask permission to use your photo on our website; we'll send the request privately and nothing happens without your yes.",
  },
  {
    id: 'g26',
    public: true,
    text: "Your parcel has been scanned in Lisbon and the carrier's latest estimate is Friday. We'll check the tracking again on Thursday and message you either way.",
  },
  {
    id: 'g27',
    public: true,
    text: "You mentioned the assembly screws were too short for the side panel. We've confirmed that batch shipped with the wrong screw pack, so a correct pack is on its way and the listing now shows the right parts.",
  },
  {
    id: 'g28',
    public: true,
    text: "The rain cover not fitting the 28-inch frame is on us; the page listed the wrong size. We've fixed the page and can refund the cover. Please contact support@velo.example to set it up.",
  },
  {
    id: 'g29',
    public: true,
    text: 'Que bom que o tênis aguentou a maratona de Porto Alegre! Podemos pedir sua permissão para usar a foto na página do produto? Enviaremos o pedido de autorização por mensagem privada.',
  },
  {
    id: 'g30',
    public: true,
    text: "That's a long wait for a refund, Eve, and it shouldn't have needed three emails. We've escalated it to our finance lead today and will confirm by Wednesday once it's sent from our side.",
  },
  {
    id: 'g31',
    public: true,
    text: "Thanks, Aisha. We're checking why the 4.5 kg kettlebell arrived at 4.1 kg and will swap it for a weighed one.",
  },
  {
    id: 'g32',
    public: true,
    context: { customerWording: 'The drawer runners jam every time I open them.' },
    text: "Runners that jam on every opening point to a fitting problem we need to fix. We're sending new runners and checking the batch. Please message our team privately to arrange it.",
  },
  {
    id: 'g33',
    public: true,
    text: "Thank you for 5 stars and the photo of your balcony garden, Noor! Could we feature it on our product page? We'll ask for your permission by private message first.",
  },
  {
    id: 'g34',
    public: true,
    context: { customerWording: 'Checkout said 3 days. It took 9.' },
    text: "Sorry the delivery estimate at checkout said 3 days and it took 9. We're changing that estimate for your region, and our support team will follow up by email with your tracking.",
  },
  {
    id: 'g35',
    public: true,
    text: "A 30-day money-back guarantee covers this, so you can return the jacket for a full refund; we're also checking why the zip failed.",
  },
];

/** One reply written for a frame test: the code it must be blocked with and words its span must cover. */
export type FrameCase = [text: string, code: GuardrailCode, words: string, isPublic?: boolean];

/** What the frames alone (no learned model) block in a reply. */
export function framesAlone(text: string, isPublic = true): Finding[] {
  return checkReply({ text, public: isPublic }, { model: null }).filter((f) => f.blocking);
}

/** A case as the frames read it: the blocking codes, and the expected code's span and reason. */
export function readCase([text, code, , isPublic = true]: FrameCase): { codes: GuardrailCode[]; span: string; reason: string } {
  const found = framesAlone(text, isPublic);
  const hit = found.find((f) => f.code === code);
  return { codes: found.map((f) => f.code), span: hit ? text.slice(hit.start, hit.end) : '', reason: hit?.reason ?? '' };
}

/** One family's cases: the replies the frames must block, and the look-alikes they must let pass. */
export function frameFamilies(blocked: readonly FrameCase[], passing: readonly [text: string, isPublic: boolean][]): void {
  if (blocked.length > 0) it.each(blocked)('blocks: %s', (...c) => expectBlocked(c as FrameCase));
  if (passing.length > 0) it.each(passing)('passes: %s', (text, isPublic) => expect(framesAlone(text, isPublic)).toEqual([]));
}

/** A case the frames must block: its code among the blocking ones, its span holding the named words, a reason given. */
export function expectBlocked(c: FrameCase): void {
  const { codes, span, reason } = readCase(c);
  expect(codes, c[0]).toContain(c[1]);
  expect(span).toContain(c[2]);
  expect(reason).not.toBe('');
}
