import * as initial from './0001-initial';

/** Every migration, in the order applied. Add a new file and append it here; never edit a released one. */
export const MIGRATIONS: readonly { name: string; sql: string }[] = [initial];
