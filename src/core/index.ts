/** The pure core: no Office, no DOM, no Node APIs, no React. Adapters import from here. */
export * from './address';
export * from './catalog';
export * from './errors';
export * from './finding';
export * from './grid';
export * from './header';
export * from './messages';
export * from './progress-items';
export * from './seq';
export * from './sheet-model';
export * from './status';
export * from './template/builtin';
export * from './template/schema';
export * from './text';
export * from './units';
export * from './validate';
export * from './validation-document';
