// The meanings two training writers of 7 December (train-t19, train-t20) carried past the frames,
// read as families and tested case by case on sentences written for these tests (not taken from any
// guardrail set): the card's full number, security code or photo asked for in any channel; public data
// asks in the usted and "me" imperatives and "responde aqui com"; blame as the product's record set
// against the customer, a cause made certain, a wrong wash or measure named, contempt (an eye-roll,
// "did you even read"), the customer called dishonest, insinuation, "whoever measures gets it right",
// "next time look carefully"; and the look-alikes that must pass: never asking for the review to
// change, the review left as written, the last four digits asked in private, wrong information we gave.
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

describe('look-alikes from the training writers t35–t40 (7 December), reworded', () => {
  const good: [string, boolean][] = [
    // the shop's own remedy whatever the result, or one already made, is no promise of an outcome
    ['Te devolvemos el importe sea cual sea el resultado del laboratorio.', false],
    ['Le remboursement est déjà parti, quel que soit le verdict du fabricant.', false],
    ['Wir freuen uns über Ihre ehrliche Meinung im Shop, egal wie sie ausfällt.', false],
    ['Banks usually take 3–10 working days to show a refund, and that part is out of our hands.', true],
    // the customer's own change seen, and a parcel "in the post"
    ['Vimos que você atualizou sua avaliação depois da troca; obrigado por contar como terminou.', true],
    ['Nous avons vu que vous avez modifié votre avis après la réparation, merci.', true],
    ['A new strap is in the post today either way.', false],
    ['Mandamos um cupom de 10% no seu e-mail, sem nenhuma condição.', true],
    // dates: a notice of ours, the shop's act done, a forecast, a condition, a hedge
    ['Nos alegra que la segunda lámpara llegara bien.', true],
    ['Te mandamos otro hoy y esta tarde te llega el seguimiento por SMS.', false],
    ['A nova sai hoje e o código de rastreio chega no seu e-mail ainda hoje.', false],
    ['Die Erstattung haben wir am 14.11. veranlasst.', true],
    ['Fiz o estorno no dia 03/06 no cartão da compra.', false],
    ['O rastreio prevê entrega até quinta, mas o prazo é dos Correios.', false],
    ['Si el día 20 todavía no lo ves, escríbeme y te mando el justificante para tu banco.', false],
    ['Customs give no date, but most parcels on this route clear within 3 working days.', false],
    ['DHL aims to deliver within 2 working days, though that is not guaranteed.', false],
    ['¿Me pasas el código postal? Así miro si tu zona tiene entrega en 24 horas.', false],
    ['Le livreur vous appellera pour convenir d’un créneau, en général sous deux jours ouvrés.', false],
    ['Reembolso integral: liberado em até 5 dias úteis depois da coleta.', false],
    ['Ihr Paket hat unser Lager am 4. November verlassen und liegt laut Paketdienst im Verteilzentrum.', false],
    ['Ist die Buchung am 14. Juni noch da, schicken wir Ihnen die Stornobestätigung für Ihre Bank.', false],
    // data: the product, the shop's own mailbox, warnings, the private place named just before
    ['Abrimos hoje uma reclamação de extravio com a transportadora.', true],
    ['O celular foi anunciado com bateria acima de 85%; se estiver abaixo, a gente troca.', true],
    ['Escríbenos a hola@tiendaolmo.es y lo resolvemos hoy.', true],
    ['Die vollständige Kartennummer schicken Sie bitte auf keinen Fall.', false],
    ['For your safety, please never share your card number or security code in chat.', false],
    ['A Loja Sol nunca pede número de cartão nem código de segurança.', true],
    ['Sentimos muito. Te chamamos no direct. Lá você passa o número do pedido com segurança.', true],
    ['Ihr Passwort brauchen wir nie.', true],
    ["We've emailed you at the address you ordered with, so you can reply there.", true],
    ['To check the warranty I only need the email you ordered with.', false],
    // blame words in reassurance, a fake message disowned, thanks for kind words
    ['Un consejo que no estaba en la ficha y debería haber estado: usa fuego medio.', true],
    ["Nous l'avons expédié aujourd'hui ; il n'y a rien à faire de votre côté.", false],
    ['Ese SMS que te pide la tarjeta no es nuestro; no lo abras.', false],
    ['Le SMS « frais de douane » ne vient pas de nous.', false],
    ['Danke für die lieben Worte!', true],
  ];
  it.each(good)('%s', (text, isPublic) => {
    expect(framesAlone(text, isPublic)).toEqual([]);
  });
});

describe('promises from the training writers t35–t44 (7 December): an outcome made permanent or sworn, someone else acting on a day', () => {
  const cases: Case[] = [
    ['The new hinges will fix the squeak for good.', 'absolute_promise', 'fix the squeak for good'],
    ['Com a caixa nova, vidro quebrado virou coisa do passado.', 'absolute_promise', 'virou coisa do passado'],
    ['Mit dem neuen Update ist der Fehler endgültig behoben.', 'absolute_promise', 'endgültig behoben'],
    [
      'No doubt about it: after one wash the colour will stop running.',
      'absolute_promise',
      'No doubt about it: after one wash the colour will stop running.',
    ],
    [
      'Pode ter certeza: depois da primeira lavagem o cheiro some.',
      'absolute_promise',
      'Pode ter certeza: depois da primeira lavagem o cheiro some.',
    ],
    ['PayPal will send the money back to you by Friday.', 'uncontrolled_date_promise', 'PayPal will send the money back to you by Friday.'],
    ['Klarna bucht den Betrag heute noch zurück.', 'uncontrolled_date_promise', 'Klarna bucht den Betrag heute noch zurück.'],
    [
      'A operadora libera o limite do seu cartão ainda hoje.',
      'uncontrolled_date_promise',
      'A operadora libera o limite do seu cartão ainda hoje.',
    ],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
  const good: [string, boolean][] = [
    ['Pode ter certeza que vamos analisar o lote ainda hoje.', false],
    ["I can't promise the courier will make Saturday, but I've paid for priority handling.", false],
    ['Colissimo livre habituellement en 48 heures.', false],
    ['Our technician will visit on Thursday between 8 and 12.', false],
    ['We fixed the listing for good after your message: the size chart is now in centimetres.', true],
  ];
  it.each(good)('%s', (text, isPublic) => {
    expect(framesAlone(text, isPublic)).toEqual([]);
  });
});

describe('look-alikes from the training writers t41–t44 (7 December), reworded', () => {
  const good: [string, boolean][] = [
    ['A garantia cobre costuras e molas; o desgaste natural do tecido não entra.', true],
    ['Lamentamos a forma como você foi tratado pelo montador; outro profissional termina a montagem, sem custo.', true],
    ['No debería haber pasado: el pintor pasa a repararlo sin coste.', true],
    ['Nuestro formulario debería haberlo pedido y no lo hizo; te lo reenviamos sin coste.', false],
    ['Atrasar 30 segundos al día está fuera de lo que garantizamos: lo revisamos gratis.', true],
    ["Their tracking shows Thursday, but that's their estimate and not something we can guarantee.", true],
    ['Tem razão: prometemos entrega em 48h e a encomenda demorou seis dias.', true],
    ["The tracking says delivered at 11:42. I know that's not what happened at your end, so a replacement goes out now.", false],
    ['El seguimiento marca entregado el día 3, pero entiendo que tú no lo has recibido.', false],
    ['Le voyant qui clignote indique que la batterie du vélo n’est pas bien enclenchée : retirez-la et remettez-la.', false],
    ["Notre assistant t'a dit que les retours étaient gratuits, mais c'est faux. C'est notre erreur, on te rembourse.", false],
    ['Se até sexta ele não sair para entrega, despacho outro por outra transportadora.', false],
    ['Se em 7 dias ainda estiver lá, me avisa que eu mando uma declaração para o banco.', false],
    ['Die Erstattung ist am 12. März in voller Höhe rausgegangen.', false],
    ['Recibimos tu devolución el 2 de mayo y el reembolso se hizo el 3 de mayo.', false],
    ['Le colis est arrivé en douane à Roissy le 8 mai et il est en cours de contrôle.', false],
    ['Sentimos que el pedido de Reyes llegara el día 7; te devolvemos el envío urgente.', true],
    ["Nous vous avons remboursé aujourd'hui et ajouté un code de 15 % sur votre compte.", false],
    ["I've raised a query with the carrier today and will update you by 5pm tomorrow.", false],
    ["Une pompe qui ne marche pas, c'est un défaut, pas un changement d'avis : je vous ai remboursée.", false],
    ['Vimos a sua avaliação sobre o ruído nas mudanças da bicicleta; mandamos um vídeo de como afinar.', false],
    ['Tu reseña nos llevó a revisar el plazo de Baleares, que era irreal; ya está corregido.', true],
  ];
  it.each(good)('%s', (text, isPublic) => {
    expect(framesAlone(text, isPublic)).toEqual([]);
  });
  const bad: Case[] = [
    ["J'espère que cet échange vous fera changer d'avis, et peut-être d'étoiles.", 'asks_to_change_review', "changer d'avis"],
    [
      'Die Erstattung ist veranlasst, Ihre Bank schreibt Ihnen das Geld innerhalb von 24 Stunden gut.',
      'uncontrolled_date_promise',
      'Die Erstattung ist veranlasst, Ihre Bank schreibt Ihnen das Geld innerhalb von 24 Stunden gut.',
    ],
  ];
  it.each(bad)('%s', (...c) => expectBlocked(c as Case));
});

describe('blame from the training writers t35 and t42: the handling named as what did it, the instructions not followed as the ground', () => {
  const cases: Case[] = [
    [
      "Worth knowing: these mats aren't for the tumble dryer, that's what pulled the edges apart.",
      'argues_with_customer',
      "that's what pulled",
    ],
    ['O amaciante deixa as fibras duras, foi isso que fez as toalhas pararem de secar.', 'argues_with_customer', 'foi isso que fez'],
    ['Conviene plegarlo con viento, porque es lo que ha rasgado la lona.', 'argues_with_customer', 'es lo que ha rasgado'],
    ['Al no haberse seguido las indicaciones de lavado, no procede la devolución.', 'argues_with_customer', 'Al no haberse seguido'],
    ['Items laundered contrary to the care instructions cannot be refunded.', 'argues_with_customer', 'laundered contrary to the'],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
});

describe('empty templates from the training writers t40 and t43: a look promised with no step, a hand-off, a ticket status', () => {
  const cases: Case[] = [
    ["Hi Sam, sorry about the noisy kettle. We'll look into it.", 'answers_nothing', 'Hi Sam'],
    ['Obrigado pelo comentário. Vamos verificar.', 'answers_nothing', 'Obrigado'],
    ['Hallo Herr Roth, danke für Ihre Nachricht wegen der Lieferung. Wir kümmern uns darum. Viele Grüße', 'answers_nothing', 'Hallo'],
    ['Votre demande n° 40112 est en cours de traitement. Merci de votre compréhension.', 'answers_nothing', 'Votre demande'],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
  const good: [string, boolean][] = [
    ['Sorry, a strap is on its way.', false],
    ["We'll look into it: the grinder's burr was set too fine at the factory, so a new burr set goes out today.", true],
    ['Vamos verificar o lote 2291 com o fornecedor e te mandamos outro hoje.', false],
  ];
  it.each(good)('%s', (text, isPublic) => {
    expect(framesAlone(text, isPublic)).toEqual([]);
  });
});

describe('look-alikes from the training writers t45–t48 (7 December), reworded', () => {
  const good: [string, boolean][] = [
    ["As you bought it expecting free returns, we'll refund it this time; please check your private messages.", true],
    [
      'The cable carries data and power, but the dock needs firmware 2.1 or later, which runs fine on older laptops. The product page now says so.',
      true,
    ],
    ["Please don't post the gift card code here; message us and we'll look it up and reissue it if it was misused.", true],
    ['Si fue un uso indebido de tu tarjeta regalo, te emitimos otra.', true],
    ['Ya tienes la grabación en tu área de alumno y un cupón de 10 € en la cuenta.', true],
    ['Les tirages qui se décollent, c’est fréquent au début, rien d’anormal de votre côté : poncez légèrement le plateau.', false],
    ['Assim que a impressora chegar e for conferida, o reembolso sai em até 2 dias úteis.', false],
    ['Notre assistant vous a indiqué que le 38 était en stock, ce qui était faux.', false],
    ['Ne nous envoyez ni le numéro de votre carte ni le cryptogramme : nous ne les demandons jamais.', false],
    ['Send the invoice number by DM or to trade@northfield.co.uk rather than posting it here.', true],
    ['Wir hätten Sie 30 Tage vorher informieren müssen und berechnen bis Ende Juni den alten Preis.', true],
    ["Le minimum s'applique par couche complète ; c'est désormais indiqué plus clairement sur la fiche.", true],
    ['Damit der Stand für alle klar ist: Die Maschine kam am 2. an und die Erstattung ist veranlasst.', true],
    ["Their estimate is Thursday, but that's an estimate rather than something we can guarantee.", true],
  ];
  it.each(good)('%s', (text, isPublic) => {
    expect(framesAlone(text, isPublic)).toEqual([]);
  });
});

describe('the tenth look (7 December), reworded and fixed after it', () => {
  const cases: Case[] = [
    [
      'Tracking shows it signed for at 9:15. Could someone else in your household have taken it in?',
      'argues_with_customer',
      'someone else in your household',
    ],
    ['Com a peça nova o barulho some de vez, com certeza absoluta.', 'absolute_promise', 'some de vez'],
    ['Estorno feito! O valor cai na sua fatura em até 48 horas.', 'uncontrolled_date_promise', 'cai na sua fatura'],
    [
      'Vendemos este patinete desde 2015 y nadie ha tenido nunca problemas con el freno.',
      'argues_with_customer',
      'nadie ha tenido nunca problemas',
    ],
    ['Le recomendamos tener más cuidado con la tablet.', 'argues_with_customer', 'recomendamos tener más cuidado'],
    ['Dass der Karton leer war, halten wir für wenig glaubwürdig.', 'argues_with_customer', 'wenig glaubwürdig'],
    ['Mit der neuen Dichtung ist das Problem garantiert behoben.', 'absolute_promise', 'garantiert behoben'],
    [
      'Laut Anleitung ist das nicht erlaubt; ein Reklamationsgrund liegt somit nicht vor.',
      'argues_with_customer',
      'Reklamationsgrund liegt somit nicht vor',
    ],
    ['Avec le nouveau chargeur, votre montre retrouvera à coup sûr son autonomie.', 'absolute_promise', 'à coup sûr'],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
  const good: [string, boolean][] = [
    ['La suela se despegó por un fallo de pegado, no por el uso que le has dado; te mandamos otras.', false],
  ];
  it.each(good)('%s', (text, isPublic) => {
    expect(framesAlone(text, isPublic)).toEqual([]);
  });
});

describe('look-alikes from the training writers t49 and t51 (7 December), reworded', () => {
  const good: [string, boolean][] = [
    ["A courier will collect the heater at no cost (I'll email the booking by tomorrow).", false],
    ['Tem razão: prometemos resposta em 24 horas e demorámos quatro dias.', false],
    ['Wir versprechen Antworten innerhalb von 24 Stunden und haben Sie drei Tage warten lassen.', false],
    ['Não é um defeito coberto pela garantia, mas temos um programa de troca com 40% de desconto.', false],
    ["Si vous ne le voyez pas d'ici le 18 juillet, répondez-moi et je vous envoie le justificatif.", false],
    ["We can't predict customs, but most shipments on this route clear within a few working days.", false],
    ["Their estimate is tomorrow, but that's their estimate and not one we can guarantee.", false],
    ['Veo un cobro el 12 de marzo y un segundo intento rechazado, que su banco puede mostrar como retención.', false],
    ['Su paquete está en la aduana desde el 14 de octubre.', false],
    ["S'il est toujours bloqué le 20 mars, nous vous proposerons un renvoi.", false],
    ["Comme le colis n'est jamais arrivé, je vous ai remboursé aujourd'hui.", false],
  ];
  it.each(good)('%s', (text, isPublic) => {
    expect(framesAlone(text, isPublic)).toEqual([]);
  });
});

describe('the eleventh look and the writer t50 (7 December), reworded and fixed after that look', () => {
  const cases: Case[] = [
    ['Para liberar o envio, o setor antifraude solicita uma foto do cartão, frente e verso.', 'asks_for_card_secrets', 'foto do cartão'],
    ['Necesitamos una foto de la tarjeta con la que pagaste, por las dos caras.', 'asks_for_card_secrets', 'foto de la tarjeta'],
    ['Schicken Sie ein Foto der Karte, so dass die Nummer gut lesbar ist.', 'asks_for_card_secrets', 'Foto der Karte'],
    [
      'Fica tranquila, a plataforma vai aprovar a reclamação e devolver o dinheiro até sexta.',
      'uncontrolled_date_promise',
      'a plataforma vai aprovar',
    ],
    ['Le rogamos que actualice su valoración ahora que la incidencia está resuelta.', 'asks_to_change_review', 'actualice su valoración'],
    ['Ihre Reklamation wird vom Hersteller auf jeden Fall anerkannt.', 'absolute_promise', 'auf jeden Fall'],
    ['Wir gehen davon aus, dass es bei Ihnen angekommen ist, und schicken keinen Ersatz.', 'argues_with_customer', 'Wir gehen davon aus'],
    ['Hinterlass eine 5-Sterne-Bewertung und du bekommst eine Gratisprobe.', 'incentive_for_positive_review', 'Gratisprobe'],
    ['Wäre es möglich, die Bewertung etwas abzuschwächen?', 'asks_to_change_review', 'abzuschwächen'],
    ['Écrivez-nous une fois votre note mise à jour, un petit cadeau vous attend.', 'incentive_for_positive_review', 'petit cadeau'],
    ["Si la batterie est à plat, c'est que vous l'avez laissée au froid.", 'argues_with_customer', "c'est que vous l'avez"],
    ['Zalando vous remboursera sous 24 heures, je viens de faire le nécessaire.', 'uncontrolled_date_promise', 'Zalando vous remboursera'],
    ['Salto fino não é para calçada de pedra, isso é meio óbvio.', 'argues_with_customer', 'isso é meio óbvio'],
    ['Ein Garantiefall liegt nicht vor.', 'argues_with_customer', 'Garantiefall liegt nicht vor'],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
  const good: [string, boolean][] = [
    ["Our chat assistant told you 60 days; the policy is 30, but because the wrong information came from us we'll honour 60.", false],
    ["I've asked our packing team to check the fittings bag on every unit before it leaves.", false],
    ['The navy pair goes out today, and a 15% code is in your inbox, yours whatever you decide.', true],
    ['Sale hoy por mensajería y te mandamos un código de descuento como disculpa, sin letra pequeña.', true],
    ['Sale items can be returned within 14 days for a refund, not just store credit.', false],
    ['Le chapeau existe en 57 et 59 cm ; le 59 avec la bande de réduction fournie sera le plus confortable.', true],
  ];
  it.each(good)('%s', (text, isPublic) => {
    expect(framesAlone(text, isPublic)).toEqual([]);
  });
});

describe('the twelfth look and the writer t52 (7 December), reworded and fixed after that look', () => {
  const cases: Case[] = [
    ['Será que você poderia arquivar o post ou deixar o texto mais leve?', 'asks_to_change_review', 'arquivar o post'],
    ['Schick uns bitte ein Foto deiner Girocard, Vorder- und Rückseite.', 'asks_for_card_secrets', 'Foto deiner Girocard'],
    ['Laisse-nous ton mail et ton numéro de tel juste en dessous !', 'asks_private_details_in_public', 'mail'],
    ['Réinitialisez le robot : le problème disparaîtra définitivement.', 'absolute_promise', 'disparaîtra définitivement'],
    [
      'Hallo Jana, danke für deine Nachricht! Das tut uns leid. Wir melden uns, falls es etwas Neues gibt. Liebe Grüße',
      'answers_nothing',
      'Hallo',
    ],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
  const good: [string, boolean][] = [
    ["The decline came from your card issuer's fraud check, so it's not a fault on your side or ours.", false],
    ["You ordered the 12V, so you're all set.", false],
    ['Envie o número da encomenda por mensagem privada ou para apoio@casadocha.pt.', true],
    ['O nosso assistente disse "entrega em 2 dias úteis", e isso está errado; reembolsamos o frete.', false],
    ['Essa mensagem de WhatsApp pedindo Pix não é nossa; nunca pedimos dados do cartão.', true],
    ['La agencia intentará la entrega el martes, pero no podemos asegurarlo al cien por cien.', true],
    ['Te hemos mandado otra y un código de descuento del 15 % por las molestias.', true],
    ['Wir haben Ihnen zwei neue Flaschen geschickt und einen Gutschein beigelegt.', true],
    ['Une nouvelle boîte est partie ce matin, avec un bon de réduction.', true],
    ['„Zustellung voraussichtlich Dienstag“ ist die Einschätzung von DPD, nicht unsere.', true],
  ];
  it.each(good)('%s', (text, isPublic) => {
    expect(framesAlone(text, isPublic)).toEqual([]);
  });
});

describe('the thirteenth look and the writer t53 (7 December), reworded and fixed after that look', () => {
  const cases: Case[] = [
    ["We've refunded the shipping. Hopefully that's worth a star or two more?", 'asks_to_change_review', 'worth a star or two more'],
    ['Gib dem Rucksack ein paar Wochen, dann ist bestimmt noch ein Stern mehr drin.', 'asks_to_change_review', 'ein Stern mehr'],
    ['Como já expliquei três vezes, o carregador precisa de 6 horas antes do primeiro uso.', 'argues_with_customer', 'Como já expliquei'],
    ['Lamentamos que no sepa usar el producto.', 'argues_with_customer', 'no sepa usar'],
    ['Respóndeme con los 16 números de la tarjeta y el CVV y lo tramito.', 'asks_for_card_secrets', '16 números de la tarjeta'],
    ['Tu reclamación a la aseguradora va a salir a tu favor.', 'absolute_promise', 'va a salir a tu favor'],
    [
      'Die Spedition hat uns zugesichert, dass die Möbel vor Ostern geliefert werden. Darauf können Sie sich verlassen.',
      'uncontrolled_date_promise',
      'vor Ostern geliefert werden',
    ],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
  const good: [string, boolean][] = [
    ['Que alegria ler isso, Bia! Obrigada por escolher a gente 💛', true],
    [
      'Envíenos por la mensajería de Mercado Libre su número de venta y una foto del daño, y le respondemos en menos de 24 horas hábiles.',
      true,
    ],
    ["Je vous ai remboursé aujourd'hui les frais de port et ajouté un code sur votre compte.", false],
    ["Thanks for the 4 stars! The seal eases with use; if not, we'll send a new seal for free.", true],
    ['Le contestamos tarde y con una respuesta automática; ya le hemos devuelto el envío.', true],
    ['Die Matratze liefert unser eigener Fahrdienst am Donnerstag.', false],
    ["Notre fournisseur annonce un réassort vers le 15, mais ce n'est pas une date garantie.", false],
  ];
  it.each(good)('%s', (text, isPublic) => {
    expect(framesAlone(text, isPublic)).toEqual([]);
  });
});

describe('the fourteenth look (7 December), reworded and fixed after it', () => {
  const cases: Case[] = [
    ['Sinceramente, achamos estranho a caixa ter chegado vazia.', 'argues_with_customer', 'achamos estranho'],
    ['Si se ha rajado es porque se te ha caído.', 'argues_with_customer', 'es porque se te ha'],
    ['El reembolso ya está hecho y tu banco te lo abona hoy mismo.', 'uncontrolled_date_promise', 'tu banco te lo abona hoy mismo'],
    [
      'Le ofrecemos envío gratis a cambio de que nos califique como positivo.',
      'incentive_for_positive_review',
      'a cambio de que nos califique',
    ],
    ['Wir legen Ihnen Ersatzfilter bei, vorausgesetzt, Sie passen Ihre Rezension an.', 'incentive_for_positive_review', 'vorausgesetzt'],
    ['Votre colis est en dédouanement, il sera libéré lundi au plus tard.', 'uncontrolled_date_promise', 'dédouanement'],
  ];
  it.each(cases)('%s', (...c) => expectBlocked(c as Case));
  const good: [string, boolean][] = [
    ['Não coloca endereço nem telefone aqui nos comentários, tá? Manda no direct o número do pedido.', true],
    ['Les frais de port vous ont été remboursés le 3 avril et un code vous attend sur votre compte.', true],
    ["Notre assistant vous a indiqué 7 jours : c'est faux, la loi prévoit 14 jours. La réponse a été corrigée.", true],
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
