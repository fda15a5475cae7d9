export { clusterThemes } from './cluster-themes.js';
export type { Theme, ThemeInput, ClusterOptions } from './cluster-themes.js';
export { representativeWording } from './representative-wording.js';
export type { Representative } from './representative-wording.js';
export { tokenize, terms, tfidfVectors, cosine } from './tfidf.js';
export type { SparseVector } from './tfidf.js';
export { STOPWORDS, STOPWORDS_BY_LANGUAGE } from './stopwords.js';
export type { StopwordLanguage } from './stopwords.js';
export { customerWords, dropRepeatedSentences } from './boilerplate.js';
