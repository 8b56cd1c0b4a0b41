import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';

/**
 * What jsdom lacks and a browser has, for component tests: TextDecoder / TextEncoder (the readers
 * build one when loaded, so this is imported first), matchMedia, and a ResizeObserver that observes
 * nothing (jsdom has no layout; Fluent's MessageBar watches its size).
 */
Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder, setImmediate: (fn: () => void) => setTimeout(fn, 0) });
if (typeof window !== 'undefined') {
  Object.defineProperty(window, 'matchMedia', { value: () => ({ matches: false, addEventListener: () => undefined, removeEventListener: () => undefined }) });
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
}
