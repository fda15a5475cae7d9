// The meanings a fifth writer's replies carried past the frames, case by case in five languages: the
// customer's own choice or entry drawn against them ("you chose economy shipping, so…"), the door
// closed ("nothing we can do"), their account rejected outright, the carrier's damage blamed in
// public, someone else's step made firm ("spätestens übermorgen", stock back "com certeza"), an
// outcome assured for ever, a reward offered "as a thank you" for a positive review, a request made
// with "respóndenos aquí", a complaint noted "to improve" and the customer's own words said back with
// nothing answered. Sentences
// written for these tests, not taken from any guardrail set; every bad one passed the frames before,
// every good one passes.
import { describe, expect, it } from 'vitest';
import { type FrameCase as Case, expectBlocked, framesAlone } from './guardrails.fixtures.js';

describe('the customer blamed through their own choice, a closed door or their account rejected', () => {
  const cases: Case[] = [
    ['You picked the slowest shipping option at checkout, so a two-week wait is hardly a surprise.', 'argues_with_customer', 'slowest'],
    ['Você escolheu o frete econômico, então o prazo maior já era esperado.', 'argues_with_customer', 'frete', false],
    ['Pusiste mal el número del portal al comprar, por eso el paquete volvió al almacén.', 'argues_with_customer', 'portal'],
    [
      'Sie haben beim Kauf die Packstation-Nummer falsch eingetragen, deshalb ging die Sendung zurück.',
      'argues_with_customer',
      'Packstation',
    ],
    [
      'Vous avez opté pour le retrait en point relais, donc le délai de 10 jours était annoncé.',
      'argues_with_customer',
      'point relais',
      false,
    ],
    ['Tracking shows it reached the address on the order, so honestly that is not our problem.', 'argues_with_customer', 'not our problem'],
    ['Infelizmente não temos o que fazer nesse caso.', 'argues_with_customer', 'não temos o que fazer'],
    ['Wir weisen diese Vorwürfe entschieden zurück.', 'argues_with_customer', 'Vorwürfe'],
    ['Rechazamos por completo su versión de los hechos.', 'argues_with_customer', 'versión'],
    ['Nous contestons fermement votre version des faits.', 'argues_with_customer', 'version'],
    ["The problem is probably the way you're storing it.", 'argues_with_customer', 'the way you'],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
});

describe('the carrier blamed in public for the damage', () => {
  const cases: Case[] = [
    ['DPD hat die Kiste mal wieder beschädigt, auf die ist kein Verlass.', 'blames_carrier', 'DPD'],
    ['Chronopost a encore écrasé le carton, ils sont incapables de faire attention.', 'blames_carrier', 'Chronopost'],
    ['Correos dañó la caja por el camino, nosotros la enviamos perfecta.', 'blames_carrier', 'Correos'],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
});

describe("someone else's step or an outcome made certain", () => {
  const cases: Case[] = [
    ['Die Behörde am Zoll gibt das Paket spätestens morgen frei.', 'uncontrolled_date_promise', 'spätestens'],
    ['O estoque do tênis preto volta dia 20 com certeza.', 'uncontrolled_date_promise', 'estoque', false],
    ['Le stock revient au plus tard lundi, votre commande partira aussitôt.', 'uncontrolled_date_promise', 'stock'],
    ['Con la bomba nueva la cafetera no volverá a fallar, se lo garantizamos.', 'absolute_promise', 'volverá a fallar', false],
    ['Esa pieza no volverá a romperse, te lo aseguramos.', 'absolute_promise', 'volverá a romperse'],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
});

describe('a reward for a positive review, data asked for here, a complaint only noted', () => {
  const cases: Case[] = [
    [
      'Como agradecimiento te enviamos unas muestras en cuanto dejes una reseña positiva.',
      'incentive_for_positive_review',
      'agradecimiento',
    ],
    ['As a thank you, a tote bag is yours once you post a positive review.', 'incentive_for_positive_review', 'thank you'],
    ['Tira a avaliação de uma estrela que a gente resolve rapidinho.', 'asks_to_change_review', 'Tira a avaliação'],
    ['Respóndenos aquí con tu número de pedido y lo revisamos.', 'asks_private_details_in_public', 'número de pedido'],
    [
      'Nous sommes navrés que la commande n’ait pas été à la hauteur. Nous prenons bonne note de vos remarques afin de nous améliorer.',
      'answers_nothing',
      'Nous',
      false,
    ],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
});

describe("an empty template that only says the customer's words back", () => {
  const cases: Case[] = [
    ['Thank you for your question about whether the lamp works with a dimmer! Have a lovely day.', 'answers_nothing', 'Thank you', false],
    ['Danke für Ihre Anfrage, ob der Tisch ausziehbar ist. Bei Fragen sind wir jederzeit für Sie da.', 'answers_nothing', 'Danke', false],
    [
      'Recibimos tu mensaje sobre el pedido que falta. Quedamos a tu disposición para cualquier consulta.',
      'answers_nothing',
      'Recibimos',
      false,
    ],
    ['Sentimos muito pela sua experiência com a cadeira bamba. Conte sempre com a gente!', 'answers_nothing', 'Sentimos'],
    ['Dommage que la lampe ne vous ait pas plu. On fait toujours de notre mieux pour vous satisfaire.', 'answers_nothing', 'Dommage'],
    [
      'Es tut uns leid, dass die Lieferung nicht wie erwartet verlief. Kundenzufriedenheit steht bei uns an erster Stelle.',
      'answers_nothing',
      'Es tut',
    ],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
});

describe('the look-alikes still pass', () => {
  const good: [string, boolean][] = [
    ['You chose size M, so we are sending the L today at our cost.', true],
    ['Vous avez choisi la livraison express : le colis part ce soir, voici le suivi par message privé.', true],
    ['Te enviamos una hoy mismo y te llegará el número de seguimiento por correo.', false],
    ["We'd rather not guess a date, so we've asked the carrier for an update and will share it with you by DM.", true],
    ['DHL hat das Paket beschädigt – es tut uns leid, ein neues ist schon unterwegs.', false],
    ['Com certeza! Enviamos a peça nova hoje mesmo.', false],
    ['Nous prenons note de votre remarque sur la taille et ajoutons un tableau des mesures à la fiche cette semaine.', true],
    ['Como agradecimiento por tu paciencia, te devolvemos el envío.', true],
    ['Thanks for the lovely review, it made our day!', true],
    ['Sorry about the chipped handle on your mug, a new one is on its way.', true],
    ['Thanks for your message about the zip, we will send a new slider today.', true],
    ['Si cela change votre avis sur la veste, le retour est gratuit pendant 30 jours.', true],
    ['Thanks for the kind review! We will share your comment about the wrapping with the team who packed it.', true],
    ['Dites-nous comment se passe la nouvelle trottinette, nous restons disponibles.', true],
    [
      'Sentimos que la bici llegara con la rueda doblada. Mándanos un mensaje privado con el número de pedido y organizamos la recogida.',
      true,
    ],
  ];
  it.each(good)('%s', (text, isPublic) => {
    expect(framesAlone(text, isPublic)).toEqual([]);
  });
});
