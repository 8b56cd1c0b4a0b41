import { readFileSync } from 'fs';
import { join } from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require('../scripts/manifest-check') as { checkManifest: (xml: string, root: string) => string[] };

const root = join(__dirname, '..');

describe('manifest.xml (offline structural check)', () => {
  const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');

  it('passes', () => {
    expect(checkManifest(xml, root)).toEqual([]);
  });

  it('declares the lowest ExcelApi set the add-in needs, the version the adapter assumes', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { MINIMUM_EXCEL_API } = require('../src/excel/capabilities') as { MINIMUM_EXCEL_API: string };
    expect(xml).toContain(`<Set Name="ExcelApi" MinVersion="${MINIMUM_EXCEL_API}"/>`);
  });

  it('catches a broken manifest', () => {
    const broken = xml
      .replace('<DefaultLocale>zh-CN</DefaultLocale>', '<DefaultLocale>en-US</DefaultLocale>')
      .replace('resid="Merge.Label"', 'resid="Nope.Label"')
      .replace('https://localhost:3000/taskpane.html"', 'http://localhost:3000/taskpane.html"');
    expect(checkManifest(broken, root)).toEqual(expect.arrayContaining(['DefaultLocale is zh-CN', 'resource Nope.Label defined', 'https URL: http://localhost:3000/taskpane.html']));
  });
});
