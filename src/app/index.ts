/**
 * The application layer: one function per user job, taking sources (bytes and names, or grids)
 * and options and returning data. The CLI, the task pane hosts and the inbox server only parse
 * their input and render these results. It imports the core, the readers and writers, and the
 * locales; no file system, DOM or Office.
 */
export * from './annotate';
export * from './check';
export * from './compare';
export * from './fix';
export * from './import-tasks';
export * from './merge';
export * from './sources';
export * from './submission';
export * from './template';
export * from './template-options';
