import { z } from 'zod';

/**
 * Imported first by the pane's entry, before any schema is built: zod's fast path compiles parsers
 * with `new Function`, which the pane's CSP forbids, and its probe for that would be reported as a
 * CSP violation even though zod catches it. Jitless parsing is the same result without eval.
 */
z.config({ jitless: true });
