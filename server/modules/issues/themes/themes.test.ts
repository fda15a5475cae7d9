import { describe, expect, it } from 'vitest';
import { clusterThemes, type ThemeInput } from './cluster-themes.js';
import { representativeWording } from './representative-wording.js';
import { STOPWORDS_BY_LANGUAGE } from './stopwords.js';
import { cosine, terms, tfidfVectors, tokenize } from './tfidf.js';

const buildItems = (texts: string[], prefix = 's'): ThemeInput[] =>
  texts.map((text, i) => ({ id: `${prefix}${String(i).padStart(3, '0')}`, text }));

const magnet = [
  'The magnet in the lid is too weak, the lid keeps opening in my bag',
  'Lid magnet is weak and the case opens by itself',
  'weak magnet, lid opens in the bag all the time',
  'the lid magnet is weak, the case opened in my backpack',
];
const magnetPt = [
  'O ímã da tampa é fraco, a tampa abre sozinha na bolsa',
  'ímã fraco, a tampa abre na bolsa',
  'A tampa não fecha, o ímã é muito fraco',
];
const sticker = [
  'There is a sticky residue from the price sticker that will not come off',
  'Price sticker left sticky residue on the box',
  'price sticker residue everywhere, cannot clean it',
];
const noise = ['Do you ship to Iceland?', 'Love the blue one', 'Can I pay with a gift card?'];

describe('tokenize and terms', () => {
  it('folds accents and case and drops English and Portuguese stopwords', () => {
    expect(tokenize('Não chegou o PEDIDO, and the box was EMPTY')).toEqual(['nao', 'chegou', 'box', 'empty']);
  });
  it('adds bigrams of adjacent content words', () => {
    expect(terms('strap missing twice')).toEqual(['strap', 'missing', 'twice', 'strap missing', 'missing twice']);
  });
  it('vectors are unit length and identical texts have cosine 1', () => {
    const [a, b, c] = tfidfVectors(['weak magnet lid', 'weak magnet lid', 'blue colour']);
    expect(cosine(a!, b!)).toBeCloseTo(1, 10);
    expect(cosine(a!, c!)).toBe(0);
  });
});

describe('clusterThemes', () => {
  it('finds the two unnamed complaints and leaves one-off messages out', () => {
    const themes = clusterThemes(buildItems([...magnet, ...noise, ...sticker]));
    expect(themes).toHaveLength(2);
    const [first, second] = themes;
    expect(first?.size).toBe(4);
    expect(first?.topTerms).toContain('magnet');
    expect(second?.topTerms.some((t) => t.includes('sticker') || t.includes('residue'))).toBe(true);
    expect(second?.size).toBe(3);
  });

  it('groups Portuguese complaints among themselves (accents folded, pt stopwords dropped)', () => {
    const themes = clusterThemes(buildItems([...magnetPt, ...noise]));
    expect(themes).toHaveLength(1);
    expect(themes[0]!.size).toBe(3);
    expect(themes[0]!.topTerms).toContain('ima');
  });

  it('is deterministic whatever order the signals arrive in', () => {
    const items = buildItems([...magnet, ...noise, ...sticker]);
    const reversed = [...items].reverse();
    expect(clusterThemes(reversed)).toEqual(clusterThemes(items));
  });

  it('the representative is one of the members and the theme id is stable', () => {
    const items = buildItems(sticker, 'x');
    const [theme] = clusterThemes(items);
    expect(theme?.memberIds).toContain(theme?.representative.id);
    expect(theme?.id).toBe(theme?.representative.id);
  });

  it('respects minSize and threshold', () => {
    expect(clusterThemes(buildItems(sticker), { minSize: 4 })).toEqual([]);
    expect(clusterThemes(buildItems([...magnet, ...sticker]), { threshold: 0.99 })).toEqual([]);
  });

  it('ignores texts with no content words', () => {
    expect(clusterThemes(buildItems(['hi', 'thanks', 'and the']), { minSize: 1 })).toEqual([]);
  });
});

describe('representativeWording', () => {
  it('picks the wording closest to all the others', () => {
    const r = representativeWording([
      'strap missing',
      'the strap was missing from the box, lid scratched',
      'box lid scratched',
      'strap missing from the box',
      'box crushed',
    ]);
    expect(r?.index).toBe(1);
    expect(r?.centrality).toBeGreaterThan(0);
  });
  it('prefers the shorter text on a tie and handles edge sizes', () => {
    expect(representativeWording(['broken lid', 'broken lid!!'])?.index).toBe(0);
    expect(representativeWording(['only one'])).toEqual({ index: 0, text: 'only one', centrality: 1 });
    expect(representativeWording([])).toBeNull();
  });
});

/**
 * What the walk saw (issue 17): the unnamed pool of a real store is mostly pre-sale questions with
 * the same filler sentences, and chat transcripts whose speaker labels and bot answers repeat. The
 * themes came out as "customer", "take", "ordering two". Built the way the demo store writes them.
 */
describe('themes over a pool full of boilerplate', () => {
  const products = [
    'the linen shirt',
    'the steel bottle',
    'the desk lamp',
    'the wool scarf',
    'the travel mug',
    'the phone case',
    'the rain jacket',
    'the yoga mat',
  ];
  const questions = [
    'What are the actual measurements of {p}?',
    'Is {p} really cotton?',
    'Does {p} have a smell when it is new?',
    'Can I pay in instalments?',
    'Is the colour closer to grey or beige in real life?',
    'Do you ship from a local warehouse or from overseas?',
  ];
  const fillers = ['Thinking of ordering two.', 'It is for a gift.', 'Need it for a trip next month.', 'Sorry if this was asked before.'];
  const replies = [
    'Most orders ship from our warehouse and arrive in 1 to 7 days. Electronics take 7 to 14 days.',
    'You will see the estimate at checkout before paying.',
    'Our customer team answers within a day; take a look at the size chart too.',
  ];
  const closers = ['Thanks, that helps.', 'Great, thank you.', 'Got it.'];
  const pool: string[] = [];
  let k = 0;
  for (const q of questions)
    for (const p of products) {
      const question = q.replace('{p}', p);
      pool.push(
        k % 3 === 2
          ? `Customer: ${question}\nAssistant: ${replies[k % replies.length]}\nCustomer: ${closers[k % closers.length]}`
          : `${question} ${fillers[k % fillers.length]}`,
      );
      k++;
    }
  const magnetPool = [
    'The magnet in the lid of the travel mug is too weak, the lid pops open',
    'Customer: the lid magnet is weak, it opens in my bag\nAssistant: Sorry to hear that! Our customer team will take a look.\nCustomer: Thanks.',
    'weak magnet on the lid, it opens by itself. Thinking of ordering two but not like this.',
    'Lid magnet far too weak, the mug lid keeps opening',
  ];
  const items = buildItems([...pool, ...magnetPool], 'b');
  const boilerplate =
    /^(customer|assistant|take|takes|thinking|ordering|ordering two|thinking ordering|gift|thanks|helps|thank|got|trip|sorry|asked|next month)$/;

  it('names the real complaint and no theme is made of filler', () => {
    const themes = clusterThemes(items);
    const magnet = themes.find((t) => t.topTerms.includes('magnet'));
    expect(magnet, JSON.stringify(themes.map((t) => t.topTerms))).toBeDefined();
    expect(magnet!.size).toBeGreaterThanOrEqual(3);
    for (const t of themes)
      expect(
        t.topTerms.filter((w) => boilerplate.test(w)),
        t.topTerms.join(', '),
      ).toEqual([]);
  });

  it('the representative wording of a theme is one of its complaints, not a transcript of filler', () => {
    const magnet = clusterThemes(items).find((t) => t.topTerms.includes('magnet'))!;
    expect(magnet.representative.text).toMatch(/magnet/i);
    const texts = items.filter((i) => magnet.memberIds.includes(i.id)).map((i) => i.text);
    expect(representativeWording(texts)?.text).toMatch(/magnet/i);
  });

  it('a group held together only by words every other text also uses is not a theme', () => {
    // Every text says "quality"; three say nothing else. Nothing sets those three apart.
    const flat = buildItems([
      ...Array.from(
        { length: 12 },
        (_, i) => `quality ${['zip', 'box', 'lid', 'strap', 'cap', 'hem', 'cuff', 'sole', 'knob', 'wick', 'cord', 'seal'][i]}`,
      ),
      'Quality.',
      'quality!',
      'QUALITY',
    ]);
    expect(clusterThemes(flat)).toEqual([]);
  });
});

describe('stop words per language', () => {
  it('has en, pt, es, de and fr lists', () => {
    expect(Object.keys(STOPWORDS_BY_LANGUAGE).sort()).toEqual(['de', 'en', 'es', 'fr', 'pt']);
  });
  it('drops Spanish, German and French function words, keeps the complaint', () => {
    expect(tokenize('La tapa no cierra y el imán es muy débil')).toEqual(['tapa', 'cierra', 'iman', 'debil']);
    expect(tokenize('Der Deckel schließt nicht, der Magnet ist zu schwach')).toEqual(['deckel', 'schließt', 'nicht', 'magnet', 'schwach']);
    expect(tokenize("Le couvercle ne ferme pas, l'aimant est trop faible")).toEqual(['couvercle', 'ferme', 'pas', 'aimant', 'faible']);
  });
  it("drops chat speaker labels and the assistant's lines: they are not the customer's words", () => {
    expect(tokenize('Customer: lid magnet weak\nAssistant: our customer team will take a look\nCustomer: ok')).toEqual([
      'lid',
      'magnet',
      'weak',
    ]);
  });
});
