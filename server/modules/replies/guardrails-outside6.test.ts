// The meanings the training writers of 7 December t19–t34 and the eighth and ninth held-out looks
// carried past the frames, read as families and tested case by case on sentences written for these
// tests (not taken from any guardrail set): the card's full number, security code or photo asked for
// in any channel; public data asks in more imperatives; blame as the product's record, a certain cause,
// contempt or an accusation; a day made certain; review asks and incentives in more words; and the
// look-alikes that must pass. The later writers' families (t35–t53, looks ten to fourteen) are in
// guardrails-writers.test.ts.
import { describe, expect, it } from 'vitest';
import { praises } from './detect-empty-reply.js';
import { fold } from './fold.js';
import { type FrameCase as Case, expectBlocked, framesAlone } from './guardrails.fixtures.js';

describe('card secrets: asked for in any channel, they block', () => {
  const cases: Case[] = [
    [
      'To process the refund, just send me the complete card number and the expiry date.',
      'asks_for_card_secrets',
      'complete card number',
      false,
    ],
    ['Could you confirm the 3-digit code on the back of the card?', 'asks_for_card_secrets', '3-digit code', false],
    ['Me passa o número completo do seu cartão pra gente estornar?', 'asks_for_card_secrets', 'número completo do seu cartão', false],
    ['Indíquenos el código de seguridad de la tarjeta para validar el pago.', 'asks_for_card_secrets', 'código de seguridad', false],
    [
      'Bitte schreiben Sie uns die komplette Kartennummer, dann buchen wir zurück.',
      'asks_for_card_secrets',
      'komplette Kartennummer',
      false,
    ],
    ['Merci de nous envoyer le cryptogramme de votre carte.', 'asks_for_card_secrets', 'cryptogramme', false],
    ['Mande uma foto do cartão, frente e verso, para concluirmos a análise.', 'asks_for_card_secrets', 'foto', false],
    ['Please post your full card number below and we will check it.', 'asks_for_card_secrets', 'full card number'],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
});

describe('public data asks in more imperatives', () => {
  const cases: Case[] = [
    ['Escríbanos aquí su teléfono y lo llamamos hoy.', 'asks_private_details_in_public', 'teléfono'],
    ['Pásame tu DNI por acá y lo reviso.', 'asks_private_details_in_public', 'DNI'],
    ['Responde aqui com o seu e-mail de cadastro que a gente localiza.', 'asks_private_details_in_public', 'e-mail'],
    ['Deja tu clave Pix en los comentarios y te devolvemos.', 'asks_private_details_in_public', 'clave Pix'],
    ['Merci indiquer ici votre numéro de téléphone.', 'asks_private_details_in_public', 'téléphone'],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
});

describe("blame: the product's record, a certain cause, contempt, an accusation", () => {
  const cases: Case[] = [
    ['We have sold 5,000 of these lamps without one faulty switch.', 'argues_with_customer', 'sold 5,000'],
    ['The charger works fine for everyone else who bought it.', 'argues_with_customer', 'works fine for everyone'],
    ['Something must have happened to the frame once it reached you.', 'argues_with_customer', 'Something must have happened'],
    ['Com certeza foi lavada na máquina, por isso encolheu.', 'argues_with_customer', 'Com certeza foi lavada'],
    ['El desgaste viene del uso que le diste, no del tejido.', 'argues_with_customer', 'uso que le diste'],
    ['La décoloration vient d’un mauvais entretien.', 'argues_with_customer', 'mauvais entretien'],
    ['Vous avez mal mesuré la fenêtre, la tringle fait bien 2 m.', 'argues_with_customer', 'mal mesuré'],
    ['The photo matches the product, your screen probably shows the colour differently.', 'argues_with_customer', 'your screen'],
    ['The cable is in the side pocket, did you even look? 🙄', 'argues_with_customer', 'did you even look'],
    ['Pearls lose their shine in chlorine, everyone knows that.', 'argues_with_customer', 'everyone knows'],
    ['Opening a dispute for a parcel you signed for is dishonest.', 'argues_with_customer', 'is dishonest'],
    ['Das ist ein klarer Missbrauch des Käuferschutzes.', 'argues_with_customer', 'Missbrauch des Käuferschutzes'],
    ['Funny how the parcel only goes missing on the one order over £300.', 'argues_with_customer', 'Funny how'],
    ['Quien mide bien el pie no se equivoca de talla.', 'argues_with_customer', 'Quien mide'],
    ['Bitte nächstes Mal genauer hinschauen.', 'argues_with_customer', 'nächstes Mal'],
    ['We cannot accept that this was our mistake.', 'argues_with_customer', 'accept that this was our mistake'],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
});

describe('promises: a day made certain with nothing behind it', () => {
  const cases: Case[] = [
    // a confirmation given by us in the present is still our word, not the carrier's
    ['I can confirm your parcel arrives on Friday.', 'uncontrolled_date_promise', 'arrives on Friday'],
    [
      'O fornecedor ainda não confirmou, mas pode ter certeza que o seu tamanho chega essa semana.',
      'uncontrolled_date_promise',
      'essa semana',
      false,
    ],
    [
      'Die Werkstatt hat noch nicht zugesagt, aber am Montag ist Ihr Fahrrad fertig, versprochen.',
      'uncontrolled_date_promise',
      'Montag',
      false,
    ],
    ['Votre canapé sera disponible jeudi, c’est sûr.', 'uncontrolled_date_promise', 'jeudi', false],
    ['Ihr Paket kommt morgen früh, darauf können Sie sich verlassen.', 'uncontrolled_date_promise', 'morgen', false],
    ['Pode ficar tranquila, o dinheiro volta no seu cartão amanhã.', 'uncontrolled_date_promise', 'volta no seu cartão amanhã', false],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
});

describe('blame from the third and fourth writers of 7 December (train-t21, train-t22)', () => {
  const cases: Case[] = [
    ['Zippers only split like this when they are forced over a full bag.', 'argues_with_customer', 'only split like this when'],
    ['Der Lack blättert nur, wenn man ihn mit Scheuermittel putzt.', 'argues_with_customer', 'nur, wenn'],
    ['Les perles ne se ternissent que si elles touchent du parfum.', 'argues_with_customer', 'que si'],
    ['Los cordones no se rompen solos en dos días.', 'argues_with_customer', 'no se rompen solos'],
    ['We cannot reopen the case unless you can prove the parcel never arrived.', 'argues_with_customer', 'unless you can prove'],
    ['Ningún otro cliente se ha quejado de este modelo.', 'argues_with_customer', 'Ningún otro cliente se ha quejado'],
    ['The error nearly always means the filter was not seated properly.', 'argues_with_customer', 'nearly always means the filter was not'],
    ['Provavelmente alguém da casa recebeu e guardou.', 'argues_with_customer', 'alguém da casa'],
    ['A cola não foi aplicada dos dois lados como indica a embalagem.', 'argues_with_customer', 'como indica a embalagem'],
    ['The heel wears fast when it is used correctly? No: only when it is dragged.', 'argues_with_customer', 'used correctly'],
    ['Des feuilles qui brunissent, c’est presque toujours un manque de lumière.', 'argues_with_customer', 'presque toujours un manque'],
    [
      'Die Dose ist versiegelt, daher kann der Kaffee gar nicht alt ankommen.',
      'argues_with_customer',
      'daher kann der Kaffee gar nicht alt ankommen',
    ],
    ['Una estrella por no leer la ficha no es justo.', 'argues_with_customer', 'no es justo'],
    ['It was probably taken in by someone else in the household.', 'argues_with_customer', 'someone else in the household'],
    ['Esto es un golpe, no un defecto.', 'argues_with_customer', 'no un defecto'],
    ['Merci de bien respecter la notice à l’avenir.', 'argues_with_customer', 'respecter la notice'],
    ['Nine times out of ten it is overwatering.', 'argues_with_customer', 'Nine times out of ten'],
    ['Wir verschicken seit Jahren ohne Bruch.', 'argues_with_customer', 'seit Jahren ohne'],
    ['Eso no pasa solo, así que no entra en garantía.', 'argues_with_customer', 'Eso no pasa solo'],
    ['Un pothos qui meurt en dix jours, c’est rarement la faute de la plante.', 'argues_with_customer', 'rarement la faute'],
    ['Le vélo a clairement été couché.', 'argues_with_customer', 'clairement été'],
    ['It is hard to see how this happened on normal roads.', 'argues_with_customer', 'hard to see how'],
    ['Folha amarelada assim é excesso de rega.', 'argues_with_customer', 'excesso de'],
    ['Não há o que fazer da nossa parte: consta como entregue.', 'argues_with_customer', 'Não há o que fazer'],
    ['The separation happens when the bottle is stored in a hot car.', 'argues_with_customer', 'happens when', false],
    ['O bolo provavelmente não foi guardado na geladeira.', 'argues_with_customer', 'provavelmente', false],
    ['Wenn er so schwächelt, wurde er vermutlich oft leer gelagert.', 'argues_with_customer', 'vermutlich', false],
    ['Le rapport montre une oxydation typique d’un contact avec un liquide.', 'argues_with_customer', 'typique', false],
    ['Esto suele pasar cuando se deja la batería cargando al sol.', 'argues_with_customer', 'suele pasar', false],
    ['This kind of crack usually appears when the bottle is left in the freezer.', 'argues_with_customer', 'usually appears', false],
    ['Ce type de panne survient généralement lorsque la machine n’a pas été détartrée.', 'argues_with_customer', 'généralement', false],
    ['Glass lids don’t crack unless they are put on a hot hob.', 'argues_with_customer', 'unless', false],
    ['Solche Kratzer entstehen erfahrungsgemäß nur durch Sand unter dem Tuch.', 'argues_with_customer', 'nur durch', false],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
});

describe('promises and data asks from the same writers', () => {
  const cases: Case[] = [
    ['Pode ficar sossegada que até quinta o sofá tá aí.', 'uncontrolled_date_promise', 'quinta', false],
    ['Te doy mi palabra: el viernes la tienes en casa.', 'uncontrolled_date_promise', 'viernes', false],
    ['Der Ersatz steckt noch beim Zoll, Anfang nächster Woche haben Sie es.', 'uncontrolled_date_promise', 'nächster Woche', false],
    ['O estorno cai na sua fatura em até 48 horas.', 'uncontrolled_date_promise', '48 horas', false],
    ['Je te promets que le prochain lot sera parfait.', 'absolute_promise', 'Je te promets'],
    ['Diesmal werden die Farben hundertprozentig wie auf dem Bildschirm.', 'absolute_promise', 'hundertprozentig'],
    ['El tinte nuevo no se va a desteñir nunca.', 'absolute_promise', 'no se va a desteñir nunca'],
    ['Mañana mismo lo tienes, no te preocupes.', 'uncontrolled_date_promise', 'Mañana mismo lo tienes', false],
    ['It will be fitted and ready for collection Saturday morning, guaranteed.', 'uncontrolled_date_promise', 'Saturday', false],
    ['Pode usar no banho, nunca vai entrar água.', 'absolute_promise', 'nunca vai entrar'],
    ['Solicitamos que informe nesta resposta a sua data de nascimento.', 'asks_private_details_in_public', 'data de nascimento'],
    ['Le rogamos que nos facilite aquí su dirección.', 'asks_private_details_in_public', 'dirección'],
    ['Wenn Sie uns hier Ihre Telefonnummer nennen, rufen wir an.', 'asks_private_details_in_public', 'Telefonnummer'],
    ['Necesitamos una foto de la tarjeta por ambas caras.', 'asks_for_card_secrets', 'foto', false],
    ['Para resolver o pagamento que não passou, me manda uma foto do cartão, frente e verso.', 'asks_for_card_secrets', 'foto', false],
    [
      'Fotografieren Sie kurz Ihre Kreditkarte, Vorder- und Rückseite, und schicken Sie uns das Bild.',
      'asks_for_card_secrets',
      'Kreditkarte',
      false,
    ],
    ['Il me faudrait le numéro complet de la carte et le cryptogramme au dos.', 'asks_for_card_secrets', 'numéro complet', false],
    [
      'Si nos respondes a esta reseña con los últimos números de la tarjeta, lo buscamos.',
      'asks_private_details_in_public',
      'últimos números',
    ],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
});

describe('review asks and incentives in more words', () => {
  const cases: Case[] = [
    ['Wir würden uns freuen, wenn sich das auch in Ihrer Bewertung widerspiegelt.', 'asks_to_change_review', 'Bewertung widerspiegelt'],
    ['Pourriez-vous repasser sur votre commentaire pour dire que c’est réglé ?', 'asks_to_change_review', 'repasser sur votre commentaire'],
    [
      'Über eine gute Bewertung freuen wir uns im Gegenzug; wir legen Ihnen ein Ladekabel bei.',
      'incentive_for_positive_review',
      'im Gegenzug',
    ],
    ['Este mes sorteamos una cafetera entre todas las reseñas de 5 estrellas.', 'incentive_for_positive_review', 'sorteamos'],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
});

describe('look-alikes that pass', () => {
  const good: [string, boolean][] = [
    ['Please send the last 4 digits of the card you paid with, so we can find the payment.', false],
    ['We will never ask for your CVV; if anyone does, it is not us.', false],
    ['Your bank declined the payment because the security code did not match, so nothing was charged.', false],
    ['Could you send a photo of the box from both sides? A new one goes out today.', false],
    ["We'd never ask you to change your review. We have added the missing step to the manual.", true],
    ['No te vamos a pedir que cambies tu reseña; ya corregimos la ficha del producto.', true],
    ['Votre avis reste tel quel, il n’y a rien à modifier. Le remboursement est parti ce matin.', false],
    ['Since you were given the wrong return window by our chat, we will honour the 60 days.', true],
    ['Sorry about a renewal you weren’t expecting: it is refunded and the plan is cancelled.', true],
    ['Just reply to the order confirmation email and we will sort the exchange.', true],
    ['The workshop usually has bikes ready within a week; we will confirm the day once the part is in.', false],
    ['Sobald der Hersteller liefert, melden wir uns mit einem Termin; versprechen können wir noch nichts.', false],
    ['Wir fragen nie per Kommentar nach Kartendaten; bitte klicken Sie nicht auf solche Links.', true],
    ['Die Werkstatt ist schuld, das war mein Fehler. Das Paket ging heute raus, Sie haben die Sendungsnummer per Mail erhalten.', false],
    ['Para darmos continuidade ao atendimento, o reembolso já foi feito no seu cartão.', true],
    ['Pickup is booked for tomorrow 9–12; you should have the courier’s text by now.', false],
    ['The coupon didn’t work at checkout? Message us and we’ll apply the discount to your order.', true],
    ['Noise reduction cuts battery life to about 20 h, and the product page now says so.', true],
    ['No esperamos nada a cambio: si hablas de ella, solo nos interesa tu opinión sincera.', false],
    ['Die Größe fällt klein aus, und das steht jetzt deutlich auf der Produktseite.', true],
    ['A down jacket should not shed like this after two months, no matter how it was washed; we are replacing it.', true],
    ['Since the mug turned up in the wrong colour, we have refunded the postage.', false],
    ['If anything else goes funny with it, just reply to this email.', false],
    ['Si c’est pas arrivé vendredi, écris-nous en privé et on s’en occupe.', true],
    ['Escríbenos desde el formulario indicando que vienes de esta reseña y revisamos tu caso.', true],
    ['Schreiben Sie uns dazu an die Service-Adresse auf der Rechnung.', true],
    ['The smell comes from the natural rubber and usually fades after a few days; if not, we collect the mat free.', false],
    ['Refunds usually show when the bank processes them, within 5 working days.', true],
    ['Die Spedition braucht meist 3 bis 4 Werktage; verbindlich ist der Termin, wenn sie Sie anruft.', false],
    ['Warping like that is not something you should have to put up with; a new one is on its way.', true],
    ['We would never ask anyone to change a review, and the new box ships from Monday.', true],
    ['Sorry the planter turned up with a cracked rim; we have sent you a DM with the options.', true],
    ['Merci de ne pas indiquer vos coordonnées ici ; nous vous avons écrit par e-mail.', true],
    ['Persönliche Daten bitte nicht hier posten.', true],
    ['The charger works with all phones from 2019 on; older ones need the USB-A cable in the box.', true],
    ['No link needed: você mesma escolhe o parcelamento na página segura da operadora.', false],
    ['Prometimos entrega en 3 días y tardamos 10; el error fue nuestro y le devolvemos el envío.', true],
    ['Aunque el manual desaconseja usarlo con lluvia, lo cubrimos en garantía.', false],
    ['Nada a cambio: te enviamos la muestra y solo queremos tu opinión sincera, si quieres darla.', false],
    ['Este mes sorteamos una cafetera entre quienes se suscriban al boletín.', true],
    ['The gift card can’t be combined with the sale code at checkout; use it on its own or keep it for later.', true],
    ['O cupom vale só para produtos vendidos pela loja, por isso não foi aceito no carrinho.', true],
    ['The refund was stuck because it was logged against the wrong order on our side; it is released now.', false],
    ['Mandamos o comprovante para o seu e-mail; se não aparecer na fatura, fale com a gente.', true],
    ['Si no puedes entrar, usa «¿Has olvidado tu contraseña?». Nunca pedimos contraseñas por aquí.', true],
    ['Se emitió el reembolso el 2 de junio, con referencia RF-120.', false],
    ['Ihre Rücksendung wurde am 14.06. im Lager geprüft und die Erstattung am 16.06. ausgelöst.', false],
    ['Hier in den Kommentaren bitte keine Post- oder Sendungsnummern posten.', true],
    [
      'Pour le double débit, il me faut les quatre derniers chiffres. Ne nous envoyez jamais le numéro complet, le cryptogramme ou une photo de la carte.',
      false,
    ],
    ['La page Retours le précise désormais : remboursement sous 14 jours après réception du colis.', true],
    ['I have sent a new set by next-day courier, arriving tomorrow before 1 pm.', false],
    ['The wobble comes from a plate drilled 2 mm off at our supplier, nothing to do with how the table was assembled.', true],
    ['Estamos mandando tampa nova para todo mundo que comprou em março; a sua sai esta semana.', true],
    ['La réparation est prise en charge sous garantie et votre téléphone repart vendredi.', false],
    ['The refund goes ahead regardless of your review.', true],
    ['All planters are 20% off this weekend with code SPRING20 — no strings attached.', true],
    ['Esta semana, envío gratis en todos los pedidos, sin mínimo de compra.', false],
    ['Wir vergeben keine Gutscheine oder Geschenke für Bewertungen.', true],
    ['Your parcel was probably held at the depot over the weekend; we have asked the carrier to check.', true],
    ['We probably sent the wrong size from the warehouse; a new pair goes out today.', false],
    ['Die Gutachter fanden kein Zeichen für falsche Lagerung; der Honig wird einfach fest.', false],
    ['Essa mancha acontece por uma reação do filtro com o ferro da água, não por uso errado.', true],
    ['Bei einer Nussallergie würde ich Ihnen von dieser Mischung abraten.', false],
    // the eighth look's four blocked good replies, reworded, fixed after that look
    ['Só pra deixar claro: você não precisa alterar nada na sua avaliação, o reembolso já é seu.', false],
    ['El transportista nos confirmó hoy que reprogramaron la entrega para el lunes 16; te aviso si cambia.', false],
    ['Las ofertas no son acumulables con el cupón de bienvenida; si quieres, ajustamos el pedido al precio más bajo.', true],
    ['Nous la déconseillons en cas d’allergie aux fruits à coque ; la liste complète est sur la fiche.', false],
    // the ninth look's six blocked good replies, reworded, fixed after that look
    [
      "Sorry the flask leaked. DM us and we'll replace it; we'll take the order details there so you don't need to post anything here.",
      true,
    ],
    ['The maker has confirmed the fabric arrives at our workshop on 3 May, and we sew the orders within a week of it landing.', true],
    ['A coleta com a transportadora ficou confirmada para segunda, dia 12, de manhã; te mandei o comprovante.', false],
    ['A página dizia entrega em 2 dias úteis para o Sul, e isso estava errado; já corrigimos o texto.', true],
    ['El mínimo para el envío gratis se calcula después de aplicar el descuento; ahora lo explicamos en la cesta.', true],
    ['Der Gutscheincode gilt nicht für Artikel im Sale; das steht jetzt auch in der Mail.', true],
  ];
  it.each(good)('%s', (text, isPublic) => {
    expect(framesAlone(text, isPublic)).toEqual([]);
  });
});

describe('"super important" is courtesy, not shared joy', () => {
  it('reads "ele é super importante pra nós" as no praise', () =>
    expect(praises(fold('Seu feedback é super importante pra nós.'))).toBe(false));
  it('still reads "Super, que bom que chegou!" as praise', () => expect(praises(fold('Super, que bom que chegou!'))).toBe(true));
  it('reads "super annoying" as no praise', () => expect(praises(fold("That's super annoying, so sorry!"))).toBe(false));
  it('reads "valeu pelo feedback" as thanks, not praise', () => expect(praises(fold('Valeu pelo feedback, Caio.'))).toBe(false));
});
