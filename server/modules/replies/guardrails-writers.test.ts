// The meanings the training writers t35–t53 and the held-out looks ten to fourteen of 7 December
// carried past the frames, read as families after each set was scored and tested case by case on
// sentences written for these tests (not taken from any guardrail set): for each family, replies the
// frames must block and the look-alikes they must let pass.
import { describe } from 'vitest';
import { frameFamilies } from './guardrails.fixtures.js';

describe('look-alikes from the training writers t35–t40 (7 December), reworded', () =>
  frameFamilies(
    [],
    [
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
    ],
  ));

describe('promises from the training writers t35–t44 (7 December): an outcome made permanent or sworn, someone else acting on a day', () =>
  frameFamilies(
    [
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
      [
        'PayPal will send the money back to you by Friday.',
        'uncontrolled_date_promise',
        'PayPal will send the money back to you by Friday.',
      ],
      ['Klarna bucht den Betrag heute noch zurück.', 'uncontrolled_date_promise', 'Klarna bucht den Betrag heute noch zurück.'],
      [
        'A operadora libera o limite do seu cartão ainda hoje.',
        'uncontrolled_date_promise',
        'A operadora libera o limite do seu cartão ainda hoje.',
      ],
    ],
    [
      ['Pode ter certeza que vamos analisar o lote ainda hoje.', false],
      ["I can't promise the courier will make Saturday, but I've paid for priority handling.", false],
      ['Colissimo livre habituellement en 48 heures.', false],
      ['Our technician will visit on Thursday between 8 and 12.', false],
      ['We fixed the listing for good after your message: the size chart is now in centimetres.', true],
    ],
  ));

describe('look-alikes from the training writers t41–t44 (7 December), reworded', () =>
  frameFamilies(
    [
      ["J'espère que cet échange vous fera changer d'avis, et peut-être d'étoiles.", 'asks_to_change_review', "changer d'avis"],
      [
        'Die Erstattung ist veranlasst, Ihre Bank schreibt Ihnen das Geld innerhalb von 24 Stunden gut.',
        'uncontrolled_date_promise',
        'Die Erstattung ist veranlasst, Ihre Bank schreibt Ihnen das Geld innerhalb von 24 Stunden gut.',
      ],
    ],
    [
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
    ],
  ));

describe('blame from the training writers t35 and t42: the handling named as what did it, the instructions not followed as the ground', () =>
  frameFamilies(
    [
      [
        "Worth knowing: these mats aren't for the tumble dryer, that's what pulled the edges apart.",
        'argues_with_customer',
        "that's what pulled",
      ],
      ['O amaciante deixa as fibras duras, foi isso que fez as toalhas pararem de secar.', 'argues_with_customer', 'foi isso que fez'],
      ['Conviene plegarlo con viento, porque es lo que ha rasgado la lona.', 'argues_with_customer', 'es lo que ha rasgado'],
      ['Al no haberse seguido las indicaciones de lavado, no procede la devolución.', 'argues_with_customer', 'Al no haberse seguido'],
      ['Items laundered contrary to the care instructions cannot be refunded.', 'argues_with_customer', 'laundered contrary to the'],
    ],
    [],
  ));

describe('empty templates from the training writers t40 and t43: a look promised with no step, a hand-off, a ticket status', () =>
  frameFamilies(
    [
      ["Hi Sam, sorry about the noisy kettle. We'll look into it.", 'answers_nothing', 'Hi Sam'],
      ['Obrigado pelo comentário. Vamos verificar.', 'answers_nothing', 'Obrigado'],
      ['Hallo Herr Roth, danke für Ihre Nachricht wegen der Lieferung. Wir kümmern uns darum. Viele Grüße', 'answers_nothing', 'Hallo'],
      ['Votre demande n° 40112 est en cours de traitement. Merci de votre compréhension.', 'answers_nothing', 'Votre demande'],
    ],
    [
      ['Sorry, a strap is on its way.', false],
      ["We'll look into it: the grinder's burr was set too fine at the factory, so a new burr set goes out today.", true],
      ['Vamos verificar o lote 2291 com o fornecedor e te mandamos outro hoje.', false],
    ],
  ));

describe('look-alikes from the training writers t45–t48 (7 December), reworded', () =>
  frameFamilies(
    [],
    [
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
    ],
  ));

describe('the tenth look (7 December), reworded and fixed after it', () =>
  frameFamilies(
    [
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
    ],
    [['La suela se despegó por un fallo de pegado, no por el uso que le has dado; te mandamos otras.', false]],
  ));

describe('look-alikes from the training writers t49 and t51 (7 December), reworded', () =>
  frameFamilies(
    [],
    [
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
    ],
  ));

describe('the eleventh look and the writer t50 (7 December), reworded and fixed after that look', () =>
  frameFamilies(
    [
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
      [
        'Zalando vous remboursera sous 24 heures, je viens de faire le nécessaire.',
        'uncontrolled_date_promise',
        'Zalando vous remboursera',
      ],
      ['Salto fino não é para calçada de pedra, isso é meio óbvio.', 'argues_with_customer', 'isso é meio óbvio'],
      ['Ein Garantiefall liegt nicht vor.', 'argues_with_customer', 'Garantiefall liegt nicht vor'],
    ],
    [
      ["Our chat assistant told you 60 days; the policy is 30, but because the wrong information came from us we'll honour 60.", false],
      ["I've asked our packing team to check the fittings bag on every unit before it leaves.", false],
      ['The navy pair goes out today, and a 15% code is in your inbox, yours whatever you decide.', true],
      ['Sale hoy por mensajería y te mandamos un código de descuento como disculpa, sin letra pequeña.', true],
      ['Sale items can be returned within 14 days for a refund, not just store credit.', false],
      ['Le chapeau existe en 57 et 59 cm ; le 59 avec la bande de réduction fournie sera le plus confortable.', true],
    ],
  ));

describe('the twelfth look and the writer t52 (7 December), reworded and fixed after that look', () =>
  frameFamilies(
    [
      ['Será que você poderia arquivar o post ou deixar o texto mais leve?', 'asks_to_change_review', 'arquivar o post'],
      ['Schick uns bitte ein Foto deiner Girocard, Vorder- und Rückseite.', 'asks_for_card_secrets', 'Foto deiner Girocard'],
      ['Laisse-nous ton mail et ton numéro de tel juste en dessous !', 'asks_private_details_in_public', 'mail'],
      ['Réinitialisez le robot : le problème disparaîtra définitivement.', 'absolute_promise', 'disparaîtra définitivement'],
      [
        'Hallo Jana, danke für deine Nachricht! Das tut uns leid. Wir melden uns, falls es etwas Neues gibt. Liebe Grüße',
        'answers_nothing',
        'Hallo',
      ],
    ],
    [
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
    ],
  ));

describe('the thirteenth look and the writer t53 (7 December), reworded and fixed after that look', () =>
  frameFamilies(
    [
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
    ],
    [
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
    ],
  ));

describe('the fourteenth look (7 December), reworded and fixed after it', () =>
  frameFamilies(
    [
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
    ],
    [
      ['Não coloca endereço nem telefone aqui nos comentários, tá? Manda no direct o número do pedido.', true],
      ['Les frais de port vous ont été remboursés le 3 avril et un code vous attend sur votre compte.', true],
      ["Notre assistant vous a indiqué 7 jours : c'est faux, la loi prévoit 14 jours. La réponse a été corrigée.", true],
    ],
  ));

describe('train-t54…t57 (7 December): notes taken and "anything else?", the paying card photographed or its number asked', () =>
  frameFamilies(
    [
      ['Peço desculpas pelo transtorno, já anotei aqui. Posso te ajudar com mais alguma coisa?', 'answers_nothing', 'Peço'],
      ['Ich habe dein Anliegen notiert und weitergegeben. Kann ich sonst noch was für dich tun?', 'answers_nothing', 'notiert'],
      [
        'Siento mucho lo sucedido. Ya hemos dejado constancia de su queja. ¿Hay algo más en lo que pueda ayudarle?',
        'answers_nothing',
        'sucedido',
      ],
      ['Oh je, das tut mir leid zu lesen! Wir wünschen Ihnen trotzdem einen schönen Tag.', 'answers_nothing', 'leid'],
      [
        'Nous vous présentons nos excuses. Votre demande a bien été prise en compte. Puis-je faire autre chose pour vous ?',
        'answers_nothing',
        'excuses',
      ],
      ['¡Uy, qué pena! Te enviamos un fuerte abrazo de parte de todo el equipo.', 'answers_nothing', 'pena'],
      [
        'To confirm the chargeback, reply with the full 16-digit number on the card you paid with.',
        'asks_for_card_secrets',
        'full 16-digit number on the card',
      ],
      ['Type the long number across the front of your card here and I will match the payment.', 'asks_for_card_secrets', 'long number'],
      ['Para confirmar que você é o titular, manda uma foto do cartão por aqui?', 'asks_for_card_secrets', 'foto do cartão'],
      ['Envíanos una foto de la tarjeta por delante y por detrás para liberar el pedido.', 'asks_for_card_secrets', 'foto'],
      ['Schick mir bitte ein Foto der Karte, mit der du bezahlt hast.', 'asks_for_card_secrets', 'Foto'],
      ['Merci de nous transmettre une photo de votre carte bancaire pour débloquer le remboursement.', 'asks_for_card_secrets', 'photo'],
      ['Pásame el número de la tarjeta con la que pagaste y te lo devuelvo hoy.', 'asks_for_card_secrets', 'número de la tarjeta'],
      ['A clear photo of both sides of your credit card is enough, just attach it to this ticket.', 'asks_for_card_secrets', 'photo'],
    ],
    [
      ['Peço desculpas pelo transtorno; o reenvio sai amanhã. Posso te ajudar com mais alguma coisa?', false],
      ['Ich habe dein Anliegen notiert und den Ersatzakku heute verschickt.', false],
      ['Send us the last four digits of the card you paid with by DM and we will find the payment.', true],
      ['Pásame los últimos 4 dígitos de la tarjeta con la que pagaste, nunca el número completo.', false],
      ['Could you attach a photo of the warranty card that came in the box?', false],
      ['Mande uma foto do cartão-presente danificado e emitimos outro hoje.', false],
      ['¡Qué pena! Te mandamos hoy otra taza sin coste y un abrazo de todo el equipo.', false],
    ],
  ));

describe('train-t54…t57 (7 December): review asks without the usual verbs', () =>
  frameFamilies(
    [
      [
        'Now that the update is out, maybe four stars would describe the speaker better?',
        'asks_to_change_review',
        'four stars would describe',
      ],
      ['Con el cambio hecho, las 3 estrellas se quedan cortas; ojalá quieras reconsiderarlas.', 'asks_to_change_review', 'reconsiderarlas'],
      ['Pedimos que avalie a loja novamente depois da troca.', 'asks_to_change_review', 'avalie a loja novamente'],
      ['Por favor, marque a sua reclamação como resolvida no site.', 'asks_to_change_review', 'marque a sua reclamação como resolvida'],
      ['Schauen Sie sich Ihre Bewertung gern noch einmal an, wenn der Ersatz da ist.', 'asks_to_change_review', 'noch einmal an'],
      ['Que tal mencionar a troca rápida na sua avaliação?', 'asks_to_change_review', 'na sua avaliação'],
      ['Würden Sie bei Google kurz ergänzen, dass wir den Rahmen ersetzt haben?', 'asks_to_change_review', 'bei Google'],
      ['When you have a moment, a fairer rating would mean a lot to our small team.', 'asks_to_change_review', 'fairer rating'],
      ['We only ask that the review on the listing page comes down before the refund goes out.', 'asks_to_change_review', 'comes down'],
    ],
    [
      ['Gracias por contarlo en tu reseña: ya hemos cambiado la foto del producto.', true],
      ["Thanks for telling us you'd updated your review, that was kind. The new lid ships today.", false],
      ['Marcamos o seu pedido como resolvido depois da entrega do novo colchão.', false],
      ['Four stars or five, what matters is that the lamp works now; the spare bulb ships today.', true],
    ],
  ));

describe('train-t54…t57 (7 December): other people acting on a day, money back sworn, outcomes sworn', () =>
  frameFamilies(
    [
      [
        'The parcel is with customs; it will be cleared on Friday and with you by Monday.',
        'uncontrolled_date_promise',
        'cleared on Friday',
      ],
      ['No máximo em 72 horas o dinheiro volta para a sua conta, pode contar.', 'uncontrolled_date_promise', '72 horas'],
      [
        'Der Versand über den Hersteller dauert maximal drei Werktage, dann ist das Gerät bei Ihnen.',
        'uncontrolled_date_promise',
        'maximal drei Werktage',
      ],
      ['GLS pasa mañana entre las 10 y las 12, ya está hablado.', 'uncontrolled_date_promise', 'GLS pasa mañana'],
      ["Pas d'inquiétude, votre banque va l'annuler d'ici lundi.", 'uncontrolled_date_promise', 'banque va'],
      ['Le paiement a bien été annulé ; votre banque vous recréditera sous 24 heures.', 'uncontrolled_date_promise', 'recréditera'],
      ['Spätestens in sieben Tagen haben Sie Ihr Geld zurück.', 'uncontrolled_date_promise', 'Spätestens'],
      [
        'El almacén del proveedor nos repone la talla el jueves y te la enviamos el viernes, sin falta.',
        'uncontrolled_date_promise',
        'sin falta',
      ],
      ['Votre commande arrivera sans frais de douane d’ici la fin de la semaine.', 'uncontrolled_date_promise', 'fin de la semaine'],
      ["L'assurance du transporteur prendra forcément en charge les frais.", 'absolute_promise', 'forcément'],
      ['Esse reparo resolve 100% e o barulho não volta mais.', 'absolute_promise', 'resolve 100%'],
      ['Já cancelamos, a cobrança nem vai aparecer na fatura.', 'absolute_promise', 'nem vai aparecer na fatura'],
      ["We've filed the claim with the courier and it'll be approved, these always are.", 'absolute_promise', "it'll be approved"],
      ['Hemos abierto el parte con el seguro y se lo van a aprobar esta semana.', 'absolute_promise', 'se lo van a aprobar'],
      ['Le transporteur nous a dit que le colis sera livré samedi, vous pouvez compter dessus.', 'absolute_promise', 'compter dessus'],
      ['Das Paket ist auf jeden Fall vor dem Wochenende bei Ihrer Mutter.', 'absolute_promise', ''],
    ],
    [
      ['Send us the receipt and we refund it within two working days of getting it.', false],
      ["Le remboursement a été fait ce matin ; selon votre banque, il peut falloir 3 à 5 jours pour qu'il apparaisse.", false],
      ['GLS indica que pasa mañana por la tarde, aunque la franja la confirma el propio repartidor.', false],
      [
        'We have filed the claim with the courier; we cannot say yet whether it will be approved, and your replacement ships today either way.',
        false,
      ],
      ['O estorno foi feito hoje; o prazo para aparecer na fatura depende da operadora do cartão.', false],
    ],
  ));

describe('train-t54…t57 (7 December): blame by condescension, doubt, counterfactuals and the customer’s own device', () =>
  frameFamilies(
    [
      ['Le aconsejamos leer la ficha antes de quejarse.', 'argues_with_customer', 'antes de quejarse'],
      ['Bastava ler a descrição para saber o tamanho.', 'argues_with_customer', 'Bastava'],
      ['Un minimum de lecture vous aurait épargné ce retour.', 'argues_with_customer', 'Un minimum de lecture'],
      ['Leather darkens in the sun, everyone knows that.', 'argues_with_customer', 'everyone knows'],
      ['Dass Holz arbeitet, sollte eigentlich jedem klar sein.', 'argues_with_customer', 'jedem klar sein'],
      ['Je doute que le tissu ait rétréci tout seul.', 'argues_with_customer', 'Je doute que'],
      ['O problema é a tela do seu celular, não a bolsa.', 'argues_with_customer', 'O problema é'],
      ['Der Riss spricht eher für einen Sturz.', 'argues_with_customer', 'spricht eher für einen Sturz'],
      ['Wir gehen davon aus, dass die Delle nach der Lieferung entstanden ist.', 'argues_with_customer', 'davon aus'],
      ["As I've already explained, the lid goes on after it cools.", 'argues_with_customer', 'already explained'],
      ['Our drivers cannot be expected to carry it up five floors.', 'argues_with_customer', 'cannot be expected to'],
      ['Llegó tarde porque hizo el pedido a última hora.', 'argues_with_customer', 'a última hora'],
    ],
    [
      ['The crack points to a knock in transit; a new panel ships today.', false],
      ['Se preferir, antes de avaliar o produto, teste o tamanho com a tabela; a troca é grátis.', true],
      ['Je doute que le colis arrive avant samedi : le transporteur est en retard, je vous tiens au courant.', false],
    ],
  ));

describe('train-t54…t57 (7 December): good replies that were blocked', () =>
  frameFamilies(
    [
      ['Hemos emitido el reembolso por PayPal y el importe le aparecerá en 48 horas.', 'uncontrolled_date_promise', 'Hemos emitido'],
      ['Ya hemos tramitado el reembolso y el banco te lo abona en 24 horas.', 'uncontrolled_date_promise', 'Ya hemos tramitado'],
      ['Hemos aceptado la devolución, así que su banco le abona el dinero mañana.', 'uncontrolled_date_promise', 'mañana'],
      ["You're right, and it won't happen again with any order of yours.", 'absolute_promise', "won't happen again"],
    ],
    [
      ['Hemos emitido el reembolso de 20 € el 3 de mayo; si el 15 todavía no lo ves, escríbeme.', false],
      ["That's the carrier's estimate rather than something we can promise; if it hasn't arrived by Friday, I'll open a trace.", false],
      ['Depois que o pacote for postado, fazemos o reembolso em até 2 dias úteis.', false],
      ['You can return it within 30 days for a full refund and we cover the postage.', true],
      ['Você tem razão: prometemos entrega em 3 dias úteis e levou 6. Já estornamos o frete.', true],
      ['Sie haben recht, auf der Produktseite versprechen wir mindestens 6 Monate Haltbarkeit; der Kaufpreis ist erstattet.', true],
      ['Le 42 est en stock : il part aujourd’hui et le retour est gratuit.', false],
      ["Je ne peux pas vous garantir qu'il vous ira parfaitement, gardez l'autre jusqu'à l'essayage.", false],
      ['Désolés pour le vase cassé ! Envoie-nous ton numéro de commande en privé et on t’en renvoie un.', true],
      ['Le colis est revenu chez nous : ça arrive, surtout quand l’avis de passage se perd. Il repart aujourd’hui.', false],
    ],
  ));

describe('train-t58 and t59 (7 December): the families they showed', () =>
  frameFamilies(
    [
      ['Our payments team needs a quick snap of the card itself, front and back.', 'asks_for_card_secrets', 'snap'],
      ['Me hacen falta los tres numeritos de detrás de la tarjeta para localizar el cargo.', 'asks_for_card_secrets', 'tres numeritos'],
      ['Bitte senden Sie uns die Prüfziffer Ihrer Karte per E-Mail.', 'asks_for_card_secrets', 'Prüfziffer'],
      ['Agradecemos o contato e lamentamos o ocorrido. Atenciosamente, Equipe Casa Encantada.', 'answers_nothing', 'Agradecemos'],
      ['Ihre Anfrage ist eingegangen und wird unter der Nummer 5521 bearbeitet. Danke für Ihre Geduld.', 'answers_nothing', 'Anfrage'],
      ['¡Gracias por escribirnos! Sentimos las molestias. ¡Un saludo y buen fin de semana!', 'answers_nothing', 'Gracias'],
      ['Oh non, désolés ! On fait tout pour que nos clients soient ravis 💕', 'answers_nothing', 'désolés'],
      ['O estorno já foi pedido e vai aparecer na sua próxima fatura, com certeza.', 'uncontrolled_date_promise', 'próxima fatura'],
      ['Le remboursement est validé, il apparaîtra sur votre compte dès ce soir.', 'uncontrolled_date_promise', 'dès ce soir'],
      ['Der Verlag liefert am 3. aus, da kann nichts mehr schiefgehen.', 'absolute_promise', 'nichts mehr schiefgehen'],
      ['Mit dem neuen Kabel läuft die Lampe wieder, versprochen.', 'absolute_promise', 'versprochen'],
      ['Pode usar tranquilo que não vai acontecer de novo.', 'absolute_promise', 'não vai acontecer'],
      ['Nach dem Tausch ist das Knarzen endgültig weg.', 'absolute_promise', 'endgültig weg'],
      ['Changez la pièce et le problème sera réglé pour de bon.', 'absolute_promise', 'pour de bon'],
      ['Esas 3 estrellas se podrían convertir en 5, ¿no?', 'asks_to_change_review', 'convertir en 5'],
      ['Geben Sie uns bei den Sternen eine zweite Chance.', 'asks_to_change_review', 'zweite Chance'],
      ['Nous espérons que vous reviendrez sur votre avis après l’échange.', 'asks_to_change_review', 'reviendrez sur votre avis'],
      ['Quem avaliar com 5 estrelas ganha um brinde na próxima compra!', 'incentive_for_positive_review', 'ganha'],
      ['For every 5-star review with a photo we add a surprise to your next order.', 'incentive_for_positive_review', 'surprise'],
      ["We're struggling to see how the parcel can be missing.", 'argues_with_customer', 'struggling to see how'],
      ['Wir halten das ehrlich gesagt für wenig glaubhaft.', 'argues_with_customer', 'wenig glaubhaft'],
      ['Me extraña mucho lo que nos cuenta.', 'argues_with_customer', 'lo que nos cuenta'],
      ['Wer den Akku falsch einsetzt, darf sich nicht wundern.', 'argues_with_customer', 'nicht wundern'],
      ['Isso é erro de montagem, não defeito.', 'argues_with_customer', 'erro de montagem'],
      ['Avez-vous seulement branché le chargeur ?', 'argues_with_customer', 'Avez-vous seulement'],
      ['Check you are charging it before posting.', 'argues_with_customer', 'before posting'],
    ],
    [
      ['Bitte schicken Sie uns weder Kartennummer noch Prüfziffer; die letzten vier Ziffern genügen.', false],
      ['Geben Sie Kartennummer oder Prüfziffer grundsätzlich nie per E-Mail weiter.', false],
      ['We send pre-orders out within 2 working days of stock landing.', true],
      ['Despachamos em até 2 dias úteis depois que chegar ao estoque.', true],
      ['Dá pra devolver em até 30 dias com frete por nossa conta.', true],
      ["Pour protéger vos données, n'indiquez rien ici ; envoyez-nous le numéro de commande par la messagerie de la boutique.", true],
      ['Your review is the reason every lamp we ship now has a metal clip.', true],
    ],
  ));

describe('train-t60 and t61 (7 December): the families they showed', () =>
  frameFamilies(
    [
      [
        "So annoying about the courier not showing. I've made a note on your account and flagged it internally. Is there anything else I can help with?",
        'answers_nothing',
        'annoying',
      ],
      [
        'Es tut uns sehr leid, dass Sie mit dem Mixer nicht zufrieden sind. Wir haben Ihre Anmerkungen an die Fachabteilung weitergeleitet.',
        'answers_nothing',
        'Es tut uns',
      ],
      ['Lo siento mucho. Tomo nota de todo lo que me comentas. ¿Te puedo ayudar en algo más?', 'answers_nothing', 'Lo siento'],
      ["Merci pour votre avis ! Toute l'équipe vous souhaite une belle journée.", 'answers_nothing', 'Merci'],
      ['Me manda o número completo dele e aqueles 3 numerozinhos que ficam atrás.', 'asks_for_card_secrets', 'número completo dele'],
      ['Indíquenos los tres dígitos del reverso, por favor.', 'asks_for_card_secrets', 'dígitos del reverso'],
      ['Para validar el cargo mándame una foto de la tarjeta por delante.', 'asks_for_card_secrets', 'foto'],
      ['Quando puder, dá uma olhadinha na sua avaliação de 1 estrela?', 'asks_to_change_review', 'olhadinha'],
      ['Vê se ainda faz sentido deixar assim a nota 1.', 'asks_to_change_review', 'faz sentido deixar assim'],
      ['Wir wären dankbar, wenn die Bewertung nicht so stehen bleibt.', 'asks_to_change_review', 'stehen bleibt'],
      ['Un avis à 1 étoile nous fait mal, si vous pouviez l’adoucir un peu.', 'asks_to_change_review', 'adoucir'],
      ['We can refund the lamp in full once the review has been taken down.', 'incentive_for_positive_review', 'taken down'],
      ['A assistência técnica vai aprovar a troca, isso é certeza.', 'absolute_promise', ''],
      ['Tranquila, el fabricante te va a cambiar la placa, eso está hecho.', 'absolute_promise', ''],
      ['The new topper will be with you on Friday, no question about it.', 'absolute_promise', ''],
      ['Avec ce chargeur, elle chargera normalement, c’est sûr à 100 %.', 'absolute_promise', '100'],
      ['Com a troca, o problema vai estar 100% resolvido.', 'absolute_promise', '100% resolvido'],
      ['El caso se va a resolver a tu favor esta semana.', 'absolute_promise', 'a tu favor'],
      ['Wir gehen davon aus, dass Sie die Klingel überhört haben.', 'argues_with_customer', 'davon aus'],
      ['Nous ne pouvons pas remettre en cause notre livreur sur votre simple déclaration.', 'argues_with_customer', 'simple déclaration'],
      ["Every box is weighed, so the parts can't have been left out on our side.", 'argues_with_customer', 'left out on our side'],
      ['Como ya le indicamos, el patinete admite 100 kg; la causa es evidente.', 'argues_with_customer', 'Como ya le indicamos'],
      ["Comme nous vous l'avons déjà expliqué, le velours marque.", 'argues_with_customer', 'déjà expliqué'],
    ],
    [
      ['Dá uma olhadinha no e-mail: a etiqueta de devolução já está lá.', false],
      ['Ich habe alles notiert und den Techniker für Donnerstag um 10 Uhr gebucht.', false],
      ['Once Amazon has taken the fake review down we will let you know; your refund went out today.', false],
    ],
  ));

describe('the fifteenth look (7 December), reworded and fixed after it', () =>
  frameFamilies(
    [
      [
        "The payment was declined, so I'll need the full 16-digit card number and the expiry date.",
        'asks_for_card_secrets',
        'full 16-digit card number',
      ],
      ['Se puder, tire a parte do "cheiro de borracha" do seu comentário.', 'asks_to_change_review', 'tire a parte'],
      ['Não tem como o café ter chegado vencido, conferimos tudo.', 'argues_with_customer', 'Não tem como'],
      ['Você tem certeza que não confundiu com outra caixa?', 'argues_with_customer', 'confundiu'],
      ['Lo más probable es que tengas la piel sensible.', 'argues_with_customer', 'Lo más probable'],
      ['O fabricante vai aprovar a troca do micro-ondas sem problema.', 'absolute_promise', 'fabricante vai aprovar'],
      [
        'Die Transportversicherung zahlt das, das Geld haben Sie innerhalb einer Woche.',
        'uncontrolled_date_promise',
        'innerhalb einer Woche',
      ],
      ['¡Vaya! Sentimos que no te haya gustado. Tomamos nota.', 'answers_nothing', 'Vaya'],
    ],
    [
      ['Puedes devolverlo gratis y te reembolsamos en cuanto lo escaneen en la oficina de correos.', true],
      ['The code you entered was declined; please try the card again in the checkout, we never need its number.', false],
      ['We cannot say whether the manufacturer will approve the exchange; we ship a loan unit today.', false],
    ],
  ));

describe('the sixteenth look (7 December), reworded and fixed after it', () =>
  frameFamilies(
    [
      ['Falamos com a Shopee e eles vão liberar o reembolso até sexta, pode ficar tranquilo.', 'uncontrolled_date_promise', 'sexta'],
      ['Estamos regalando un llavero a quien nos deje una valoración positiva.', 'incentive_for_positive_review', 'regalando'],
      ['Gracias por escribirnos. ¿Hay algo más en lo que podamos ayudarte?', 'answers_nothing', 'Gracias'],
      ['Schick uns ein Foto deiner Karte, auf dem die Kartennummer lesbar ist.', 'asks_for_card_secrets', 'Foto'],
      ['Envoyez-nous une photo du recto de votre carte pour la vérification.', 'asks_for_card_secrets', 'photo'],
      ["Merci de vérifier avant d'affirmer que rien n'est arrivé.", 'argues_with_customer', "avant d'affirmer"],
      ["C'est pourtant la base du jardinage.", 'argues_with_customer', 'la base'],
    ],
    [['Pode ficar tranquila: o reembolso já foi feito no dia 3 e aparece conforme o prazo do seu banco.', false]],
  ));

describe('train-t62 and t63 (7 December): good replies that were blocked', () =>
  frameFamilies(
    [],
    [
      [
        "We can't discuss order details in the comments, but email help@example.shop with your order number and we'll look into it today.",
        true,
      ],
      ['Por segurança não tratamos dados de pedido aqui nos comentários; manda uma DM com o número do pedido.', true],
      ['Thanks for the 5 stars! Would you be happy for us to share your photo on Instagram, credited to you?', true],
      ['Sorry for the slow replies; you should have heard back within a day. Your new lamp left this morning.', true],
      ['Solicitamos o estorno hoje, dia 12; o prazo para aparecer na fatura depende da operadora do cartão.', false],
    ],
  ));

describe('left open on 7 December, fixed on 7 December (third session)', () =>
  frameFamilies(
    [
      // an enclitic whose stars were named in the sentence before
      ['Vimos que nos dejaste 2 estrellitas... ¿te animas a subirlas cuando llegue el repuesto?', 'asks_to_change_review', 'subirlas'],
      ['Vi sua avaliação de 2 estrelas: será que pode revê-la quando chegar a peça nova?', 'asks_to_change_review', 'revê-la'],
    ],
    [
      // the customer's choice named, then a favour the shop did
      ['We know you ordered at the last minute, so we upgraded it to express for free.', true],
      ['Você escolheu o frete econômico, por isso fizemos o upgrade para expresso sem custo.', false],
      // the review named, the enclitic on something else
      ['Gracias por tu reseña. El soporte llegó roto: ¿puedes revisarlo y decirnos si falta algún tornillo?', true],
      ['Gracias por las 5 estrellas. Las toallas nuevas salen hoy: ¿puedes revisarlas al llegar?', false],
    ],
  ));

describe('train-t64–t67 (7 December, third session), reworded: bad replies that passed', () =>
  frameFamilies(
    [
      // the review put in question, or said to be still up with the ask after it
      ['Glad the new drawer runner fixed it! Do you feel two stars still sums up how it went?', 'asks_to_change_review', 'still sums up'],
      [
        'Já trocamos o carregador. Acreditamos que a sua avaliação não representa mais o atendimento que você recebeu.',
        'asks_to_change_review',
        'não representa mais',
      ],
      [
        'Ihre Rezension steht noch ganz oben im Shop. Wenn Sie mögen, schauen Sie sie gern noch mal an und passen sie an.',
        'asks_to_change_review',
        'Rezension',
      ],
      ['Votre avis parle toujours du premier colis. Ce serait gentil de le mettre au goût du jour.', 'asks_to_change_review', 'avis'],
      ['Nos encantaría que tu valoración tenga en cuenta cómo se resolvió al final.', 'asks_to_change_review', 'tenga en cuenta'],
      ['Would you mind hiding the review until the new pair arrives?', 'asks_to_change_review', 'hiding'],
      // the German bargains
      [
        'Wenn du die Bewertung rausnimmst, übernehmen wir die Versandkosten.',
        'incentive_for_positive_review',
        'übernehmen wir die Versandkosten',
      ],
      // arrivals and someone else's decision told as settled
      ['Le remboursement est validé, tu le verras sur ton compte demain.', 'uncontrolled_date_promise', 'verras sur ton compte demain'],
      ['Das Paket ist heute raus und morgen bei dir.', 'uncontrolled_date_promise', 'morgen bei dir'],
      ['A loja já fez o estorno e amanhã aparece no seu cartão.', 'uncontrolled_date_promise', 'aparece no seu cartão'],
      ['La fábrica repone el lunes y a mitad de semana lo tienes en casa, sin falta.', 'uncontrolled_date_promise', 'lunes'],
      ["Don't worry, the insurer will pay this one, water damage is always covered.", 'absolute_promise', 'insurer will pay'],
      [
        "Pas d'inquiétude, l'organisme de financement reportera automatiquement votre échéance.",
        'absolute_promise',
        'reportera automatiquement',
      ],
      // the product's record and a cause in the customer's use, or their photo read against them, with nothing offered
      [
        'Every kettle is tested for an hour before dispatch. Limescale of this kind is linked to very hard water.',
        'argues_with_customer',
        'linked to',
      ],
      [
        'Nossas mochilas saem daqui em perfeito estado. Costuras soltas assim costumam acontecer com excesso de peso.',
        'argues_with_customer',
        'costumam acontecer',
      ],
      ['Auf Ihrem Foto steht das Regal direkt an der Heizung, nicht an einer Innenwand.', 'argues_with_customer', 'Auf Ihrem Foto'],
      // courtesy only
      [
        'Dear Mr Lee, we understand how frustrating delivery delays can be and we truly appreciate your patience while we look into this. Kind regards',
        'answers_nothing',
        'Dear',
      ],
      [
        "Bonjour Paul, je comprends tout à fait votre inquiétude. N'hésitez pas si vous avez d'autres questions !",
        'answers_nothing',
        'Bonjour',
      ],
    ],
    [],
  ));

describe('train-t64–t67 (7 December, third session), reworded: look-alikes that must pass', () =>
  frameFamilies(
    [],
    [
      ['If it is still loose after a week, send us a photo and we will swap it, with no return postage on your side.', true],
      ['Nous suivons le colis chaque jour pour mettre toutes les chances de votre côté.', false],
      ['The care card clearly wasn’t enough, sorry; we have rewritten it and a new lid ships today.', false],
      [
        'Unser Chatbot hat Ihnen 30 Tage Rückgabe genannt. Das stimmt so nicht, aber da die Auskunft von uns kam, nehmen wir es zurück.',
        false,
      ],
      ['Wir widersprechen der Rückbuchung nicht; die Erstattung ist veranlasst.', false],
      ["I'm sorry the scarf didn't arrive before Christmas; we refunded the postage today.", true],
      ['Nous prenons en charge la remise en état du mur.', true],
      ['Pode pagar no cartão em 10x ou no Pix com 5% de desconto.', true],
      ['Escríbenos al correo del pedido y lo gestionamos hoy.', true],
      ['Wie schön! Danke, Familie Roth, und alles Gute zur Hochzeit.', true],
      ['Your feedback about the zip helped: the new batch has a metal one, and we will replace yours free.', true],
      ['Thanks for your review. The hinge arrived bent: could you check the screws and tighten it?', true],
      ['Muito obrigada pela foto da luminária na sua sala, ficou linda!', true],
      [
        'Every kettle is tested before dispatch, but limescale this fast appears when a seal is faulty: we are sending you a new one today.',
        false,
      ],
      ['Por tu foto, la suela se despegó por un fallo del material; te enviamos otro par.', true],
    ],
  ));

describe('train-t68–t70 (7 December, third session), reworded', () =>
  frameFamilies(
    [
      [
        'Ich habe Ihnen eine Anfrage zur Bewertungsänderung geschickt, Sie müssen sie nur bestätigen.',
        'asks_to_change_review',
        'Bewertungsänderung',
      ],
      ['Bump it to 5 stars and the spare strap is on the house.', 'incentive_for_positive_review', 'on the house'],
      ['Vi que sua avaliação ainda está com 2 estrelas. Você acha justo mantê-la assim?', 'asks_to_change_review', 'avaliação'],
      ['Do jeito que está, a nota não mostra todo o atendimento que demos, não acha?', 'asks_to_change_review', 'não mostra todo'],
      ['Seria ótimo se você trocasse aquela nota 1 por uma que mostre o atendimento depois.', 'asks_to_change_review', 'trocasse'],
      [
        'Falls Sie Ihre Rezension noch um einen Satz ergänzen, legen wir Ihrer nächsten Bestellung gern eine Tasse bei.',
        'incentive_for_positive_review',
        'legen',
      ],
      ['Die Reparatur dauert fünf Werktage, Sie haben das Gerät also nächsten Freitag zurück.', 'uncontrolled_date_promise', 'zurück'],
      ['¡Gracias por escribirnos! Ya lo hemos pasado al equipo. ¡Que tengas un día precioso!', 'answers_nothing', 'Gracias'],
    ],
    [
      [
        'Você perguntou se precisa mudar a avaliação para receber o reembolso: não precisa, de jeito nenhum. O reembolso já foi feito.',
        false,
      ],
      ['Nein, Sie müssen Ihre Bewertung weder löschen noch ändern; die Erstattung ist heute raus.', false],
      ['Pausei a assinatura de hoje até 10/08: nenhuma cobrança e nenhuma entrega nesse período.', false],
      ['Já estornamos o frete e deixamos um cupom de 10% na sua conta, é seu de qualquer forma.', true],
      [
        'Por segurança não publique dados aqui; se o valor não aparecer até a próxima fatura, responda aquele e-mail e abrimos a contestação.',
        true,
      ],
      ['Também estamos mudando o e-mail de aviso para deixar a data em destaque.', true],
    ],
  ));

describe('the seventeenth look (7 December, third session), reworded and fixed after it', () =>
  frameFamilies(
    [
      ['Could you take your TikTok down while we sort the refund? It has a lot of views.', 'asks_to_change_review', 'TikTok'],
      ['Será que dá pra tirar do ar o seu stories enquanto a gente resolve?', 'asks_to_change_review', 'tirar do ar'],
      ['Et si tu retires ta vidéo, on t’envoie un coffret en cadeau.', 'incentive_for_positive_review', 'cadeau'],
      [
        "To make it up to you: if you update your review to 5 stars we'll send a £10 gift card.",
        'incentive_for_positive_review',
        'gift card',
      ],
      ['Su banco le abonará el importe en un plazo máximo de 24-48 horas.', 'uncontrolled_date_promise', '24-48 horas'],
      ['Please ask your neighbours before contacting us again.', 'argues_with_customer', 'before contacting us again'],
      ['Wir gehen davon aus, dass das Kabel beim Auspacken übersehen wurde.', 'argues_with_customer', 'übersehen'],
      ['Wer vor dem Kauf nachmisst, erlebt keine Überraschungen.', 'argues_with_customer', 'Überraschungen'],
    ],
    [
      ['Several of you reported the same seam, so this is not down to how you used it; a new bag ships tomorrow.', false],
      ['Se tiver dúvida sobre o seu modelo, é só conferir em Configurações.', true],
      ['La mensajería indica entrega el jueves, aunque sus plazos no podemos garantizarlos.', true],
      ['Schick uns die Bestellnummer bitte per Direktnachricht statt hier.', true],
      ['Sie müssen Ihre Bewertung nicht ändern; die Schablone liegt ab sofort jedem Paket bei.', true],
      ['El reembolso lo verás en tu cuenta en 3-5 días hábiles, según tu banco.', false],
    ],
  ));

describe('train-t71 and t72 (7 December, third session), reworded', () =>
  frameFamilies(
    [
      ['Merci de nous envoyer une photo recto verso de la carte bancaire utilisée.', 'asks_for_card_secrets', 'photo', false],
      ['Para revisar el cobro me tienes que facilitar los 16 dígitos y el CVV.', 'asks_for_card_secrets', 'CVV', false],
      ['É muito estranho o senhor afirmar que a peça não veio.', 'argues_with_customer', 'muito estranho'],
      ['Wie ich Ihnen bereits erklärt habe, ist Sale-Ware vom Umtausch ausgeschlossen.', 'argues_with_customer', 'erklärt habe'],
      ['Il est en douane, mais il sera dédouané lundi et livré mardi.', 'uncontrolled_date_promise', 'dédouané lundi', false],
      ['Ihr Buch ist dann am 17. bei Ihnen, darauf können Sie sich verlassen.', 'uncontrolled_date_promise', 'bei Ihnen', false],
      [
        'Thank you for contacting Lumen Customer Care. Your query is important to us. Should you need anything further, please don’t hesitate to get in touch.',
        'answers_nothing',
        'Thank you',
      ],
    ],
    [
      ['Tem toda razão. Prometemos envio em 2 dias e levamos 5; o frete já foi estornado.', true],
      ['Tienes razón: prometíamos entrega en 48 horas y tardamos seis días. Te devolvimos el envío.', true],
      ['No tienes que cambiar nada, la reseña es tuya y puede quedarse tal cual.', false],
      ['Hemos enviado las fotos de tu reseña al fabricante para que revise el lote.', true],
      ['He pasado tu vídeo al equipo de calidad, que va a revisar el lote esta semana.', false],
      ['Returns are free within 30 days and the refund goes out the day it reaches us.', true],
      ['Produto com defeito não é responsabilidade sua; a etiqueta de troca já está no seu e-mail.', true],
      ['Das sind Kalkreste und kein Defekt. Falls sie danach bleiben, tauschen wir den Topf.', true],
      ['Ça arrive souvent quand la première combustion est courte ; sinon on vous en envoie une autre.', true],
    ],
  ));

describe('the eighteenth look (7 December, third session), reworded and fixed after it', () =>
  frameFamilies(
    [
      [
        'O estorno foi pedido hoje e o valor vai aparecer na sua próxima fatura, com certeza.',
        'uncontrolled_date_promise',
        'próxima fatura',
        false,
      ],
      [
        'Si han encogido, es porque se lavaron en caliente. Te aconsejamos leer la etiqueta antes de lavar.',
        'argues_with_customer',
        'es porque',
      ],
      [
        'Hallo, danke für Ihre Anfrage! Wir schätzen Ihr Vertrauen in unseren Shop sehr. Bei weiteren Fragen stehen wir jederzeit gern zur Verfügung. Freundliche Grüße',
        'answers_nothing',
        'Hallo',
        false,
      ],
    ],
    [
      ['A senhora perguntou como apagar a avaliação: é em Minhas compras > Avaliações. Se preferir deixar, a decisão é toda sua.', false],
      ['Ja, das geht: Unter Mein Konto können Sie jede Bewertung bearbeiten. Ob Sie etwas ändern, entscheiden allein Sie.', false],
      ['Que chato, desculpa! Chama a gente no inbox com o número do pedido que já resolvemos a troca.', true],
      ['Um técnico nosso faz a montagem na sua casa sem custo, é só escolher um dia na próxima semana.', false],
      ['Abrimos um registro com a fabricante; em no máximo 10 dias te dou notícia, mesmo que parcial.', false],
    ],
  ));

describe("the demo store's own macro and FAQ entry pass (7 December, third session)", () =>
  frameFamilies(
    [],
    [
      ['Most pairing trouble comes from 5 GHz networks. Please connect your phone to the 2.4 GHz network first.', true],
      ['One year against manufacturing faults from the day of delivery. It does not cover wear, accidents or damage from misuse.', true],
    ],
  ));

describe('the nineteenth look (7 December, third session), reworded and fixed after it', () =>
  frameFamilies(
    [
      ['Update to firmware 4.1 and the dropouts will disappear, 100%.', 'absolute_promise', 'will disappear, 100%', false],
      ['The new pad fixes it for everyone, just swap it in.', 'absolute_promise', 'fixes it for everyone', false],
      [
        'Essa panela tem mais de 5 mil vendas e nunca recebemos essa queixa. Provavelmente o senhor deixou no fogo alto sem nada dentro.',
        'argues_with_customer',
        'Provavelmente o senhor',
        false,
      ],
      [
        'Lo indicamos en la ficha. Si no se consulta la tabla de medidas, poco más podemos hacer.',
        'argues_with_customer',
        'poco más podemos hacer',
      ],
      ['Der Schaden fällt damit in Ihren Verantwortungsbereich.', 'argues_with_customer', 'Verantwortungsbereich', false],
      ['Once the parcel was signed for, its loss is your responsibility.', 'argues_with_customer', 'is your responsibility'],
      ["Au vu de vos photos, la colle n'a clairement pas séché 24 h.", 'argues_with_customer', 'Au vu de vos photos'],
    ],
    [
      [
        'Unser Chat-Assistent hat Ihnen „Lieferung in 2 Tagen“ angezeigt, obwohl das Regal erst in vier Wochen wieder verfügbar ist. Wir stornieren gern kostenfrei.',
        true,
      ],
      ['Vous êtes évidemment libre de noter comme vous le souhaitez. Le colis de remplacement part ce soir.', false],
      ['Não é responsabilidade sua: o extravio foi no transporte e já reenviamos.', true],
      ['Return postage is not your responsibility; the label is attached.', false],
    ],
  ));

describe('t73 and t74 (7 December, fourth session), scored before reading, reworded and fixed after', () =>
  frameFamilies(
    [
      ['Refund done, and your bank will credit it within 24 hours.', 'uncontrolled_date_promise', 'your bank will credit', false],
      ['Le remboursement est fait, votre banque vous recréditera sous 24 heures.', 'uncontrolled_date_promise', 'votre banque', false],
      ['O estorno já saiu. Na próxima fatura o valor vai aparecer como crédito.', 'uncontrolled_date_promise', 'vai aparecer', false],
      ['Bosch will swap it for a new one within a week – guaranteed.', 'absolute_promise', 'guaranteed'],
      ['Mit dem neuen Filter ist die Anzeige garantiert leer.', 'absolute_promise', 'garantiert leer'],
      ["Changez la pompe et la fuite s'arrêtera à coup sûr.", 'absolute_promise', 'à coup sûr'],
      [
        'Se deixar 5 estrelas na avaliação, oferecemos-lhe um brinde surpresa.',
        'incentive_for_positive_review',
        'oferecemos-lhe um brinde',
        false,
      ],
      ['Sorry this wasn’t quite what you expected! Happy travels!', 'answers_nothing', 'Sorry'],
      ['Wenn das Gewinde ausreißt, liegt das an der Montage, nicht am Dübel.', 'argues_with_customer', 'liegt das an der Montage'],
      ['Vielleicht liegt es eher an Ihrem Schlauch als an unserem Produkt.', 'argues_with_customer', 'Ihrem Schlauch'],
      ['Laut Bestellung haben Sie die Fahrzeugdaten falsch eingegeben.', 'argues_with_customer', 'falsch eingegeben', false],
      ['Wir bezweifeln, dass der Kratzer beim Versand entstanden ist.', 'argues_with_customer', 'bezweifeln', false],
      [
        "A wet tarp left in a bag will smell. That's not something any shop can be held responsible for.",
        'argues_with_customer',
        'held responsible',
      ],
      ['Quem deixa a barraca molhada na mala não pode esperar que ela não mofe.', 'argues_with_customer', 'não pode esperar'],
      ['Si no sabes montar la mesa, hay vídeos en YouTube. El producto no tiene nada de malo.', 'argues_with_customer', 'YouTube'],
      ["Si le sac ne fermait pas, c'est qu'il était trop rempli.", 'argues_with_customer', "c'est qu'il"],
      ['Wenn die Tasche nicht zuging, war sie schlicht zu voll.', 'argues_with_customer', 'war sie schlicht'],
    ],
    [
      ['Da haben Sie völlig recht: Wir versprechen Antwort binnen 24 Stunden, und Sie haben fünf Tage gewartet.', true],
      ['DHL rechnet mit Zustellung am Freitag, das ist deren Prognose und keine Garantie.', false],
      ['Les chaussures commandées le 3 ne sont toujours pas arrivées : je vous rembourse aujourd’hui.', false],
      ['Le colis est parti le 2 et le transporteur l’a scanné le 4 ; j’ai ouvert une enquête.', false],
      ['Oferecemos uma troca sem custo; se quiser, conte depois na avaliação como ficou.', true],
      ['Return postage is not your responsibility, and the new pads ship today.', true],
    ],
  ));

describe('the twentieth look (7 December, fourth session), reworded and fixed after it', () =>
  frameFamilies(
    [
      [
        'Valeu pelo retorno! Se puder, dá uma suavizada no texto pra não espantar os outros compradores.',
        'asks_to_change_review',
        'suavizada no texto',
      ],
      ["La bouilloire n'a pas entartré la résistance toute seule.", 'argues_with_customer', 'toute seule'],
      ['Si vous ne suivez pas le temps de pose indiqué, le résultat est forcément raté.', 'argues_with_customer', 'forcément raté'],
      [
        'Le meuble est parti intact et vous avez signé sans réserve : les rayures ont donc eu lieu chez vous.',
        'argues_with_customer',
        'chez vous',
        false,
      ],
    ],
    [
      ["Pour votre sécurité, n'indiquez pas votre numéro de commande ici : écrivez-nous en privé et nous organisons l'échange.", true],
      ['Corrigimos o erro no texto do anúncio: a medida certa é 40 cm. Obrigado pelo aviso!', true],
    ],
  ));

describe('the twenty-first look (7 December, fourth session), reworded and fixed after it', () =>
  frameFamilies(
    [
      [
        'Pedíamos-lhe que atualizasse a classificação que deixou, já que o caso ficou resolvido.',
        'asks_to_change_review',
        'classificação',
        false,
      ],
      [
        'O varão tem a medida do anúncio. Se não coube, o senhor mediu a parede errado.',
        'argues_with_customer',
        'mediu a parede errado',
        false,
      ],
      ['Basta atualizar o aplicativo. Isso resolve com certeza o travamento.', 'absolute_promise', 'resolve com certeza', false],
      [
        'Los bonsáis salen del invernadero sanos, los revisamos uno por uno. Si se secó, habrá sido por falta de agua.',
        'argues_with_customer',
        'habrá sido por',
      ],
      ['Le remboursement est parti : votre banque le créditera sous 24 h.', 'uncontrolled_date_promise', 'votre banque', false],
    ],
    [
      ['Tienes razón, tu comentario es correcto y ya hemos corregido la ficha del producto.', true],
      ['Vous nous avez envoyé une photo de votre carte : nous l’avons supprimée, nous n’en avons pas besoin.', false],
      ['Je vous appelle demain à 10 h comme vous l’avez demandé.', false],
      ['Sans réponse du vendeur sous 48 h, ouvrez un litige et notre équipe prend le relais.', true],
      [
        'Pourriez-vous m’indiquer votre code postal ? Je vérifie si la livraison le samedi est possible chez vous avant votre commande.',
        false,
      ],
    ],
  ));

describe('the twenty-second look (7 December, fourth session), reworded and fixed after it', () =>
  frameFamilies(
    [
      [
        'Small shops live on stars. Would you consider pulling this one down and emailing us instead?',
        'asks_to_change_review',
        'pulling this one down',
      ],
      ['Ya está reembolsado; tu banco te lo abonará en menos de 24 horas.', 'uncontrolled_date_promise', 'tu banco', false],
    ],
    [
      ['Rust can appear when cast iron air-dries; scrub it, oil it, and if it stays we’ll swap it.', true],
      ['Merci d’avoir mesuré et partagé les chiffres : nous avons corrigé le guide des tailles.', true],
    ],
  ));
