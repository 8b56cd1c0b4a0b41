export * from './import-tasks';
