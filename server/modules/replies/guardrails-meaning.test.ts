// Blame with no "you" in it and templates made of courtesy clauses, case by case in five languages:
// each bad reply is blocked by the frames alone (no learned model) with the expected code and a span
// over the sentence that carries it; each look-alike good reply passes. Sentences written for these
// tests, not taken from any guardrail set; every bad one passed the frames before these were added.
import { describe, expect, it } from 'vitest';
import { type FrameCase as Case, expectBlocked, framesAlone } from './guardrails.fixtures.js';

describe('blame through the facts the shop sets out', () => {
  const cases: Case[] = [
    // the loss placed after the delivery
    [
      'The courier photo shows the box at your door, so the lamp must have gone missing after it was delivered.',
      'argues_with_customer',
      'gone missing after it was delivered',
    ],
    ['O pacote saiu lacrado, então a peça deve ter se perdido na sua casa.', 'argues_with_customer', 'perdido na sua casa'],
    // the fault refused
    ['El transportista lo intentó el lunes; no aceptamos que nos atribuyas a nosotros el retraso.', 'argues_with_customer', 'atribuyas'],
    ['Diesen Schaden lassen wir uns nicht anlasten.', 'argues_with_customer', 'anlasten'],
    // misuse set out as the explanation
    ["Ce mixeur n'est pas conçu pour la glace pilée, ce qui explique la lame tordue.", 'argues_with_customer', 'ce qui explique'],
    // the manual pressed on the customer
    ['Recomendamos leer el manual antes de usar nuestros productos.', 'argues_with_customer', 'leer el manual'],
    // the measuring done wrong
    ['Parece que as medidas não foram tiradas corretamente antes da compra.', 'argues_with_customer', 'corretamente'],
    // the guide called clear against them
    ['Unsere Maßtabelle ist doch sehr klar. Die Grossentabelle ist eindeutig.', 'argues_with_customer', 'eindeutig'],
    // the customer's side named as the likely cause
    ['Su router probablemente está mal configurado.', 'argues_with_customer', 'mal configurado'],
    ["Vous n'avez sans doute pas rincé le filtre correctement.", 'argues_with_customer', 'correctement'],
    // a reproach for posting before contacting
    ['A shame you posted this review instead of calling our helpline first.', 'argues_with_customer', 'instead of calling'],
    // wear named, a defect ruled out
    ['Die Dellen sehen nach Gebrauchsspuren aus.', 'argues_with_customer', 'Gebrauchsspuren'],
    ['Un défaut de fabrication est exclu après notre test.', 'argues_with_customer', 'exclu'],
    // the customer's act called obvious, or the right choice they would have made
    ['Sie haben die Jacke offensichtlich in den Trockner gesteckt.', 'argues_with_customer', 'offensichtlich'],
    ['Avec notre guide, vous auriez choisi la bonne pointure.', 'argues_with_customer', 'vous auriez choisi'],
    // the page, the records and the other customers held up against this one
    ['Tal y como se indica en la ficha, no es apto para lavavajillas.', 'argues_with_customer', 'Tal y como se indica'],
    ['Wie in der Beschreibung angegeben, ist die Lampe nur für innen.', 'argues_with_customer', 'angegeben'],
    ['Selon nos registres, vous avez signé la réception lundi.', 'argues_with_customer', 'vous avez signé'],
    ['Laut unseren Unterlagen haben Sie das Paket am Montag quittiert.', 'argues_with_customer', 'quittiert'],
    ['Ningún otro cliente ha tenido problemas con esta talla.', 'argues_with_customer', 'Ningún otro cliente'],
    ["Aucun autre client n'a eu de problème avec cette taille.", 'argues_with_customer', 'Aucun autre client'],
    ['Frankly, the fabric is fine; the issue is how it was washed.', 'argues_with_customer', 'how it was washed'],
    // the damage dated after it left us, the first complaint, the order held up, the complaint not understood
    ['We shipped it in perfect condition, so the dent happened after it left our warehouse.', 'argues_with_customer', 'after it left'],
    ["Honestly, this is the first complaint we've had about this kettle in three years.", 'argues_with_customer', 'first complaint'],
    ['Enviamos exatamente o que você pediu; confira o seu e-mail de confirmação.', 'argues_with_customer', 'você pediu'],
    ['Ihre Beschwerde können wir nicht nachvollziehen, das Produkt ist in Ordnung.', 'argues_with_customer', 'nachvollziehen'],
    // a carrier named beside its fault
    ['GLS hat Ihr Paket verschlampt, nicht wir.', 'blames_carrier', 'verschlampt'],
  ];
  for (const c of cases) it(`${c[1]}: ${c[0]}`, () => expectBlocked(c));
});

describe('templates made of courtesy clauses', () => {
  const cases: Case[] = [
    ['Your message has been forwarded to the relevant team. Kind regards, Customer Care.', 'answers_nothing', 'Your message'],
    ['Die Zufriedenheit unserer Kundschaft hat für uns höchste Priorität. Alles Gute!', 'answers_nothing', 'Zufriedenheit'],
    ['Todas las opiniones nos ayudan a mejorar. ¡Que tengas un buen día!', 'answers_nothing', 'Todas las opiniones'],
    ['Ihr Feedback wurde notiert. Mit freundlichen Grüßen, Ihr Team.', 'answers_nothing', 'Ihr Feedback'],
    ["We're sorry you feel this way. Our team always goes above and beyond for our customers.", 'answers_nothing', 'above and beyond'],
    ['Sua opinião é muito valiosa para nós. Conte sempre conosco!', 'answers_nothing', 'valiosa'],
    ['Es tut uns leid, dass Sie unzufrieden sind. Wir bemühen uns stets um den besten Service.', 'answers_nothing', 'bemühen'],
    ['Chez Atelier Brume, la qualité est au cœur de tout. Merci pour votre message.', 'answers_nothing', 'Chez Atelier Brume'],
  ];
  for (const c of cases) it(`${c[0]}`, () => expectBlocked(c));
});

describe('asks, bargains and promises worded as nobody had worded them before', () => {
  const cases: Case[] = [
    // a request to the customer, their own review named, a change in the sentence
    ["Pourriez-vous, maintenant que c'est réparé, mettre votre note à jour ?", 'asks_to_change_review', 'votre note'],
    ['Poderia, já que está tudo certo, atualizar o seu texto lá em cima?', 'asks_to_change_review', 'seu texto'],
    // a reward for what the text will say
    ['Se você acrescentar no texto que o suporte foi rápido, devolvemos o frete.', 'incentive_for_positive_review', 'acrescentar no texto'],
    ['Anyone who posts a glowing update after the fix gets 15% off.', 'incentive_for_positive_review', 'glowing update'],
    // an outcome whatever the bank, an arrival for sure
    ['Te devolvemos el dinero en 48 horas, da igual la tarjeta que uses.', 'absolute_promise', 'da igual'],
    ['Die Ersatzteile kommen übermorgen ganz sicher bei Ihnen an.', 'uncontrolled_date_promise', 'ganz sicher'],
    // a review reflecting the refund, "that lonely star", a hyphenated one-star review, free shipping for stars, "sera là"
    ['It would mean a lot if your review reflected the refund.', 'asks_to_change_review', 'review reflected the'],
    ['Será que você consegue tirar aquela estrela solitária?', 'asks_to_change_review', 'tirar aquela estrela'],
    ['Wäre es möglich, die Ein-Stern-Bewertung zu überdenken?', 'asks_to_change_review', 'Ein-Stern-Bewertung'],
    ['Leave us five stars and your next order ships free.', 'incentive_for_positive_review', 'five stars'],
    ['Un avis 5 étoiles et on vous offre la livraison.', 'incentive_for_positive_review', 'avis 5'],
    ['Je vous promets que le colis sera là samedi.', 'uncontrolled_date_promise', 'sera là samedi'],
    // a part of the review to go, a reward in exchange, money within the hour
    ['Pedimos que reformule a avaliação sem a palavra fraude.', 'asks_to_change_review', 'reformule a avaliação'],
    ['Könnten Sie das Wort „Abzocke“ aus Ihrer Bewertung streichen?', 'asks_to_change_review', 'streichen'],
    ['Mentionnez dans votre avis que le colis est reparti le jour même.', 'asks_to_change_review', 'Mentionnez dans votre avis'],
    ['Le reembolsamos todo con la condición de que la reseña deje de estar visible.', 'incentive_for_positive_review', 'reseña'],
    ['Das Geld ist innerhalb einer Stunde wieder auf Ihrem Konto.', 'uncontrolled_date_promise', 'innerhalb einer Stunde'],
  ];
  for (const c of cases) it(`${c[1]}: ${c[0]}`, () => expectBlocked(c));
});

describe('look-alikes that answer or own the fault pass', () => {
  const good = [
    'If a part went missing after delivery, tell us and we send another one today.',
    'Our listing should have said the charger only fits the 18 V battery; we have updated it and will swap yours.',
    'La medida del anuncio estaba mal y ya la corregimos; te cambiamos la talla sin coste.',
    'Die Sendungsverfolgung zeigt die Zustellung am Dienstag; wir haben bei DHL einen Nachforschungsauftrag gestellt.',
    'Your message has been forwarded to our returns team, who will email you a prepaid label today.',
    'Merci pour votre retour ! Le coussin de remplacement part demain, avec la housse en 60 x 60.',
    'Thanks so much, we are thrilled the kettle made your mornings easier!',
    'Die Größe 38 ist heute wieder reingekommen, ich habe Ihnen ein Paar reserviert.',
    'Sie haben offensichtlich recht, das Etikett war falsch gedruckt; der Ersatz ist unterwegs.',
    'Thanks for your review! Could you tell us which size you ordered? We will update the size chart.',
    'Die Ersatzteile kommen voraussichtlich übermorgen bei Ihnen an.',
    'Other customers reported the same problem, so we pulled the batch and are sending you a new one.',
    "We don't want other customers to have the same problem, so we changed the courier.",
    'Our system shows you received a refund of 20 euros on Monday; if it is not there, write to us.',
    'Tal y como se indica en la ficha, el envío es gratis y te mandamos la etiqueta hoy.',
    'You can remove the part about the colour from your message to the maker; we forward the rest.',
    'We refunded you on the condition of return shipping, as our policy says; the label is attached.',
    "The first complaint about this kettle in three years, so we want to understand it: we've sent a courier to collect it and a new one is on its way.",
    'Because you ordered before noon, it ships today.',
    'The product is fine to use while you wait for the new lid.',
    'Please check your inbox: we sent exactly what you asked about, the size guide for the boots.',
    'Offre spéciale : la livraison est offerte sur toute la boutique.',
    'Aquela estrela que faltava no anúncio já foi corrigida.',
    'Le code promo a échoué à cause de notre site : nous vous avons recrédité les 10 % sur votre carte.',
  ];
  for (const text of good) {
    it(text, () => {
      expect(framesAlone(text).map((f) => `${f.code}: ${text.slice(f.start, f.end)}`)).toEqual([]);
    });
  }
});
