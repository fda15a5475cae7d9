// Reply guardrails case by case in en, pt, es, de and fr: each bad reply must be blocked with the
// expected code and a span covering the named words, by the frames alone (no learned model), and
// each good reply must pass with no blocking finding, with the shipped model on. The sentences are
// written for these tests and are not in the dev set.
import { describe, expect, it } from 'vitest';
import { checkReply } from './check-reply.js';
import { fold } from './fold.js';
import type { GuardrailCode } from './guardrail-codes.js';

type Bad = [lang: string, text: string, code: GuardrailCode, words: string];
type Good = [lang: string, text: string];

const BAD: Bad[] = [
  // a public request for personal or payment data
  ['en', 'So we can send an engineer, what is the address of your house?', 'asks_private_details_in_public', 'address'],
  [
    'en',
    'Please type the long number from your bank card below so we can match it.',
    'asks_private_details_in_public',
    'number from your bank card',
  ],
  ['pt', 'Nos diga aqui qual é o seu telefone para ligarmos.', 'asks_private_details_in_public', 'telefone'],
  ['pt', 'Informe os últimos dígitos do seu cartão nos comentários.', 'asks_private_details_in_public', 'dígitos'],
  ['es', '¿Nos escribes aquí tu correo electrónico para buscar el pedido?', 'asks_private_details_in_public', 'correo electrónico'],
  ['es', 'Déjanos abajo tu dirección completa y te enviamos otro.', 'asks_private_details_in_public', 'dirección'],
  ['de', 'Nennen Sie uns hier bitte Ihre Handynummer, dann rufen wir an.', 'asks_private_details_in_public', 'Handynummer'],
  ['de', 'Schreiben Sie die Kartennummer einfach unten in die Kommentare.', 'asks_private_details_in_public', 'Kartennummer'],
  ['fr', 'Indiquez-nous ici votre numéro de téléphone, nous vous rappellerons.', 'asks_private_details_in_public', 'téléphone'],
  ['fr', 'Laissez votre adresse postale en commentaire et nous renvoyons le colis.', 'asks_private_details_in_public', 'adresse'],
  // asking to remove, edit or raise the review
  ['en', 'Would you be so kind as to delete your comment now that we have refunded you?', 'asks_to_change_review', 'delete your comment'],
  ['en', 'We hope you might reconsider your rating after trying the new one.', 'asks_to_change_review', 'reconsider your rating'],
  ['pt', 'Você poderia apagar essa avaliação agora que recebeu o reembolso?', 'asks_to_change_review', 'apagar essa avaliação'],
  ['es', '¿Podrías borrar tu reseña ahora que ya tienes el reembolso?', 'asks_to_change_review', 'borrar tu reseña'],
  ['de', 'Könnten Sie Ihre Bewertung jetzt bitte entfernen?', 'asks_to_change_review', 'Ihre Bewertung jetzt bitte entfernen'],
  ['fr', 'Pourriez-vous modifier votre avis maintenant que tout est réglé ?', 'asks_to_change_review', 'modifier votre avis'],
  // an incentive tied to what the review says
  ['en', 'Post a five-star review and we will send a free cushion.', 'incentive_for_positive_review', 'five-star review'],
  ['pt', 'Dê 5 estrelas e ganhe um brinde na próxima compra.', 'incentive_for_positive_review', '5 estrelas'],
  ['es', 'Con una reseña positiva te llevas un regalo en tu próximo pedido.', 'incentive_for_positive_review', 'reseña positiva'],
  ['de', 'Für fünf Sterne gibt es einen Gutschein über 10 Euro.', 'incentive_for_positive_review', 'fünf Sterne'],
  ['fr', 'Un avis positif vous donne droit à un cadeau.', 'incentive_for_positive_review', 'avis positif'],
  // blame and argument with the customer
  ['en', 'You clearly did not read the care label before washing it.', 'argues_with_customer', 'You clearly did not read'],
  ['en', 'That is not what happened, the parcel was delivered on time.', 'argues_with_customer', 'That is not what happened'],
  ['pt', 'O senhor não leu o manual, por isso o aparelho queimou.', 'argues_with_customer', 'O senhor não leu'],
  ['pt', 'A culpa é sua, a tabela de medidas estava no anúncio.', 'argues_with_customer', 'culpa é sua'],
  ['es', 'Usted no siguió las instrucciones de montaje.', 'argues_with_customer', 'no siguió las'],
  ['de', 'Sie haben die Anleitung nicht gelesen.', 'argues_with_customer', 'Sie haben die Anleitung nicht gelesen'],
  ['fr', "Vous n'avez pas respecté la notice d'entretien.", 'argues_with_customer', "Vous n'avez pas respecté"],
  // an empty template that answers nothing
  ['en', 'We value your feedback and apologise for any inconvenience caused.', 'answers_nothing', 'We value your feedback'],
  ['pt', 'Lamentamos o transtorno e agradecemos o seu feedback.', 'answers_nothing', 'Lamentamos o transtorno'],
  ['es', 'Lamentamos las molestias y agradecemos tu opinión.', 'answers_nothing', 'Lamentamos las molestias'],
  ['de', 'Wir bedauern die Unannehmlichkeiten und danken für Ihr Feedback.', 'answers_nothing', 'Wir bedauern'],
  ['fr', 'Nous regrettons la gêne occasionnée et vous remercions pour votre retour.', 'answers_nothing', 'Nous regrettons'],
  // firm promises of dates or outcomes
  ['en', 'The new one will arrive on Monday.', 'uncontrolled_date_promise', 'will arrive on Monday'],
  ['en', 'We guarantee this will never happen again.', 'absolute_promise', 'We guarantee'],
  ['pt', 'O seu pedido chegará amanhã.', 'uncontrolled_date_promise', 'chegará amanhã'],
  ['es', 'Tu paquete llegará el lunes.', 'uncontrolled_date_promise', 'llegará el lunes'],
  ['de', 'Ihr Paket kommt morgen ganz sicher an.', 'uncontrolled_date_promise', 'kommt morgen ganz sicher an'],
  ['fr', 'Votre colis arrivera demain.', 'uncontrolled_date_promise', 'arrivera demain'],
  ['fr', 'Nous vous garantissons que cela ne se reproduira plus.', 'absolute_promise', 'garantissons'],
  // a discount as the only answer
  ['pt', 'Sentimos muito. Aqui está um cupom de 10% para a próxima compra.', 'discount_only_answer', 'cupom'],
  ['de', 'Das tut uns leid. Hier ist ein Gutschein für Ihren nächsten Einkauf.', 'discount_only_answer', 'Gutschein'],
  // the families the first outside set found missing, in sentences written for this test
  [
    'en',
    'Maybe talk to your flatmates before you write a review like that.',
    'argues_with_customer',
    'talk to your flatmates before you write',
  ],
  [
    'pt',
    'Confira com seus vizinhos antes de postar uma reclamação dessas.',
    'argues_with_customer',
    'Confira com seus vizinhos antes de postar',
  ],
  ['es', 'Nadie más ha reclamado por este modelo en cinco años.', 'argues_with_customer', 'Nadie más ha reclamado'],
  ['de', 'Die Ursache liegt vermutlich eher bei der Bedienung.', 'argues_with_customer', 'Ursache liegt vermutlich eher bei der Bedienung'],
  ['fr', 'Si vous aviez consulté le guide, vous auriez pris la bonne taille.', 'argues_with_customer', 'Si vous aviez consulté'],
  ['de', 'Ich garantiere Ihnen, dass das Paket vor Ostern bei Ihnen ist.', 'uncontrolled_date_promise', 'vor Ostern'],
  // the customer told what they will get whatever happens; the shop's own "te devolvemos… sea cual sea" passes (outside6)
  ['es', 'Recibirás todo tu dinero, sea cual sea el resultado de la revisión.', 'absolute_promise', 'sea cual sea'],
  ['fr', "Le geste commercial arrive dès que l'avis aura disparu.", 'asks_to_change_review', "l'avis aura disparu"],
  ['de', 'Stufen Sie die Bewertung doch bitte wieder hoch.', 'asks_to_change_review', 'Stufen Sie die Bewertung doch bitte wieder hoch'],
  ['pt', 'Prezada cliente, agradecemos a confiança e esperamos atendê-la novamente.', 'answers_nothing', 'agradecemos a confiança'],
];

const GOOD: Good[] = [
  // the shapes a public-data rule must not confuse with an ask
  ['en', "Please don't post your order number here — send it by direct message and we'll check."],
  ['en', 'Your address is not visible to us here, so please send it by private message.'],
  ['en', "If you followed the guide and it still wobbles, that's on us, and we'll send a new frame."],
  ['pt', 'Não publique o número do pedido aqui — envie por mensagem direta.'],
  ['es', 'No publiques aquí tu número de pedido: envíalo por mensaje directo.'],
  ['de', 'Ihre Adresse sehen wir hier nicht; schicken Sie sie bitte per Privatnachricht.'],
  ['fr', "Si vous avez suivi la notice et que ça bouge encore, c'est notre faute, et nous envoyons un nouveau cadre."],
  ['en', 'Please DM us your order number and we will trace the parcel today.'],
  ['en', "We'd love to hear more — reply privately and we'll put it right."],
  ['en', 'Thank you for updating your review, and for giving the new lamp a chance.'],
  ['en', 'The carrier expects to deliver on Friday; we will check the tracking on Thursday.'],
  ['en', 'Our 30-day money-back guarantee covers this, and the refund is on its way.'],
  ['en', 'Thanks so much for the lovely review, Ana!'],
  ['pt', 'Mande o número do pedido por mensagem privada que verificamos hoje.'],
  ['pt', 'Obrigado por atualizar sua avaliação e por dar outra chance ao produto.'],
  ['pt', 'A previsão da transportadora é sexta-feira; acompanhamos o rastreio.'],
  ['pt', 'A alça soltou em uma semana, o que não é normal. Vamos enviar outra e verificar o lote.'],
  ['es', 'Envíanos tu número de pedido por mensaje privado y lo revisamos hoy.'],
  ['es', 'Gracias por actualizar tu reseña y por darle otra oportunidad al producto.'],
  ['es', 'La entrega prevista por la mensajería es el viernes; seguimos el envío.'],
  ['es', 'La correa se soltó en una semana y no es normal. Te enviamos otra y revisamos el lote.'],
  ['de', 'Schicken Sie uns Ihre Bestellnummer per Direktnachricht, dann prüfen wir das heute.'],
  ['de', 'Danke, dass Sie Ihre Bewertung aktualisiert haben.'],
  ['de', 'Laut Paketdienst ist die Zustellung voraussichtlich am Freitag.'],
  ['de', 'Der Riemen hat sich nach einer Woche gelöst, das ist nicht normal. Wir schicken einen neuen und prüfen die Charge.'],
  ['fr', 'Envoyez-nous votre numéro de commande en message privé et nous vérifions aujourd’hui.'],
  ['fr', "Merci d'avoir mis à jour votre avis et d'avoir redonné sa chance au produit."],
  ['fr', 'Selon le transporteur, la livraison est prévue vendredi ; nous suivons le colis.'],
  ['fr', "La sangle s'est détachée en une semaine, ce n'est pas normal. Nous en envoyons une neuve et vérifions le lot."],
  // look-alikes of those families
  ['pt', 'Para não expor seus dados, mande o número do pedido pelo WhatsApp oficial e trocamos a peça.'],
  ['es', 'Si no puedes recogerlo, respóndenos al correo del pedido y pedimos otra entrega.'],
  ['de', 'Ob Sie die Bewertung ändern, liegt ganz bei Ihnen; die Versandkosten sind erstattet.'],
  ['fr', 'Si cela change votre avis sur la veste, le retour est gratuit pendant 30 jours.'],
  ['en', 'The leak comes from a faulty seal in one batch, not from anything you did; a new kettle ships today.'],
  ['fr', "Le transporteur annonce jeudi ; s'il n'est pas arrivé lundi, écrivez-nous et nous renvoyons le colis."],
];

describe('guardrail frames, language by language: bad replies are blocked', () => {
  for (const [lang, text, code, words] of BAD) {
    it(`${lang}: ${code}: ${text}`, () => {
      const findings = checkReply({ text, public: true }, { model: null });
      const at = text.indexOf(words);
      expect(at, `"${words}" must be in the text`).toBeGreaterThanOrEqual(0);
      const covering = findings.filter((f) => f.code === code && f.blocking && f.start <= at && at + words.length <= f.end);
      expect(covering.length, JSON.stringify(findings.map((f) => [f.code, text.slice(f.start, f.end)]))).toBeGreaterThan(0);
    });
  }
});

describe('guardrails with the shipped model, language by language: good replies pass', () => {
  for (const [lang, text] of GOOD) {
    it(`${lang}: ${text}`, () => {
      const blocking = checkReply({ text, public: true }).filter((f) => f.blocking);
      expect(blocking.map((f) => `${f.code}: ${text.slice(f.start, f.end)}`)).toEqual([]);
    });
  }
});

describe('the shapes the phrase lists missed on an outside set', () => {
  const cases: [string, GuardrailCode][] = [
    ['Sorry about that! Could you let us know the address where you live so the courier can collect it?', 'asks_private_details_in_public'],
    ['To look into the charge, please reply with the last 4 digits of the card you paid with.', 'asks_private_details_in_public'],
    ['We would be grateful if you could consider taking this review down.', 'asks_to_change_review'],
    ['Thank you for reaching out. We value your feedback and will pass it on to the team.', 'answers_nothing'],
    ['We are sorry to hear about your experience. Please contact us so we can assist.', 'answers_nothing'],
    ['Infelizmente a senhora não seguiu as instruções de uso, por isso o produto estragou.', 'argues_with_customer'],
  ];
  for (const [text, code] of cases) {
    it(`${code}: ${text}`, () => {
      expect(
        checkReply({ text, public: true })
          .filter((f) => f.blocking)
          .map((f) => f.code),
      ).toContain(code);
    });
  }

  it('lets the same asks through in a private reply, where the order number is how we help', () => {
    expect(checkReply({ text: 'Could you let us know the address where you live so the courier can collect it?', public: false })).toEqual(
      [],
    );
  });
});

describe('dates', () => {
  it('a sentence in the past states a fact', () => {
    expect(checkReply({ text: 'It arrived on Monday, a day late.', public: true }, { model: null })).toEqual([]);
    expect(checkReply({ text: 'It arrives on Monday.', public: true }, { model: null }).map((f) => f.code)).toEqual([
      'uncontrolled_date_promise',
    ]);
  });

  it('a hedged date is an estimate, not a promise, in every language', () => {
    for (const text of [
      'It should arrive on Monday.',
      'A previsão é que chegue na segunda.',
      'Debería llegar el lunes.',
      'Es sollte am Montag ankommen.',
      'Il devrait arriver lundi.',
    ]) {
      expect(checkReply({ text, public: true }, { model: null }), text).toEqual([]);
    }
  });
});

describe('fold', () => {
  it('keeps every index so spans found on folded text point at the original words', () => {
    const text = 'Você não leu? Straße, Ünïcödé — “quotes” ’';
    const f = fold(text);
    expect(f.length).toBe(text.length);
    expect(f.slice(0, 12)).toBe('voce nao leu');
    expect(f).toContain('strase');
  });
});
