import { describe, expect, it } from 'vitest';
import type { IssueType } from '../../../contracts/signal.js';
import { loadBaseModel } from './base-model.js';
import { compileSellerRules } from './rules.js';
import { detectLanguage } from './language.js';
import { fold, tokenize } from './text.js';
import { triageSignal } from './triage-signal.js';
import type { TriageInput } from './types.js';

// Spanish, German and French (issue 17 item 2): each case is read by the rules alone and by rules
// plus the shipped base model, with the language detected, not given.
const rulesOnly = (text: string, over: Partial<TriageInput> = {}) => triageSignal({ text, ...over }, { model: null });
const model = loadBaseModel();
const withModel = (text: string, over: Partial<TriageInput> = {}) => triageSignal({ text, ...over }, { model });
const lang = (text: string) => detectLanguage(tokenize(fold(text)), null, text);

describe('language detection', () => {
  const cases: [string, string][] = [
    ['El pedido llegó roto y nadie contesta', 'es'],
    ['no me llego el paquete', 'es'],
    ['muy bueno', 'es'],
    ['¿llegó?', 'es'],
    ['Das Paket ist leider nicht angekommen', 'de'],
    ['kam kaputt an', 'de'],
    ['sehr gut', 'de'],
    ['passt nicht', 'de'],
    ["Je n'ai toujours pas reçu ma commande", 'fr'],
    ['pas recu', 'fr'],
    ['tres bien', 'fr'],
    ['produit nul', 'fr'],
    ['The dress runs small', 'en'],
    ['o produto chegou quebrado', 'pt'],
    ['nao recebi', 'pt'],
  ];
  for (const [text, want] of cases) it(`${text} → ${want}`, () => expect(lang(text)).toBe(want));
  it('a language given with the signal wins, and regional tags count', () => {
    expect(triageSignal({ text: 'ok', language: 'es-MX' }).language).toBe('es');
    expect(triageSignal({ text: 'ok', language: 'de-AT' }).language).toBe('de');
    expect(triageSignal({ text: 'ok', language: 'fr_CA' }).language).toBe('fr');
  });
  it('an emoji or a number stays undetermined', () => {
    expect(lang('👍👍')).toBe('und');
    expect(lang('10/10')).toBe('und');
  });
});

const CASES: Partial<Record<IssueType, { es: string[]; de: string[]; fr: string[] }>> = {
  fit_size: {
    es: ['Las zapatillas vienen pequeñas, pedid un número más.', 'El abrigo me queda enorme de hombros.'],
    de: ['Die Bluse fällt sehr klein aus.', 'Die Schuhe sind mir zu eng.'],
    fr: ['La veste taille grand, prenez une taille en dessous.', 'Le pull est trop petit pour moi.'],
  },
  listing_mismatch: {
    es: ['El color no tiene nada que ver con la foto.', 'Diferente a lo que muestra el anuncio.'],
    de: ['Sieht ganz anders aus als auf den Bildern.', 'Entspricht nicht der Beschreibung.'],
    fr: ["Pas conforme à la description de l'annonce.", 'Rien à voir avec la photo du site.'],
  },
  material_quality: {
    es: ['La calidad es malísima, el plástico parece de juguete.', 'Tela muy fina, se transparenta todo.'],
    de: ['Schlechte Qualität, der Stoff ist sehr dünn.', 'Billig verarbeitet und riecht chemisch.'],
    fr: ['Qualité médiocre, le tissu est très fin.', 'Finitions bâclées, ça fait bas de gamme.'],
  },
  defect: {
    es: ['El ventilador dejó de funcionar a la semana.', 'No enciende, viene defectuoso.'],
    de: ['Der Föhn funktioniert nicht mehr nach zwei Tagen.', 'Nach einer Woche ist der Griff abgebrochen.'],
    fr: ['Le sèche-cheveux ne fonctionne plus après deux jours.', 'La fermeture éclair est cassée au bout de trois jours.'],
  },
  damaged_in_transit: {
    es: ['El espejo llegó roto, la caja venía aplastada.', 'Me llegó la tele rayada.'],
    de: ['Der Spiegel ist zerbrochen angekommen.', 'Das Paket war beschädigt und der Karton nass.'],
    fr: ['Le miroir est arrivé cassé.', 'Colis abîmé et carton écrasé.'],
  },
  missing_item: {
    es: ['Falta la tapa de la olla.', 'Solo llegó un zapato de los dos.'],
    de: ['Es fehlt die Fernbedienung.', 'Das Netzteil war nicht dabei.'],
    fr: ['Il manque le couvercle.', "Il n'y avait pas la télécommande dans le carton."],
  },
  wrong_item: {
    es: ['Me enviaron un producto equivocado.', 'No es lo que pedí, me mandaron otro modelo.'],
    de: ['Falscher Artikel geliefert.', 'Das ist nicht das, was ich bestellt habe.'],
    fr: ["Ce n'est pas ce que j'ai commandé.", "Mauvaise taille envoyée, j'avais pris du M."],
  },
  delivery_delay: {
    es: ['Todavía no ha llegado mi pedido.', 'Lleva un retraso de dos semanas.'],
    de: ['Meine Bestellung ist noch nicht angekommen.', 'Die Lieferung ist seit einer Woche verspätet.'],
    fr: ['Toujours pas reçu ma commande.', 'Livraison en retard de deux semaines.'],
  },
  setup_usage: {
    es: ['No consigo montar la estantería, las instrucciones son confusas.', 'Montaje complicadísimo.'],
    de: ['Die Aufbauanleitung ist unverständlich.', 'Ich kann das Gerät nicht einrichten.'],
    fr: ['La notice est incompréhensible.', "Je n'arrive pas à installer l'application."],
  },
  returns_refunds: {
    es: ['Quiero devolverlo y que me reembolsen.', 'Ya lo devolví, ¿cuándo me devuelven el dinero?'],
    de: ['Ich möchte den Artikel zurückschicken.', 'Wann bekomme ich mein Geld zurück?'],
    fr: ['Je veux être remboursé.', "J'ai renvoyé le colis la semaine dernière."],
  },
  payment_checkout: {
    es: ['Me cobraron dos veces el pedido.', 'El código de descuento no funciona.'],
    de: ['Mir wurde doppelt abgebucht.', 'Die Zahlung mit Kreditkarte ist fehlgeschlagen.'],
    fr: ["J'ai été débité deux fois.", 'Le code promo ne marche pas.'],
  },
  warranty_policy: {
    es: ['¿Qué garantía tiene?', 'La política de devoluciones no está clara.'],
    de: ['Wie lange ist die Garantie?', 'Das Rückgaberecht ist unklar.'],
    fr: ['Quelle est la durée de la garantie ?', 'La politique de retour est floue.'],
  },
  safety: {
    es: ['El cargador echó humo.', 'Me dio alergia en la piel.'],
    de: ['Das Ladegerät hat geraucht.', 'Ich habe einen allergischen Ausschlag bekommen.'],
    fr: ['Le chargeur a pris feu.', "J'ai fait une réaction allergique."],
  },
  support_experience: {
    es: ['Nadie responde a mis correos.', 'Atención al cliente pésima.'],
    de: ['Keine Antwort vom Kundenservice.', 'Der Verkäufer reagiert nicht.'],
    fr: ['Aucune réponse du service client.', 'Le vendeur ne répond pas.'],
  },
  praise: {
    es: ['Me encanta, muy buena calidad.', 'Perfecto, lo recomiendo.'],
    de: ['Super Qualität, sehr zufrieden.', 'Tolles Produkt, klare Kaufempfehlung.'],
    fr: ['Très bon produit, je recommande.', 'Parfait, rien à dire.'],
  },
};

describe('phrases per issue type', () => {
  for (const [type, byLang] of Object.entries(CASES) as [IssueType, { es: string[]; de: string[]; fr: string[] }][]) {
    for (const l of ['es', 'de', 'fr'] as const) {
      for (const text of byLang[l]) {
        it(`${l} ${type}: ${text}`, () => {
          const r = rulesOnly(text);
          expect(r.language).toBe(l);
          expect(r.issueTypes).toContain(type);
          expect(withModel(text).issueTypes).toContain(type);
        });
      }
    }
  }
});

describe('negation, and "but" carrying a review into a second label', () => {
  it('a negated problem is no problem', () => {
    expect(rulesOnly('No llegó roto, todo bien').issueTypes).not.toContain('damaged_in_transit');
    expect(rulesOnly('Die Jacke ist nicht zu klein').issueTypes).not.toContain('fit_size');
    expect(rulesOnly('Pas de retard, livraison rapide').issueTypes).not.toContain('delivery_delay');
  });
  it('negated praise is not praise', () => {
    expect(rulesOnly('No lo recomiendo').issueTypes).not.toContain('praise');
    expect(rulesOnly('Ich bin nicht zufrieden').issueTypes).not.toContain('praise');
    expect(rulesOnly('Je ne recommande pas').issueTypes).not.toContain('praise');
  });
  it('praise, then a problem after the contrast word', () => {
    expect(rulesOnly('Precioso, pero me queda pequeño').issueTypes).toEqual(expect.arrayContaining(['praise', 'fit_size']));
    expect(rulesOnly('Wunderschön, aber leider zu eng').issueTypes).toEqual(expect.arrayContaining(['praise', 'fit_size']));
    expect(rulesOnly('Très jolie mais trop petite').issueTypes).toEqual(expect.arrayContaining(['praise', 'fit_size']));
  });
  it('a concession before the contrast is not praise', () => {
    expect(rulesOnly('Llegó rápido pero vino roto').issueTypes).toEqual(['damaged_in_transit']);
    expect(rulesOnly('Schnelle Lieferung, aber kaputt angekommen').issueTypes).toEqual(['damaged_in_transit']);
    expect(rulesOnly('Livraison rapide mais arrivé cassé').issueTypes).toEqual(['damaged_in_transit']);
  });
  it('French elisions are read word by word, and "mais" is a contrast only in French', () => {
    expect(rulesOnly("Le jouet n'est pas conforme à l'annonce").issueTypes).toContain('listing_mismatch');
    expect(rulesOnly('esperava mais qualidade').language).toBe('pt');
    expect(rulesOnly('esperava mais qualidade').issueTypes).toContain('material_quality');
  });
});

describe("the seeds' sentences in each language (issue 17 item 4)", () => {
  const seeds: [string, IssueType][] = [
    ['Prometían 5-7 días, tardó 14 días', 'delivery_delay'],
    ['Versprochen waren 5-7 Tage, gedauert hat es 14 Tage', 'delivery_delay'],
    ['Livraison promise en 5-7 jours, il a fallu 14 jours', 'delivery_delay'],
    ['No sé dónde va esta pieza, y al vídeo le falta el paso clave', 'setup_usage'],
    ['Ich weiß nicht, wo dieses Teil hingehört, und im Video fehlt der entscheidende Schritt', 'setup_usage'],
    ["Je ne sais pas où va cette pièce, et la vidéo saute l'étape clé", 'setup_usage'],
  ];
  for (const [text, type] of seeds)
    it(text, () => {
      expect(rulesOnly(text).issueTypes).toContain(type);
      expect(withModel(text).issueTypes).toContain(type);
    });
  it('the setup sentence is not a missing item', () => {
    expect(rulesOnly('Ich weiß nicht, wo dieses Teil hingehört, und im Video fehlt der entscheidende Schritt').issueTypes).not.toContain(
      'missing_item',
    );
  });
});

describe('sentiment, threats and the human boundary', () => {
  it('positive and negative', () => {
    for (const text of ['Excelente, me encanta', 'Super, sehr zufrieden', 'Parfait, je recommande'])
      expect(rulesOnly(text).sentiment.label, text).toBe('positive');
    for (const text of ['Pésimo, llegó roto, una decepción', 'Schlecht, kaputt, leider enttäuscht', 'Nul, cassé, très déçu'])
      expect(rulesOnly(text).sentiment.label, text).toBe('negative');
  });
  it('a double negative is still negative ("no llegó nunca")', () => {
    expect(rulesOnly('No llegó nunca').sentiment.label).toBe('negative');
  });
  it('chargebacks and disputes: flagged, never positive, for a human', () => {
    for (const text of [
      'Gracias, pero ya he abierto una disputa en PayPal',
      'Danke, ich habe eine Rückbuchung veranlasst',
      "Merci, j'ai fait opposition auprès de ma banque",
    ])
      for (const r of [rulesOnly(text), withModel(text)]) {
        expect(r.flags.threatChargeback, text).toBe(true);
        expect(r.sentiment.label).toBe('negative');
        expect(r.reasons.map((x) => x.code)).toContain('refund_or_dispute');
      }
  });
  it('legal threats', () => {
    for (const text of ['Voy a hablar con mi abogado', 'Ich schalte meinen Anwalt ein', 'Je vais porter plainte'])
      expect(
        rulesOnly(text).reasons.map((x) => x.code),
        text,
      ).toContain('legal_threat');
  });
  it('public threats, and a support complaint that is not one', () => {
    for (const text of [
      'Voy a dejar una reseña negativa y contarlo en redes sociales',
      'Ich werde eine schlechte Bewertung schreiben und euch melden',
      'Je vais laisser un avis négatif et le publier partout',
    ])
      expect(
        rulesOnly(text).reasons.map((x) => x.code),
        text,
      ).toContain('public_threat');
    expect(rulesOnly('Sie melden sich nicht').flags.threatPublic).toBe(false);
    expect(rulesOnly('Ich kann nicht klagen, alles gut').flags.threatLegal).toBe(false);
  });
  it('a refund demand quotes the words that ask for the money back', () => {
    expect(rulesOnly('Quiero el reembolso ya').reasons).toContainEqual({
      code: 'refund_or_dispute',
      evidence: expect.stringMatching(/reembols/i),
    });
    expect(rulesOnly('Ich will mein Geld zurück').reasons).toContainEqual({
      code: 'refund_or_dispute',
      evidence: expect.stringMatching(/Geld/),
    });
    expect(rulesOnly('Je veux être remboursé').reasons).toContainEqual({
      code: 'refund_or_dispute',
      evidence: expect.stringMatching(/rembours/i),
    });
  });
  it('anger words', () => {
    expect(rulesOnly('¡Una estafa, sois unos ladrones, inaceptable!').flags.anger).toBe(true);
    expect(rulesOnly('Abzocke! Unverschämt, eine Frechheit!').flags.anger).toBe(true);
    expect(rulesOnly('Arnaque, inadmissible, des voleurs !').flags.anger).toBe(true);
  });
});

describe('stage', () => {
  it('pre-sale questions', () => {
    expect(rulesOnly('¿Tienen esta chaqueta en talla M?').stage).toBe('pre_sale');
    expect(rulesOnly('Gibt es das Kleid auch in Blau?').stage).toBe('pre_sale');
    expect(rulesOnly('Bonjour, quelle taille me conseillez-vous ?').stage).toBe('pre_sale');
  });
  it('a question about an order already placed is not', () => {
    expect(rulesOnly('¿Dónde está mi pedido? Lo compré hace dos semanas').stage).toBe('post_purchase');
    expect(rulesOnly('Wo ist mein Paket? Ich habe vor zwei Wochen bestellt').stage).toBe('post_purchase');
    expect(rulesOnly("Où est mon colis ? J'ai commandé il y a deux semaines").stage).toBe('post_purchase');
  });
});

describe("a seller's phrase in one language", () => {
  it('labels that language only', () => {
    const seller = [{ issueType: 'defect' as const, phrase: 'wackelt', language: 'de' as const }];
    compileSellerRules(seller);
    expect(triageSignal({ text: 'Der Tisch wackelt total' }, { model: null, sellerRules: seller }).issueTypes).toContain('defect');
    expect(triageSignal({ text: 'The table wackelt' }, { model: null, sellerRules: seller }).issueTypes).not.toContain('defect');
  });
  it('a phrase for any language labels a language triage has no phrases for (README: Adding a language)', () => {
    const seller = [
      { issueType: 'defect' as const, phrase: 'rotto|rotta', language: 'any' as const },
      { issueType: 'delivery_delay' as const, phrase: 'non ~1 arrivato', language: 'any' as const },
    ];
    expect(triageSignal({ text: 'La lampada è arrivata rotta' }, { model: null, sellerRules: seller }).issueTypes).toContain('defect');
    expect(triageSignal({ text: 'Il pacco non è arrivato' }, { model: null, sellerRules: seller }).issueTypes).toContain('delivery_delay');
  });
});

describe('seams coming apart, a family the first look missed in all three languages', () => {
  it('is a defect by the phrases alone', () => {
    for (const text of [
      'Se están abriendo las costuras de las dos mangas después de ponérmela una vez.',
      'Die Nähte an beiden Ärmeln gehen nach einmal Tragen auf.',
      'Les coutures des deux manches se défont après un seul port.',
    ])
      expect(triageSignal({ text }, { model: null }).issueTypes).toContain('defect');
  });
});

describe('the model alone in Spanish, German and French', () => {
  it('a type the model is sure of is labelled with no phrase behind it', () => {
    // No phrase of the language matches these (model: null labels nothing); the blend fitted on English
    // and Portuguese rows held the model's 0.6–0.95 below its threshold.
    const cases: [string, IssueType][] = [
      ["Dans le carton il n'y avait qu'une chaise alors que j'en ai payé deux.", 'missing_item'],
      ['Ich weiß nicht, wie man die App mit der Uhr verbindet, die Kopplung klappt nie.', 'setup_usage'],
    ];
    for (const [text, type] of cases) {
      expect(triageSignal({ text }, { model: null }).issueTypes).not.toContain(type);
      expect(triageSignal({ text }, { model }).issueTypes).toContain(type);
    }
  });
  it('a short text gets no problem from the model alone', () => {
    for (const text of ['Thanks', 'It is what it is.', 'Merci beaucoup', 'Danke schön'])
      expect(triageSignal({ text }, { model }).issueTypes.filter((t) => t !== 'praise')).toEqual([]);
  });
});

describe('Portuguese: the complaint after "mas" or "porém" is the point (LABELLING.md rule 6)', () => {
  it('its phrase stands next to a model that read the praise before it', () => {
    const cases: [string, IssueType[]][] = [
      [
        'A entrega foi antes do prazo combinado, mas o produto não veio conforme o anúncio e não funcionou.',
        ['listing_mismatch', 'defect'],
      ],
      ['Chegou certinho no prazo, porém não funciona.', ['defect']],
    ];
    for (const [text, types] of cases) for (const t of types) expect(withModel(text, { language: 'pt' }).issueTypes).toContain(t);
  });
  it('praise after the contrast adds no problem', () => {
    expect(withModel('Chegou antes do prazo, mas o produto é ótimo e funciona muito bem.', { language: 'pt' }).issueTypes).toEqual([
      'praise',
    ]);
  });
});

describe('a type the model has hardly seen in the language', () => {
  it('keeps its phrase: English wrong items (no English blend of their own)', () => {
    for (const text of [
      'I received the wrong item: I ordered the jacket in Navy and got something else.',
      'The package had a completely different product in it, not the rain jacket.',
    ])
      expect(withModel(text).issueTypes).toContain('wrong_item');
  });
});

describe('Portuguese phrases measured right nearly every time they fire (reliable-phrases.json)', () => {
  it('keep their label next to a model that read the praise around them', () => {
    const cases: [string, IssueType][] = [
      [
        'Entrega super rápida e dentro do prazo, recomendo a loja, tudo conforme o combinado, a embalagem veio violada.',
        'damaged_in_transit',
      ],
      ['Chegou antes do prazo previsto, ótimo vendedor, material fraco.', 'material_quality'],
    ];
    for (const [text, type] of cases) expect(withModel(text, { language: 'pt' }).issueTypes).toContain(type);
  });
  it('the list names built-in Portuguese problem phrases only', async () => {
    const { readFileSync } = await import('node:fs');
    const ids = JSON.parse(readFileSync(new URL('./reliable-phrases.json', import.meta.url), 'utf8')) as string[];
    expect(ids.length).toBeGreaterThan(50);
    for (const id of ids) expect(id).toMatch(/^pt:(?!praise:)[a-z_]+:/);
  });
});

describe('Portuguese wording of real complaints the phrases missed (Olist copy 2, 7 December)', () => {
  it('no word from the seller, the wrong products, the delivery that never happened: by the phrases alone', () => {
    const cases: [string, IssueType][] = [
      ['Até agora não me disseram o que aconteceu com o pedido.', 'support_experience'],
      ['Sem suporte nenhum, a loja também não informou nada.', 'support_experience'],
      ['Comprei e recebi os produtos errados.', 'wrong_item'],
      ['Outro modelo foi entregue no lugar do que escolhi.', 'wrong_item'],
      ['Entrega não realizada e nem sinal do produto.', 'delivery_delay'],
    ];
    for (const [text, type] of cases) expect(rulesOnly(text, { language: 'pt' }).issueTypes, text).toContain(type);
  });
  it('a page that matched, a product that "did not come as advertised", a wrong address: not what they sound like', () => {
    const pt = (text: string) => rulesOnly(text, { language: 'pt' }).issueTypes;
    expect(pt('Chegou tudo de acordo com o anúncio e antes do prazo.')).not.toContain('listing_mismatch');
    expect(pt('Veio conforme a descrição do site, recomendo.')).not.toContain('listing_mismatch');
    expect(pt('O produto não veio conforme o anúncio.')).toEqual(['listing_mismatch']);
    expect(pt('Mandaram para o endereço errado, tive que buscar nos correios.')).not.toContain('wrong_item');
  });
});

describe('Portuguese: the base model alone needs 0.4, not the 0.65 set on English reviews (modelOnlyMinByLanguage)', () => {
  it('a complaint no phrase covers is labelled from the model between the two floors', () => {
    // The shipped model scores support_experience between the two floors here; no phrase matches.
    // A retrain moves such scores: pick another paraphrase in the band if this one leaves it.
    const text = 'Pedi para mudarem o endereço de entrega e até hoje ninguém alterou.';
    expect(rulesOnly(text, { language: 'pt' }).issueTypes).not.toContain('support_experience');
    const got = withModel(text, { language: 'pt' }).labels.find((l) => l.type === 'support_experience');
    expect(got?.score).toBeLessThan(0.65);
    expect(got?.source).toBe('model');
    // The floor is the model's own: a model without a Portuguese floor (a store's) keeps 0.65.
    const plain = { ...model!, modelOnlyMinByLanguage: undefined };
    expect(triageSignal({ text, language: 'pt' }, { model: plain }).issueTypes).not.toContain('support_experience');
  });
});
