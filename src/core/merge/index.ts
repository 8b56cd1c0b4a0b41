export * from './master';
export * from './merge';
export * from './progress-join';
export * from './statistics';
export * from './submission-rows';
export * from './types';
export * from './merge-document';
