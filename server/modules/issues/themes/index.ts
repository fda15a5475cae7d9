export { clusterThemes } from './cluster-themes.js';
export type { Theme, ThemeInput, ClusterOptions } from './cluster-themes.js';
export { representativeWording } from './representative-wording.js';
export type { Representative } from './representative-wording.js';
export { tokenize, terms, tfidfVectors, cosine } from './tfidf.js';
export type { SparseVector } from './tfidf.js';
export { STOPWORDS } from './stopwords.js';
