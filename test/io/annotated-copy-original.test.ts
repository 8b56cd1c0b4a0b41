import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { annotatedCopies } from '../../src/app/annotate';
import { readXlsx } from '../../src/io/xlsx-reader';
import { annotateXlsx } from '../../src/io/xlsx-annotate';

/**
 * The annotated copy of an .xlsx is the clerk's own package with marks added: column widths, row
 * heights, number formats, fonts and print setup stay; marked cells get a fill and a note that an
 * independent reader (ExcelJS) sees.
 */
async function clerkWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('进展情况');
  ws.addRow(['2021年上半年重点工作进展']);
  ws.addRow(['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态']);
  ws.addRow([1, '推进城市更新', '已完成拆迁', '', '按时推进']); // no 牵头部门: D3 has no cell at all
  ws.addRow([2, '建设保障房', '完成 80%', '住建局', '進度滯後']); // a status not in the list: E4
  ws.getColumn(2).width = 42;
  ws.getColumn(3).width = 60;
  ws.getRow(3).height = 48;
  ws.getCell('E4').font = { name: '仿宋_GB2312', size: 14 };
  ws.getCell('E4').border = { top: { style: 'thin' }, bottom: { style: 'thin' } };
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function sheetXml(bytes: Uint8Array): string {
  const parts = unzipSync(bytes);
  const name = Object.keys(parts).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)) as string;
  return strFromU8(parts[name] as Uint8Array);
}

describe('the annotated copy of an .xlsx', () => {
  it('keeps the clerk’s widths, heights, formats and page setup, and marks the finding cells', async () => {
    const original = await clerkWorkbook();
    const [outcome] = await annotatedCopies([{ name: '报送/住建局_2021上半年.xlsx', bytes: original }], {}, 'zh');
    if (!outcome || !('value' in outcome) || !outcome.value) throw new Error('no copy');
    expect(outcome.value.name).toBe('住建局_2021上半年_标注.xlsx');
    const copy = outcome.value.bytes;
    // the parts that carry the formatting are the original's
    const cols = (xml: string) => /<cols>[\s\S]*?<\/cols>/.exec(xml)?.[0];
    const setup = (xml: string) => /<pageSetup\b[^>]*>/.exec(xml)?.[0];
    expect(cols(sheetXml(copy))).toBe(cols(sheetXml(original)));
    expect(setup(sheetXml(copy))).toBe(setup(sheetXml(original)));
    // the texts are the same, read back by our reader
    expect(readXlsx(copy, 'x.xlsx')[0]?.rows).toEqual(readXlsx(original, 'x.xlsx')[0]?.rows);
    // and an independent reader sees widths, height, font, fills and notes
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(copy.slice().buffer);
    const ws = back.getWorksheet('进展情况');
    if (!ws) throw new Error('sheet missing');
    expect(ws.getColumn(2).width).toBe(42);
    expect(ws.getColumn(3).width).toBe(60);
    expect(ws.getRow(3).height).toBe(48);
    expect(ws.getCell('E4').font?.name).toBe('仿宋_GB2312');
    expect(ws.getCell('E4').border?.top?.style).toBe('thin');
    const fill = (ref: string) => {
      const f = ws.getCell(ref).fill;
      return f && f.type === 'pattern' ? f.fgColor?.argb : undefined;
    };
    expect(fill('D3')).toBe('FFFFC7CE');
    expect(fill('E4')).toBe('FFFFC7CE');
    expect(fill('B3')).toBeUndefined();
    const note = (ref: string) => {
      const n = ws.getCell(ref).note;
      return typeof n === 'string' ? n : (n?.texts ?? []).map((t) => t.text).join('');
    };
    expect(note('D3')).not.toBe('');
    expect(note('E4')).not.toBe('');
    expect(ws.getCell('E4').value).toBe('進度滯後');
  });

  it('adds a cell the sheet lacks in column order, and a row the sheet lacks in row order', async () => {
    const original = await clerkWorkbook();
    const copy = annotateXlsx(
      original,
      new Map([
        [
          '进展情况',
          new Map([
            ['A9', { fill: '#FFEB9C', note: 'n9' }],
            ['D3', { fill: '#FFC7CE', note: 'n3' }],
            ['G2', { fill: '#FFC7CE', note: 'n2' }],
          ]),
        ],
      ]),
    );
    if (!copy) throw new Error('not patched');
    const xml = sheetXml(copy);
    const refs = [...xml.matchAll(/<c\b[^>]*?\sr="([A-Z]+\d+)"/g)].map((m) => m[1]);
    expect(refs.slice(refs.indexOf('A2'), refs.indexOf('A2') + 6)).toEqual(['A2', 'B2', 'C2', 'D2', 'E2', 'G2']);
    expect(refs.slice(refs.indexOf('C3'), refs.indexOf('C3') + 3)).toEqual(['C3', 'D3', 'E3']);
    expect(refs[refs.length - 1]).toBe('A9');
    expect([...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 9]);
  });

  it('leaves a package it cannot patch safely to the plain copy', async () => {
    const original = await clerkWorkbook();
    const once = annotateXlsx(original, new Map([['进展情况', new Map([['A1', { fill: '#FFEB9C', note: 'x' }]])]]));
    if (!once) throw new Error('not patched');
    // a sheet that already carries notes is not patched a second time
    expect(annotateXlsx(once, new Map([['进展情况', new Map([['A2', { fill: '#FFEB9C', note: 'y' }]])]]))).toBeUndefined();
  });
});
