import { readFileSync } from 'fs';
import { join } from 'path';
import { FINDING_CODES } from '../src/core/catalog';
import { codesMarkdown } from '../src/locales/codes-docs';
import { LOCALES } from '../src/locales';

describe('documentation', () => {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

  it('lists every code as the catalog defines it (run npm run docs:codes after changing the catalog)', () => {
    expect(readme).toContain(codesMarkdown());
  });

  it('has a Chinese and English text for every finding code', () => {
    for (const code of FINDING_CODES) {
      expect(LOCALES.zh.findings[code].message).toBeTruthy();
      expect(LOCALES.en.findings[code].message).toBeTruthy();
    }
  });

  it('keeps every placeholder of a locale in the other locale too (same params in both languages)', () => {
    const names = (text = ''): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
    for (const code of FINDING_CODES) {
      const zh = LOCALES.zh.findings[code];
      const en = LOCALES.en.findings[code];
      expect([code, [...new Set(names(zh.message + (zh.hint ?? '')))]]).toEqual([code, [...new Set(names(en.message + (en.hint ?? '')))]]);
    }
  });

  it('has a Quick start with exactly the two commands', () => {
    const quick = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('\n## ', readme.indexOf('## Quick start') + 3));
    expect(quick.match(/^```sh\n([\s\S]*?)```/gm)?.map((b) => b.split('\n')[1])).toEqual(['npm install && npm start', 'npm test']);
  });
});
