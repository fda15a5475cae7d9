import { describe, expect, it } from 'vitest';
import type { IssueType } from '../../../contracts/signal.js';
import { triageSignal } from './triage-signal.js';
import { loadBaseModel } from './base-model.js';
import { scoreRules } from './rules.js';
import { buildIndex, compilePhrase, matchPhrases } from './phrase-engine.js';
import { fold, Lexicon, tokenize } from './text.js';

// Rules alone (no model), so each case shows what the phrase sets say by themselves.
const types = (text: string, title?: string) => triageSignal({ text, title }, { model: null }).issueTypes;

const CASES: Record<IssueType, { en: string[]; pt: string[] }> = {
  fit_size: {
    en: ['This dress runs small, I had to size up.', 'Way too big in the shoulders.', "Didn't fit my cup holder."],
    pt: ['O tênis ficou pequeno, não serviu.', 'ficou muito apertado na cintura'],
  },
  listing_mismatch: {
    en: ['The color is different from the photo.', 'Looks nothing like the picture.', 'Not as advertised at all.'],
    pt: ['produto diferente do anunciado', 'não é o da foto, propaganda enganosa'],
  },
  material_quality: {
    en: ['The fabric is thin and see-through.', 'Poor quality, feels cheap and itchy.'],
    pt: ['qualidade ruim, material muito fraco', 'produto muito frágil'],
  },
  defect: {
    en: ['The zipper broke after one wear.', 'It stopped working after a week.'],
    pt: ['parou de funcionar depois de uma semana', 'veio com defeito'],
  },
  damaged_in_transit: {
    en: ['It arrived broken and the box was crushed.', 'The package was damaged in shipping.'],
    pt: ['o produto chegou quebrado', 'a caixa veio amassada'],
  },
  missing_item: {
    en: ['The belt was missing from the package.', 'I only received one of the two items.'],
    pt: ['veio faltando uma peça', 'comprei dois e só recebi um'],
  },
  wrong_item: {
    en: ['They sent me the wrong size.', 'Received the wrong color, not what I ordered.'],
    pt: ['veio errado, produto trocado', 'recebi outro produto'],
  },
  delivery_delay: {
    en: ['My order still has not arrived.', 'Said 5-7 days, it is day 11 and no tracking update.'],
    pt: ['ainda não recebi meu pedido', 'entrega atrasada, já passou do prazo'],
  },
  setup_usage: {
    en: ['The instructions are confusing, I cannot assemble it.', 'Dry clean only, seriously?'],
    pt: ['não consegui montar, sem manual', 'difícil de instalar'],
  },
  returns_refunds: {
    en: ['I want a refund.', 'I sent it back for an exchange.'],
    pt: ['quero devolver o produto', 'aguardo o estorno no cartão'],
  },
  payment_checkout: {
    en: ['I was charged twice for this order.', 'The discount code did not work at checkout.'],
    pt: ['fui cobrado duas vezes no cartão', 'o pagamento foi recusado'],
  },
  warranty_policy: {
    en: ['Your return policy says 30 days but you refused.', 'Does the warranty cover this?'],
    pt: ['a garantia não cobre isso?', 'a política de troca é confusa'],
  },
  safety: {
    en: ['The charger caught fire.', 'This gave my daughter a rash.'],
    pt: ['o carregador pegou fogo', 'me deu alergia na pele'],
  },
  support_experience: {
    en: ['I emailed three times and nobody replied.', 'Customer service was rude and unhelpful.'],
    pt: ['entrei em contato e não tive resposta', 'atendimento péssimo'],
  },
  ai_wrong_answer: {
    en: ['The chatbot told me it was in stock but it was not.', 'Your virtual assistant gave me the wrong return date.'],
    pt: ['o robô informou o prazo errado', 'o chatbot disse que tinha estoque'],
  },
  praise: {
    en: ['Love this dress, highly recommend!', 'Excellent quality and fast shipping.'],
    pt: ['produto excelente, recomendo', 'chegou antes do prazo, adorei'],
  },
};

describe('built-in phrases find every issue type', () => {
  for (const [type, { en, pt }] of Object.entries(CASES)) {
    for (const text of en) it(`en ${type}: "${text}"`, () => expect(types(text)).toContain(type));
    for (const text of pt) it(`pt ${type}: "${text}"`, () => expect(types(text)).toContain(type));
  }
});

describe('negation and look-alikes', () => {
  it('"not too small" is not a fit complaint', () => expect(types('It is not too small, fits perfectly.')).not.toContain('fit_size'));
  it('"no issues" is not a problem', () => expect(types('No issues with delivery, arrived on time.')).not.toContain('delivery_delay'));
  it('"would not recommend" is not praise', () => expect(types('Would not recommend this to anyone.')).not.toContain('praise'));
  it('"wanted to love" is not praise', () =>
    expect(types('I really wanted to love this top but the fabric is itchy.')).toEqual(['material_quality']));
  it('"não demorou" is not a delay', () => expect(types('a entrega não demorou nada, ótimo')).not.toContain('delivery_delay'));
  it('"sem avarias" is not damage', () => expect(types('chegou bem embalado e sem avarias')).not.toContain('damaged_in_transit'));
  it('"burnt orange" is a colour, not a burn', () => expect(types('The burnt orange color is gorgeous.')).not.toContain('safety'));
  it('negation stops at "but"', () => expect(types('Not my usual style, but it runs small')).toContain('fit_size'));
  it('a fit remark that is positive is praise, not fit_size', () => {
    expect(types('Fits perfectly, true to size.')).toEqual(['praise']);
  });
  it('arriving on time is only a concession next to a complaint', () => {
    expect(types('recebi no prazo mas veio quebrado')).not.toContain('praise');
  });
  it('a missing part beats a generic "not received"', () => {
    expect(types('comprei 3 cortinas e só recebi 1, ainda não recebi as outras')).toEqual(['missing_item']);
  });
  it('"arrived broken" is transit damage rather than a defect', () => {
    expect(types('It arrived broken.')).toEqual(['damaged_in_transit']);
  });
});

describe('phrases with alternatives compile to what they say', () => {
  // Each of these once compiled a multi-word alternative ("the actual", "did not", "do que",
  // "em ordem", "duas vezes") into two steps, so the plain wording never matched.
  it('"nothing like the real thing" is a listing mismatch', () =>
    expect(types('Looks nothing like the real thing.')).toContain('listing_mismatch'));
  it('"didnt get a reply" and "did not get a reply" are support', () => {
    expect(types('I emailed and didnt get a reply.')).toContain('support_experience');
    expect(types('I emailed and did not get a reply.')).toContain('support_experience');
  });
  it('"their answer didnt help" is support', () => expect(types('Their answer didnt help at all.')).toContain('support_experience'));
  it('"menor que na propaganda" is a listing mismatch', () =>
    expect(types('o tapete veio 10 cm menor que na propaganda')).toContain('listing_mismatch'));
  it('"tudo recebido" is praise', () => expect(types('tudo recebido')).toEqual(['praise']));
  it('"frete caro" is a payment complaint', () => expect(types('o frete caro demais')).toContain('payment_checkout'));
  it('a colour other than the one ordered is a wrong item', () =>
    expect(types('comprei na cor preta e veio marrom')).toContain('wrong_item'));
  it('"entregue somente um" is a missing item', () => expect(types('foi entregue somente um produto')).toContain('missing_item'));
});

describe('a phrase crosses a clause only at a clause word it names', () => {
  // Own lexicon, as a seller's phrases have: the shared one is filled at module load only.
  const match = (phrase: string, text: string) => {
    const lexicon = new Lexicon();
    return (
      matchPhrases(buildIndex([compilePhrase(phrase, 'fit_size', 'en', undefined, lexicon)], lexicon), tokenize(fold(text))).length > 0
    );
  };
  it('"love ~3 but ~2 small" reads across the "but" it names', () =>
    expect(match('love ~3 but ~2 small', 'I love it, but it is small')).toBe(true));
  it('a gap alone does not cross the clause', () => expect(match('love ~6 small', 'I love it, but it is small')).toBe(false));
  it('a step naming "but" does not cross at another word', () =>
    expect(match('love ~3 but|and ~2 small', 'I love it. And it is small')).toBe(false));
  it('Portuguese "mas" and "porém" are crossed the same way', () => {
    expect(match('recebi ~4 mas|porem ~3 nao recebi', 'recebi a camiseta, mas ainda não recebi a calça')).toBe(true);
    expect(match('recebi ~4 mas|porem ~3 nao recebi', 'recebi a camiseta, porém ainda não recebi a calça')).toBe(true);
  });
});

describe('contrasts across "mas" / "porém"', () => {
  it('received one thing but not the other is a missing item, not a delay', () => {
    const t = types('Recebi a camiseta mas ainda não recebi a calça.');
    expect(t).toContain('missing_item');
    expect(t).not.toContain('delivery_delay');
  });
  it('"chegou o primeiro, porém o segundo não" is a missing item', () =>
    expect(types('Chegou o primeiro produto, porém o segundo não.')).toContain('missing_item'));
  it('the whole order still missing after the contrast is a delay, not a missing part', () => {
    const t = types('Recebi a notificação mas não recebi o produto.');
    expect(t).toContain('delivery_delay');
    expect(t).not.toContain('missing_item');
  });
  it('ordered one colour, "porém" received another is a wrong item', () =>
    expect(types('Comprei a versão azul, porém recebi a vermelha.')).toContain('wrong_item'));
});

describe('colour and look against the page is a listing mismatch', () => {
  for (const text of [
    'Colors are not accurate to the pictures.',
    'Not the colour shown on the site.',
    "The colour doesn't match the picture at all.",
    'The photos make it look much nicer than it is.',
    'The color is not as deep as the picture.',
    'The base colour is not accurately represented in the photo.',
    'The photo shows a navy blue but mine is almost black.',
  ])
    it(text, () => expect(types(text)).toContain('listing_mismatch'));
  it('the model making the customer look a certain way is not a page mismatch', () =>
    expect(types('The model makes me look taller.')).not.toContain('listing_mismatch'));
});

describe("praise of the page's accuracy is not a listing mismatch", () => {
  for (const text of [
    'Looks exactly like the picture.',
    'Love it, looks exactly like the photo and fits great.',
    'Matches the description perfectly.',
    'Color is as pictured, very happy.',
    'Looks like the picture and the quality is great.',
    'Colors true to the pictures online.',
  ])
    it(text, () => expect(triageSignal({ text }, { model: loadBaseModel() }).issueTypes).not.toContain('listing_mismatch'));
  for (const text of ['Looks nothing like the picture.', 'Not exactly like the picture, the blue is much darker.', 'Not as pictured.'])
    it(`but "${text}" still is`, () => expect(triageSignal({ text }, { model: loadBaseModel() }).issueTypes).toContain('listing_mismatch'));
});

// Nicer than the page is a stated difference from it (LABELLING.md: an explicit contrast with the photo),
// and the annotators of every English look set label it so: the page undersells the product.
describe('nicer than the page is a listing mismatch too', () => {
  const listingWeight = (text: string) => scoreRules(text, tokenize(fold(text)), 'en').get('listing_mismatch')?.weight ?? 0;
  for (const text of [
    'This cardigan is so much prettier in person than online.',
    'Honestly the photos do not do it justice, the knit is lovely.',
    'Even more beautiful in real life than in the photos, I wear it every week.',
    'Cuter than the picture and very soft.',
  ]) {
    it(`the rules weigh it as evidence: ${text}`, () => expect(listingWeight(text)).toBeGreaterThan(0));
    it(`the shipped model labels it: ${text}`, () =>
      expect(triageSignal({ text }, { model: loadBaseModel() }).issueTypes).toContain('listing_mismatch'));
  }
  it('but a photo that does it justice is not', () => expect(listingWeight('The photo does it justice, love it.')).toBe(0));
});

describe('a question about dimensions is a fit/size question', () => {
  for (const text of [
    'What are the exact dimensions of the chef knife?',
    'What are the dimensions of the travel bag when packed?',
    'Quais as dimensões da mala?',
  ])
    it(text, () => expect(triageSignal({ text }, { model: loadBaseModel() }).issueTypes).toContain('fit_size'));
});

describe('device faults in customer wording are defects', () => {
  for (const text of [
    'It turns off by itself after a minute.',
    'The lamp keeps switching off on its own.',
    'Stopped charging after two days.',
    'Keeps disconnecting from the wifi.',
    "The power bank won't hold a charge.",
    'Dead on arrival.',
    'The plug is faulty.',
  ])
    it(text, () => expect(types(text)).toContain('defect'));
  for (const text of [
    'I turned it off before bed.',
    'My office is kept freezing cold, so this jacket is perfect.',
    'This style did not work on me.',
  ])
    it(`not "${text}"`, () => expect(types(text)).not.toContain('defect'));
});

describe('support complaints in customer wording', () => {
  for (const text of [
    'Their customer service is a joke.',
    'The seller ignores my messages.',
    "Customer service couldn't help me.",
    'Impossible to reach anyone by phone.',
    'I was hung up on twice.',
    'They keep giving me the runaround.',
    'Zero help from customer support.',
    'O atendimento ao cliente foi inútil.',
    'O suporte não ajudou em nada.',
    'Cada atendente fala uma coisa diferente.',
    'Pedi um esclarecimento e simplesmente ignoraram.',
    // Unpunctuated, as many marketplace reviews are: the "não" three words back must not undo "ninguém".
    'tentei ligar e não tive sucesso ninguém me atendeu',
  ])
    it(text, () => expect(types(text)).toContain('support_experience'));
  it('waiting weeks for a reply is support, not a late delivery', () => {
    for (const text of [
      'Waited 3 weeks for a reply.',
      'Esperei 3 semanas por uma resposta.',
      'Still waiting for someone to reply to my email.',
    ]) {
      const t = types(text);
      expect(t, text).toContain('support_experience');
      expect(t, text).not.toContain('delivery_delay');
    }
  });
  it('"aguardo retorno" closing a message is a sign-off, not a complaint', () => {
    // With the shipped model, as the demo store's messages are read: rules alone already gave the bare sign-off 0.8 before this round.
    const t = triageSignal(
      { text: 'Não serviu, ficou apertado no peito. Quero o reembolso. Aguardo retorno.' },
      { model: loadBaseModel() },
    ).issueTypes;
    expect(t).not.toContain('support_experience');
  });
  it('"couldn\'t help but" is not about the seller', () =>
    expect(types("I went to the store and couldn't help but try it on.")).not.toContain('support_experience'));
  it('waiting weeks for the package is still a delay', () => {
    const t = types('I waited 3 weeks for my package.');
    expect(t).toContain('delivery_delay');
    expect(t).not.toContain('support_experience');
  });
});

describe('seller rules are data', () => {
  it('a seller phrase adds a type the built-ins miss', () => {
    // Built-ins know "bluetooth" (weakly) since the connected-device phrases; "zigbee" is the seller's own word.
    const sellerRules = [{ issueType: 'setup_usage' as const, phrase: 'zigbee ~2 pair|pairing' }];
    const r = triageSignal({ text: 'The zigbee keeps pairing with nothing' }, { model: null, sellerRules });
    expect(r.issueTypes).toContain('setup_usage');
    expect(r.labels.find((l) => l.type === 'setup_usage')!.spans[0]?.text).toBe('zigbee keeps pairing');
  });
  it('a seller regex works too, and a negative weight suppresses', () => {
    const sellerRules = [
      { issueType: 'defect' as const, pattern: 'E-?\\d{3} error' },
      { issueType: 'praise' as const, phrase: 'love', weight: -5 },
    ];
    const r = triageSignal({ text: 'I love it but it shows E-404 error' }, { model: null, sellerRules });
    expect(r.issueTypes).toEqual(['defect']);
  });
});

describe('spans index into the text the agent sees', () => {
  it('title comes first, then a newline, then the body', () => {
    const r = triageSignal({ title: 'Runs small', text: 'Love the colour.' }, { model: null });
    expect(r.text).toBe('Runs small\nLove the colour.');
    for (const l of r.labels) for (const s of l.spans) expect(r.text.slice(s.start, s.end)).toBe(s.text);
    expect(r.labels.find((l) => l.type === 'fit_size')!.spans[0]).toMatchObject({ start: 0, end: 10 });
  });
});

describe('phrase families for weak types (issue 17, second round)', () => {
  const weight = (text: string, language: 'en' | 'pt', type: IssueType) =>
    scoreRules(fold(text), tokenize(fold(text)), language).get(type)?.weight ?? 0;
  it.each([
    ["However, it is not navy it's purple.", 'listing_mismatch'],
    ['The color is more plum than violet but a nice shade.', 'listing_mismatch'],
    ["The 'peach' color is actually a shade of rose.", 'listing_mismatch'],
    ['Online way different from in person.', 'listing_mismatch'],
  ] as const)('English: %s', (text, type) => expect(weight(text, 'en', type)).toBeGreaterThan(0));
  it.each([
    ['queria a capa igual a foto do anúncio e veio uma de silicone', 'listing_mismatch'],
    ['na foto é de um jeito quando chega é outro', 'listing_mismatch'],
    ['não foi entregue dourado conforme informado e sim prateado', 'listing_mismatch'],
    ['são três alto falantes mas só dois funcionam', 'defect'],
    ['a película veio completamente destruída', 'damaged_in_transit'],
    ['o produto que recebi não é da cor que comprei', 'wrong_item'],
    ['a capa não foi a que eu tinha comprado', 'wrong_item'],
    ['quero o produto que comprei', 'wrong_item'],
  ] as const)('Portuguese: %s', (text, type) => expect(weight(text, 'pt', type)).toBeGreaterThan(0));
  it('a colour named without a contrast is not a listing mismatch', () => {
    expect(weight('I love the black, it goes with everything.', 'en', 'listing_mismatch')).toBe(0);
    expect(weight('comprei a azul e veio rapido, adorei', 'pt', 'wrong_item')).toBe(0);
  });
});

describe('the parcel something was missing from is not a damaged parcel', () => {
  it('a missing strap is a missing item only, with the model too', () =>
    expect(
      triageSignal({ text: 'The shoulder strap was missing from the package, only the bag arrived.' }, { model: loadBaseModel() })
        .issueTypes,
    ).toEqual(['missing_item']));
  // The model alone read this one 0.72 as a listing mismatch: fashion reviews call a detail the photo showed "missing".
  it('a part missing from what arrived is not a listing mismatch, with the model too', () => {
    expect(triageSignal({ text: 'The strap was missing from my bag when it arrived' }, { model: loadBaseModel() }).issueTypes).toEqual([
      'missing_item',
    ]);
    const listing = (text: string) => scoreRules(text, tokenize(fold(text)), 'en').get('listing_mismatch')?.weight ?? 0;
    expect(listing('The strap was missing from my bag when it arrived')).toBeLessThan(0);
    expect(listing('Two buttons were missing in the package.')).toBeLessThan(0);
  });
  it('but a detail the photo showed and the item lacks still is', () =>
    expect(triageSignal({ text: 'The lace trim in the photo is missing on the dress.' }, { model: loadBaseModel() }).issueTypes).toContain(
      'listing_mismatch',
    ));
  it('a crushed box beside it is still damage', () =>
    expect(triageSignal({ text: 'The strap was missing from the box and the box was crushed.' }, { model: null }).issueTypes).toContain(
      'damaged_in_transit',
    ));
});
