export * from './detect/index.js';
export * from './themes/index.js';
