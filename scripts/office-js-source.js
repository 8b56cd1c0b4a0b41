// Where the pages load office.js from, chosen at build time with OFFICE_JS (or --env officeJs=…):
//   cdn       Microsoft's production CDN, the supported source (default)
//   21vianet  the CDN for Microsoft 365 operated by 21Vianet in China
//   self      a copy served from the add-in's own origin, for networks without internet; it is the
//             @microsoft/office-js npm package (refresh: see README), whose host files lag the CDN
// The Content-Security-Policy of every page allows exactly this origin besides our own.
const SOURCES = {
  cdn: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
  '21vianet': 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js',
  self: 'office-js/office.js',
};

function officeJsSource(name = process.env.OFFICE_JS || 'cdn') {
  const url = SOURCES[name];
  if (!url) throw new Error(`OFFICE_JS must be one of ${Object.keys(SOURCES).join(', ')}; got "${name}"`);
  const origin = /^https:/.test(url) ? new URL(url).origin : undefined;
  const scripts = ["'self'", ...(origin ? [origin] : [])].join(' ');
  const csp = [
    "default-src 'self'",
    `script-src ${scripts}`,
    "connect-src 'self'",
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
  return { name, url, origin, selfHosted: !origin, csp };
}

module.exports = { officeJsSource, OFFICE_JS_SOURCES: SOURCES };
