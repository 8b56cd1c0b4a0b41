import { strToU8 } from 'fflate';
import { annotatedCopies } from '../../src/app/annotate';
import { checkFiles } from '../../src/app/check';
import { merge } from '../../src/app/merge';
import { escapeControls, LazySource, Source } from '../../src/app/sources';
import { builtinTemplate } from '../../src/core/template/builtin';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { createBrowserHost } from '../../src/host/browser-host';
import { HEADER, task } from '../helpers/grid';
import { buildXlsx } from '../helpers/xlsx';

/** One bad file never costs the batch: every file gets its result or its one error with a code. */
const csv = (name: string, rows: string[][]): Source => ({ name, bytes: strToU8(rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n')) });
const good = (name: string, unit = '市科技局'): Source => csv(name, [HEADER, task(1, { units: unit }), task(2, { units: unit })]);

/** Crafted workbooks of issue 13 that made the readers throw something other than a ReportError. */
const hostile: Source[] = [
  { name: 'negative-row.xlsx', bytes: buildXlsx([{ name: 'S', sheetData: '<row r="-5"><c r="A1" t="inlineStr"><is><t>序号</t></is></c></row>' }]) },
  { name: 'abc-row.xlsx', bytes: buildXlsx([{ name: 'S', sheetData: '<row r="abc"><c r="A1" t="inlineStr"><is><t>序号</t></is></c></row>' }]) },
  { name: 'fraction-row.xlsx', bytes: buildXlsx([{ name: 'S', sheetData: '<row r="6.5"><c r="A1" t="inlineStr"><is><t>序号</t></is></c></row>' }]) },
  { name: 'zero-row.xlsx', bytes: buildXlsx([{ name: 'S', sheetData: '<row r="0"><c r="A0" t="inlineStr"><is><t>序号</t></is></c></row>' }]) },
  { name: 'merge-a0.xlsx', bytes: buildXlsx([{ name: 'S', sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c></row>', mergeCells: ['A0:B2'] }]) },
  { name: 'bad-char.xlsx', bytes: buildXlsx([{ name: 'S', sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>&#x110000;</t></is></c></row>' }]) },
  { name: 'garbage.xlsx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) },
];

/** A file whose reading throws a plain TypeError: stands for any reader bug a crafted file may hit. */
const throwing: LazySource = {
  name: 'bug.xlsx',
  load: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'x')");
  },
};

describe('a batch goes on past any file', () => {
  it('checks every file: the good ones get reports, every other file an error with a code', () => {
    const outcomes = checkFiles([good('a.csv'), ...hostile, throwing, good('b.csv')]);
    expect(outcomes.map((o) => o.file)).toEqual(['a.csv', ...hostile.map((h) => h.name), 'bug.xlsx', 'b.csv']);
    for (const outcome of outcomes) {
      if ('error' in outcome) expect(['file-corrupt', 'file-too-large', 'file-not-spreadsheet', 'file-empty']).toContain(outcome.error.code);
      else expect(outcome.report.sheets.length).toBeGreaterThan(0);
    }
    expect(outcomes.filter((o) => 'report' in o).map((o) => o.file)).toEqual(expect.arrayContaining(['a.csv', 'b.csv']));
    const bug = outcomes.find((o) => o.file === 'bug.xlsx');
    expect(bug && 'error' in bug ? [bug.error.code, bug.error.params.fileName] : undefined).toEqual(['file-corrupt', 'bug.xlsx']);
  });

  it('merges the good files when others cannot be read, and lists those with their codes', async () => {
    const { doc } = await merge({ submissions: [good('a.csv', '市科技局'), throwing, hostile[6]!, good('b.csv', '市教育局')], lang: 'zh' });
    expect(doc.inputs).toBe(2);
    expect(doc.unreadable.map((u) => [u.file, u.code])).toEqual([
      ['bug.xlsx', 'file-corrupt'],
      ['garbage.xlsx', expect.stringMatching(/^file-/)],
    ]);
    expect(doc.rowsMerged).toBe(4);
  });

  it('a master list that cannot be read stops the merge with its error (never a merge without it)', async () => {
    await expect(merge({ submissions: [good('a.csv')], master: throwing, lang: 'zh' })).rejects.toMatchObject({ code: 'file-corrupt' });
    await expect(merge({ submissions: [good('a.csv')], master: csv('list.csv', [['说明'], ['没有表头']]), lang: 'zh' })).rejects.toMatchObject({
      code: 'master-list-no-header',
      params: { file: 'list.csv' },
    });
  });

  it('a template rule set to off drops that merge finding; another severity replaces the default', async () => {
    const master = csv('任务清单.csv', [
      ['序号', '主要工作任务', '牵头部门'],
      ['1', '任务1', '市科技局'],
      ['2', '任务2', '市科技局'],
      ['3', '任务3', '市教育局'],
    ]);
    const progress = builtinTemplate('progress')!;
    const codes = async (rules: Record<string, 'off' | 'error' | 'warning' | 'info'>) =>
      (await merge({ submissions: [good('a.csv')], master, template: { ...progress, rules }, lang: 'zh' })).doc.findings.map((f) => [f.code, f.severity]);
    expect(await codes({})).toContainEqual(['missing-submission', 'warning']);
    expect((await codes({ 'missing-submission': 'off' })).map(([code]) => code)).not.toContain('missing-submission');
    expect(await codes({ 'missing-submission': 'error' })).toContainEqual(['missing-submission', 'error']);
  });
});

describe('annotated copies', () => {
  it('a file named with characters a sheet name cannot have, or one that cannot be read, costs only its own copy', async () => {
    const bad = csv('报表[2021]:上半年?.csv', [HEADER, task(1, { units: '' })]);
    const overlapping: Source = { name: 'overlap.xlsx', bytes: await writeXlsx([{ name: '报表', rows: [HEADER, task(1, { status: '' }), task(2)], merges: [] }]) };
    const outcomes = await annotatedCopies([bad, throwing, overlapping, csv('c.csv', [HEADER, task(1, { status: '' })])], {}, 'zh');
    expect(outcomes.map((o) => [o.name, 'error' in o ? o.error.code : o.value?.name])).toEqual([
      ['报表[2021]:上半年?.csv', '报表[2021]:上半年?_标注.xlsx'],
      ['bug.xlsx', 'file-corrupt'],
      ['overlap.xlsx', 'overlap_标注.xlsx'],
      ['c.csv', 'c_标注.xlsx'],
    ]);
  });

  it('a workbook with overlapping merged ranges still gets its copy or its own error, never the batch', async () => {
    const overlaps: Source = {
      name: 'merges.xlsx',
      bytes: buildXlsx([
        {
          name: '报表',
          sheetData: `<row r="1">${HEADER.map((h, i) => `<c r="${'ABCDE'[i]}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row><row r="2"><c r="A2"><v>1</v></c></row>`,
          mergeCells: ['B2:C3', 'C3:D4'],
        },
      ]),
    };
    const outcomes = await annotatedCopies([overlaps, good('ok.csv', '')], {}, 'zh');
    expect(outcomes.map((o) => o.name)).toEqual(['merges.xlsx', 'ok.csv']);
    const second = outcomes[1];
    expect(second && 'value' in second && second.value?.name).toBe('ok_标注.xlsx');
  });
});

describe('the browser host', () => {
  it('reads the files it can, lists the others with their error', async () => {
    const host = createBrowserHost([good('a.csv'), hostile[6]!, good('b.csv')]);
    const sheets = await host.readSheets('all');
    expect(sheets.map((s) => s.sheet)).toEqual(['a.csv · a', 'b.csv · b']);
    expect(host.unreadable?.().map((u) => u.name)).toEqual(['garbage.xlsx']);
  });

  it('does not report a template sheet it cannot insert', async () => {
    const host = createBrowserHost([]);
    await expect(host.insertTemplate({ template: builtinTemplate('progress')! })).rejects.toMatchObject({ code: 'argument-invalid' });
  });
});

describe('names printed on one line', () => {
  it('escapes control characters, so a name with a newline cannot fake a line', () => {
    expect(escapeControls('a\n共检查 9 个文件.csv')).toBe('a\\n共检查 9 个文件.csv');
    expect(escapeControls('x\ty\u001b[31m\u2028')).toBe('x\\ty\\x1b[31m\\u2028');
    expect(escapeControls('报表[2021]:上半年?.csv')).toBe('报表[2021]:上半年?.csv');
  });
});
