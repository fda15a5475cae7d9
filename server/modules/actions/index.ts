export * from './verdict/index.js';
export * from './rules/index.js';
