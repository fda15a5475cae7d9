// The meanings the fifth held-out writer's replies carried past the frames, read as families and
// tested case by case on sentences written for these tests (not taken from any guardrail set): the
// fault refused with "not our fault" (which used to read as owning it), the customer as the first to
// complain, sent to ask their household, the result called no wonder, a handover on record with the
// matter closed, a strike or a carrier named as where the delay "goes"; someone else releasing the
// parcel on a day, a fit promised as certain; an ask made with "we kindly ask", a better rating, the
// stars turning into five, "the wording" of a review; a reward "for free" or "regalamos" for 5 ⭐; and
// courtesy that says the shop likes hearing from customers or acknowledges receipt; and the sixth
// writer's families (a result called obvious or normal after the customer's own act, disbelief, a
// cause set against the fabric, "I've made a note of it"). Every bad one
// passed the frames before; every good one passes.
import { describe, expect, it } from 'vitest';
import { type FrameCase as Case, expectBlocked, framesAlone } from './guardrails.fixtures.js';

describe('blame: the fault refused, the customer doubted, the case closed', () => {
  const cases: Case[] = [
    ['A transportadora atrasou tudo, não é culpa nossa.', 'argues_with_customer', 'culpa nossa'],
    ['We have shipped thousands of these kettles and you are the first to mention a rattle.', 'argues_with_customer', 'first to mention'],
    ['Please ask your neighbours whether someone took it in before reporting it missing.', 'argues_with_customer', 'neighbours'],
    ['Si lo secaste en la secadora, ya sabes por qué se deformó.', 'argues_with_customer', 'ya sabes'],
    ['Wer Seide bei 60 Grad wäscht, braucht sich über das Ergebnis nicht zu wundern.', 'argues_with_customer', 'wundern'],
    [
      'Selon le suivi, le colis vous a été remis en main propre le 3 mai, nous considérons donc la commande comme effectuée.',
      'argues_with_customer',
      'remis en main propre',
      false,
    ],
    ['Der Lieferverzug geht komplett auf Hermes, wir haben rechtzeitig verschickt.', 'blames_carrier', 'Hermes'],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
});

describe("promises: someone else's release on a day, a fit made certain", () => {
  const cases: Case[] = [
    ['A alfândega libera a encomenda na sexta e no sábado já chega.', 'uncontrolled_date_promise', 'alfândega', false],
    ['Customs will release it tomorrow, then it is yours.', 'uncontrolled_date_promise', 'Customs'],
    ["Don't worry, the new cover will fit perfectly on your sofa.", 'absolute_promise', 'fit perfectly', false],
    ['Esta alfombra te va a quedar perfecta en el salón.', 'absolute_promise', 'quedar perfecta'],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
});

describe('review asks and rewards in new words', () => {
  const cases: Case[] = [
    ['Solicitamos que a sua avaliação seja ajustada, já que o problema foi resolvido.', 'asks_to_change_review', 'ajustada', false],
    ['Se der, deixa uma nota melhor pra gente lá no site?', 'asks_to_change_review', 'nota melhor'],
    ['Será que agora essas três estrelas não viram cinco? 😊', 'asks_to_change_review', 'viram cinco'],
    ['Leave us a 5 ⭐ review and we will send you a tote bag for free.', 'incentive_for_positive_review', '5 ⭐'],
    ['Si dejas una reseña positiva, te regalamos el envío del próximo pedido.', 'incentive_for_positive_review', 'regalamos'],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
});

describe('courtesy that answers nothing', () => {
  const cases: Case[] = [
    ['Hi Jo, thanks for getting in touch! We always love hearing from our customers, good or bad.', 'answers_nothing', 'Hi', false],
    ['Wir bestätigen den Eingang Ihrer Reklamation und bedanken uns für Ihr Vertrauen.', 'answers_nothing', 'Wir', false],
    ['Merci pour votre message, on est toujours contents d’avoir des nouvelles de nos clients !', 'answers_nothing', 'Merci', false],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
});

describe('families of the sixth held-out writer', () => {
  const cases: Case[] = [
    ['Si lo secas en la secadora, obviamente se encoge.', 'argues_with_customer', 'obviamente'],
    ['Ohne regelmäßiges Entkalken ist es normal, dass die Maschine ausfällt.', 'argues_with_customer', 'normal', false],
    ['Nous avons du mal à croire que le vase soit arrivé cassé.', 'argues_with_customer', 'du mal à croire'],
    ['A cor que você viu vem da tela do seu celular, não do tecido.', 'argues_with_customer', 'não do tecido'],
    ['Lo sentimos, pero no podemos hacernos cargo de ese daño.', 'argues_with_customer', 'hacernos cargo', false],
    [
      'Thanks for reaching out! I have made a note of it. Is there anything else I can help you with today?',
      'answers_nothing',
      'Thanks',
      false,
    ],
    ['Solicitamos gentilmente a exclusão do comentário publicado na página.', 'asks_to_change_review', 'exclusão', false],
    ['Cuando puedas, ¿le das una vuelta a tu reseña?', 'asks_to_change_review', 'vuelta'],
    // "hatten wir" is past tense here, not the shop's "hätten wir … sollen": not an owned fault
    ['Bisher hatten wir keine einzige Reklamation, vermutlich wurde das Kabel geknickt.', 'argues_with_customer', 'Reklamation', false],
    ['Hinterlasse uns eine ⭐⭐⭐⭐⭐-Bewertung und du bekommst die Hälfte des Preises zurück.', 'incentive_for_positive_review', '⭐'],
    ['Déjanos tu número de cel aquí abajo y te llamamos.', 'asks_private_details_in_public', 'cel'],
    ['O estorno entra na fatura do seu cartão ainda hoje, pode confiar.', 'uncontrolled_date_promise', 'estorno', false],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
});

describe('the look-alikes still pass', () => {
  const good: [string, boolean][] = [
    ["You're not the first to say step 7 is confusing — we've made a video and will send it with the corrected sheet.", true],
    ['That one is on us, not the carrier: a new lamp ships today.', true],
    ['The tracking says it was handed over on Monday; we have opened a claim and a replacement leaves today.', false],
    ['We are so sorry — a new cover is on its way, and it should fit your sofa; if not, we will take it back.', true],
    ['Thanks for the 5 ⭐ review, it made our week!', true],
    ['Estamos felizes que a nota fiscal chegou certinha por e-mail.', false],
    ['Customs usually release parcels within a few days; we will message you when it moves.', false],
    ["It's hard to believe we missed this in testing, and we're sorry. A new one is on its way.", true],
    ['Que el tirante se descosa al segundo lavado no es normal: te mandamos otro bañador hoy.', true],
    ['Wenn Ihnen ein neuer Rucksack lieber ist, geht das natürlich auch.', true],
    ['Sie haben recht, der Duft ist deutlich intensiver als beschrieben – wir haben die Beschreibung angepasst.', true],
    ['Hätten wir das nur deutlicher geschrieben – wir schicken Ihnen den passenden Adapter.', true],
    ['La paquetería confirma que ya está en reparto; si mañana no te llega, avísame y te mando otro.', false],
    // good replies the seventh held-out look blocked, reworded here: a message as the private channel, a bank's
    // time "depending on your bank", a parcel that already went out, thanks for stars, a listing owned as unclear
    ['We have fixed the page and will swap yours free, just send us a message with your order details.', true],
    ['The refund went to your card today; it shows in 3-5 working days depending on your bank.', false],
    ['O rastreio mostra que ficou parado em Campinas; hoje cedo saiu para entrega.', false],
    ['Dankeschön für die 5 Sterne und das Foto vom Gartenstuhl!', true],
    ["La taille n'était pas indiquée clairement : nous avons corrigé la fiche et envoyons l'autre modèle.", true],
  ];
  it.each(good)('%s', (text, isPublic) => {
    expect(framesAlone(text, isPublic)).toEqual([]);
  });
});
