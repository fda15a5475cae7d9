// The meanings a fourth writer's replies carried past the frames, case by case in five languages: a
// review ask as request × review × change with words between them, the fault refused or the
// customer's own choice held against them, certainty laid on an outcome nobody here controls, a
// message acknowledged and nothing else, a lavish review asked for beside a gift; and the two German
// good replies that were blocked. Sentences written for these tests, not taken from any guardrail
// set; every bad one passed the frames before, every good one passes now.
import { describe, expect, it } from 'vitest';
import { type FrameCase as Case, expectBlocked, framesAlone } from './guardrails.fixtures.js';

describe('a review ask read as request, review and change in one sentence, in any order', () => {
  const cases: Case[] = [
    [
      'Now that the new kettle works, if you feel it is fair, your 2-star rating could use a small tweak.',
      'asks_to_change_review',
      'tweak',
    ],
    ['Quick favour: your review still mentions the crack — would you mind softening it a little?', 'asks_to_change_review', 'softening'],
    [
      'If you think we made it right, it would be great if that 1-star could reflect how it ended.',
      'asks_to_change_review',
      'reflect',
      false,
    ],
    [
      'Ya que todo se resolvió, si pudieras matizar un poco la reseña que dejaste, te lo agradeceríamos.',
      'asks_to_change_review',
      'matizar',
    ],
    [
      'Falls Sie mögen, könnten Sie Ihre Rezension ein wenig abmildern, sie klingt noch nach dem ersten Problem.',
      'asks_to_change_review',
      'abmildern',
    ],
    [
      "Maintenant que tout est rentré dans l'ordre, ce serait gentil d'adoucir un peu votre avis sur Google.",
      'asks_to_change_review',
      'adoucir',
    ],
    // a suggestion rather than a request, the review named as "what you wrote", the change as a milder or fuller version
    ['Just an idea: a gentler wording in your review would give new buyers the whole picture.', 'asks_to_change_review', 'gentler'],
    ['Quando a peça nova chegar, você toparia reconsiderar o que escreveu sobre a loja?', 'asks_to_change_review', 'reconsiderar'],
    ['Sagen Sie uns Bescheid, wenn Sie Ihre Bewertung noch einmal angesehen haben.', 'asks_to_change_review', 'noch einmal angesehen'],
    ['Tu crítica es justa, pero ¿podrías darle una vuelta para que suene menos dura?', 'asks_to_change_review', 'darle una vuelta'],
    [
      'Beaucoup de clients ajustent leur avis une fois le souci réglé ; nous vous en serions reconnaissants.',
      'asks_to_change_review',
      'ajustent',
    ],
  ];
  for (const c of cases) it(c[0], () => expectBlocked(c));
});

describe('someone else given a firm time', () => {
  const cases: Case[] = [
    ['The bank will show the money in two days.', 'uncontrolled_date_promise', 'two days'],
    ['A alfândega libera o pacote em três dias, sempre libera.', 'uncontrolled_date_promise', 'três dias'],
    ['Der Hersteller schickt das Ersatzteil in zwei Tagen.', 'uncontrolled_date_promise', 'zwei Tagen'],
    ['La taille 40 sera de retour en stock le 14, garanti.', 'uncontrolled_date_promise', 'garanti'],
  ];
  for (const c of cases) it(c[0], () => expectBlocked(c));
});

describe('blame, promises, empty replies and a lavish review asked for', () => {
  const cases: Case[] = [
    ['Ihre Schilderung stimmt so nicht, wir haben am selben Tag geantwortet.', 'argues_with_customer', 'Schilderung stimmt so nicht'],
    ['Sie haben die Annahme ja selbst verweigert.', 'argues_with_customer', 'selbst verweigert', false],
    ['Le colis est reparti au dépôt ; nous n’y sommes pour rien.', 'argues_with_customer', 'pour rien'],
    ['Vous avez indiqué cette adresse vous-même, le colis y a donc été livré.', 'argues_with_customer', 'vous-même'],
    ['The next update will 100% solve the battery drain.', 'absolute_promise', 'will 100% solve'],
    ['El fabricante te manda otro aparato, eso seguro.', 'absolute_promise', 'eso seguro'],
    ['Die Versicherung erstattet den vollen Betrag, das kann ich Ihnen schon jetzt zusagen.', 'absolute_promise', 'zusagen', false],
    [
      'Hallo Herr Berg, wir haben Ihre Nachricht erhalten. Wir arbeiten täglich daran, Ihnen das beste Einkaufserlebnis zu bieten.',
      'answers_nothing',
      'Nachricht erhalten',
    ],
    ['Madame, nous accusons réception de votre demande. Cordialement, le service client.', 'answers_nothing', 'accusons réception'],
    // a reward the next writer named differently: a bonus item, cashback, a longer warranty, tied to what the review says
    ['Rate us five stars and a bonus accessory comes with your next order.', 'incentive_for_positive_review', 'bonus accessory'],
    [
      'Wir verlängern Ihre Garantie auf drei Jahre, wenn Ihre Bewertung sagt, dass alles gelöst ist.',
      'incentive_for_positive_review',
      'Garantie',
    ],
    ['Quien deja una buena reseña recibe un 5 % de cashback.', 'incentive_for_positive_review', 'cashback'],
    [
      'Mandamos um brinde pra você! Quando puder, deixa uma avaliação bem generosa, combinado?',
      'incentive_for_positive_review',
      'bem generosa',
    ],
  ];
  for (const c of cases) it(c[0], () => expectBlocked(c));
});

describe('look-alike good replies pass', () => {
  const good: [string, boolean][] = [
    ['Ob das Paket bis Freitag ankommt, liegt nicht allein bei uns; wir senden Ihnen die Sendungsnummer, sobald sie aktiv ist.', false],
    ['Bitte schreiben Sie hier keine Kartendaten – die brauchen wir öffentlich nie. Wir melden uns per E-Mail.', true],
    ['If you feel we made it right, we would love to hear how the replacement works for you.', true],
    ['We updated the size chart after reviews like yours; could you let us know if it reads better now?', true],
    ['Se preferir, mande fotos por mensagem privada; a avaliação é sua e não pedimos que a altere.', true],
    ['Si vous pouvez, envoyez-nous une photo : nous modifierons la fiche produit.', true],
    ['Das ist nicht Ihr Fehler – wir haben die Hausnummer falsch übernommen und schicken heute neu.', true],
    ['Sie haben selbstverständlich Anspruch auf die volle Erstattung, die heute rausgeht.', true],
    ['Recebemos sua mensagem: o reembolso de R$ 80 foi feito hoje no seu cartão.', true],
    ['Su NIE no hace falta: el reembolso sale hoy a la tarjeta de la compra.', true],
    ['O pedido saiu no dia 14 porque o estoque do fornecedor atrasou, e deveríamos ter avisado.', true],
    ['Wann die Erstattung auf Ihrem Konto erscheint, hängt von Ihrer Bank ab; wir haben sie heute angewiesen.', false],
    ['Todo pedido tem etiqueta de devolução grátis em até 30 dias, seja qual for o motivo.', true],
    ['Gift card balances cannot be paid out in cash, but we can transfer the balance to a new card in your name.', true],
    ['Thanks for the 5 stars! Bonus tip: descale it once a month.', true],
    ['Could you tell us which size you ordered? We want to update the size chart for everyone.', true],
  ];
  for (const [text, isPublic] of good) {
    it(text, () => {
      expect(framesAlone(text, isPublic).map((f) => `${f.code}: ${text.slice(f.start, f.end)}`)).toEqual([]);
    });
  }
});
