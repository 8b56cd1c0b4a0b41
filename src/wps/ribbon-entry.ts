import type { WpsGlobal } from './wps-api';
import { ribbonCallbacks } from './ribbon';

/** Entry of the add-in's index.html: puts the ribbon callbacks on `window`, where WPS calls them by name. */
const page = window as unknown as Window & { wps?: WpsGlobal };
if (page.wps) Object.assign(window, ribbonCallbacks(page.wps, window.location.href));
