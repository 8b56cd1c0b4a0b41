import { readFileSync } from 'fs';
import { join } from 'path';
import { codesMarkdown } from '../src/core/catalog-docs';
import { FINDING_CATALOG, FINDING_CODES } from '../src/core/catalog';

describe('documentation', () => {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

  it('lists every code as the catalog defines it (run npm run docs:codes after changing the catalog)', () => {
    expect(readme).toContain(codesMarkdown());
  });

  it('has a Chinese and English text for every finding code', () => {
    for (const code of FINDING_CODES) {
      expect(FINDING_CATALOG[code].zh.message).toBeTruthy();
      expect(FINDING_CATALOG[code].en.message).toBeTruthy();
    }
  });

  it('has a Quick start with exactly the two commands', () => {
    const quick = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('\n## ', readme.indexOf('## Quick start') + 3));
    expect(quick.match(/^```sh\n([\s\S]*?)```/gm)?.map((b) => b.split('\n')[1])).toEqual(['npm install && npm start', 'npm test']);
  });
});
