import { describe, expect, it } from 'vitest';
import { clusterThemes, type ThemeInput } from './cluster-themes.js';
import { representativeWording } from './representative-wording.js';
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
