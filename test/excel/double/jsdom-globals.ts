import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';

/** Imported first by jsdom tests: what every browser has and the xlsx code needs at load time. */
Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });
