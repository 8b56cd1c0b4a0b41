import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { builtinTemplate } from '../../src/core/template/builtin';
import { writeConsolidatedWorkbook } from '../../src/io/consolidated-workbook';
import { spliceZip } from '../../src/io/zip-splice';
import { smallDocument } from './consolidated-doc';

/**
 * The consolidated workbook printed by LibreOffice (headless, PDF export), one sheet at a time
 * (the others hidden, with their print ranges removed, as Calc then prints only the shown sheet). Runs only where `soffice` is installed
 * (`apt-get install libreoffice-calc`); elsewhere the page setup is checked by the spec in
 * consolidated-workbook.test.ts. A control copy without fit-to-page shows the check can fail.
 */
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const SHEETS = ['汇总', '统计', '问题', '未报送', '催报'];

/** A part the package is known to hold (the writer always writes it). */
function part(files: Record<string, Uint8Array>, name: string): Uint8Array {
  const data = files[name];
  if (!data) throw new Error(`no part ${name}`);
  return data;
}

function onlySheet(xlsx: Uint8Array, keep: number, fit: 'fit' | 'no-fit'): Uint8Array {
  const files = unzipSync(xlsx);
  const changed: Record<string, Uint8Array> = {};
  let index = 0;
  const workbook = strFromU8(part(files, 'xl/workbook.xml'))
    .replace(/<sheet\b[^>]*>/g, (tag) => (index++ === keep ? tag : tag.replace(/ state="[a-zA-Z]+"/, '').replace('<sheet', '<sheet state="hidden"')))
    // Calc prints a hidden sheet that has a print range: keep only the shown sheet's names
    .replace(/<definedName\b[^>]*localSheetId="(\d+)"[^>]*>[^<]*<\/definedName>/g, (name, sheet: string) => (Number(sheet) === keep ? name : ''))
    .replace('<sheets>', `<bookViews><workbookView activeTab="${keep}"/></bookViews><sheets>`);
  changed['xl/workbook.xml'] = strToU8(workbook);
  if (fit === 'no-fit') {
    for (const name of Object.keys(files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      changed[name] = strToU8(strFromU8(part(files, name)).replace(/<pageSetUpPr fitToPage="1"\/>/, ''));
    }
  }
  return spliceZip(xlsx, changed);
}

/** Pages of a PDF: its page objects (LibreOffice writes object dictionaries uncompressed). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

(SOFFICE ? describe : describe.skip)('the consolidated workbook printed by LibreOffice', () => {
  const pages = new Map<string, number>();

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pr-print-'));
    const xlsx = await writeConsolidatedWorkbook(smallDocument(), builtinTemplate('progress')!);
    const inputs: string[] = [];
    SHEETS.forEach((_, i) => {
      for (const fit of ['fit', 'no-fit'] as const) {
        const file = join(dir, `${i}-${fit}.xlsx`);
        writeFileSync(file, onlySheet(xlsx, i, fit));
        inputs.push(file);
      }
    });
    const run = spawnSync(SOFFICE as string, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...inputs], {
      encoding: 'utf8',
      timeout: 240_000,
    });
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
    SHEETS.forEach((sheet, i) => {
      for (const fit of ['fit', 'no-fit']) pages.set(`${sheet} ${fit}`, pageCount(readFileSync(join(dir, `${i}-${fit}.pdf`))));
    });
  }, 300_000);

  it('prints each sheet of a small merge on one page', () => {
    expect(SHEETS.map((s) => [s, pages.get(`${s} fit`)])).toEqual(SHEETS.map((s) => [s, 1]));
  });

  it('would split 问题 across pages without fit-to-width', () => {
    expect(pages.get('问题 no-fit')).toBeGreaterThan(1);
  });
});
