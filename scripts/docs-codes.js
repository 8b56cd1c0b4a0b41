// Writes the list of codes into README.md from the catalog and the locales (run after `npm run build:cli`).
const { readFileSync, writeFileSync } = require('fs');
const { join } = require('path');
const { codesMarkdown, CODES_BEGIN, CODES_END } = require('../dist/locales/codes-docs.js');

const path = join(__dirname, '..', 'README.md');
const readme = readFileSync(path, 'utf8');
const start = readme.indexOf(CODES_BEGIN);
const end = readme.indexOf(CODES_END);
if (start < 0 || end < 0) throw new Error('README.md has no codes markers');
writeFileSync(path, readme.slice(0, start) + codesMarkdown() + readme.slice(end + CODES_END.length));
