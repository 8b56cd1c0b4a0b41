import { unzipSync } from 'fflate';
import { checkSheet } from '../../src/app/check';
import { merge } from '../../src/app/merge';
import { readSource } from '../../src/app/sources';
import { blankTemplateWorkbook, unitTemplateWorkbooks } from '../../src/app/template';
import { readMasterList } from '../../src/core/merge/master';
import { builtinTemplate } from '../../src/core/template/builtin';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { grid } from '../helpers/grid';
import { beforeTests } from '../helpers/before-tests';

/**
 * 下载空白报表 and the per-unit reports: read back with our reader (what a clerk's file becomes),
 * and the print setup, protection and locked cells checked in the XML Excel reads.
 */
const progress = builtinTemplate('progress')!;
const HEADER_ROW = ['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态', '完成时限'];

function xml(bytes: Uint8Array, part: string): string {
  const entry = unzipSync(bytes)[part];
  if (!entry) throw new Error(`no ${part}`);
  return new TextDecoder().decode(entry);
}

/** Whether cell `ref` of the first sheet is unlocked (its style's xf has protection locked="0"). */
function unlocked(bytes: Uint8Array, ref: string): boolean {
  const style = new RegExp(`<c r="${ref}"[^>]*? s="(\\d+)"`).exec(xml(bytes, 'xl/worksheets/sheet1.xml'))?.[1];
  if (style === undefined) throw new Error(`no style on ${ref}`);
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml(bytes, 'xl/styles.xml'))?.[1] ?? '';
  const xfs = cellXfs.match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g) ?? [];
  return /locked="0"/.test(xfs[Number(style)] ?? '');
}

describe('the blank report', () => {
  let bytes: Uint8Array;
  beforeTests(async () => {
    bytes = await blankTemplateWorkbook(progress, undefined, { period: '2026年截至6月30日' });
  });

  it('has the title with the year, 填报单位 and 报告期 lines, and the columns with 完成时限', () => {
    const [sheet] = readSource({ name: 'blank.xlsx', bytes });
    expect(sheet?.rows.slice(0, 4)).toEqual([['2026年重点工作进展情况表'], ['填报单位：'], ['报告期：2026年截至6月30日'], HEADER_ROW]);
    const report = checkSheet(sheet ? [sheet] : []).sheets[0];
    expect(report).toMatchObject({ template: 'progress', headerRow: 4, dataRows: 0, findings: [], meta: { period: '截至6月30日', year: 2026 } });
  });

  it('is set up to print: A4 landscape, one page wide, the header on every page, page numbers', () => {
    const sheet = xml(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    const setup = /<pageSetup [^>]*\/>/.exec(sheet)?.[0] ?? '';
    expect(setup).toMatch(/paperSize="9"/);
    expect(setup).toMatch(/orientation="landscape"/);
    expect(setup).toMatch(/fitToWidth="1"/);
    expect(setup).toMatch(/fitToHeight="0"/);
    expect(sheet).toMatch(/<oddFooter>[^<]*&amp;P[^<]*&amp;N[^<]*<\/oddFooter>/);
    expect(xml(bytes, 'xl/workbook.xml')).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="0">'?[^<]*'?!\$4:\$4<\/definedName>/);
    expect(sheet).not.toMatch(/<sheetProtection/);
  });

  it('has a dropdown of the allowed statuses on the status column below the header', () => {
    const sheet = xml(bytes, 'xl/worksheets/sheet1.xml');
    const validations = [...sheet.matchAll(/<dataValidation [^>]*sqref="([^"]+)"[^>]*>\s*<formula1>([^<]*)<\/formula1>/g)];
    expect(new Set(validations.map((v) => v[2]))).toEqual(new Set(['&quot;已完成,进度较快,按时推进,部分滞后,进度滞后&quot;']));
    // every row below the header, E5 to E204 (200 blank rows), in column E only
    const rows = new Set<number>();
    for (const ref of validations.flatMap((v) => (v[1] ?? '').split(' '))) {
      const [, from = '0', to] = /^E(\d+)(?::E(\d+))?$/.exec(ref) ?? [];
      for (let r = Number(from); r <= Number(to ?? from); r++) rows.add(r);
    }
    expect([...rows].sort((x, y) => x - y)).toEqual(Array.from({ length: 200 }, (_, i) => i + 5));
  });

  it('takes this year when no period is given', async () => {
    const [sheet] = readSource({ name: 'b.xlsx', bytes: await blankTemplateWorkbook(progress) });
    const year = new Date().getFullYear();
    expect(sheet?.rows.slice(0, 3)).toEqual([[`${year}年重点工作进展情况表`], ['填报单位：'], [`报告期：${year}年`]]);
  });
});

describe('per-unit reports from a master list', () => {
  const MASTER = [
    ['序号', '主要工作任务', '牵头部门'],
    ['1', '推进科技创新平台建设', '市科技局'],
    ['2', '实施义务教育优质均衡发展', '市教育局'],
    ['3', '建设智慧校园示范学校', '市教育局、市科技局'],
  ];
  const master = readMasterList([grid(MASTER, { sheet: '任务清单' })]);
  let files: { name: string; bytes: Uint8Array }[];
  let zip: Uint8Array;
  beforeTests(async () => {
    ({ files, zip } = await unitTemplateWorkbooks(master, progress, { period: '截至6月30日', year: 2026 }));
  });

  it('one workbook per unit, named as the submission is expected, and one zip of them all', () => {
    expect(files.map((f) => f.name)).toEqual(['市科技局_2026年截至6月30日.xlsx', '市教育局_2026年截至6月30日.xlsx']);
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(files.map((f) => f.name).sort());
    for (const f of files) expect(entries[f.name]).toEqual(f.bytes);
  });

  it("each holds its unit's 序号 and tasks, and reads back as that unit's report", () => {
    const read = (i: number) => readSource({ name: files[i]?.name ?? '', bytes: files[i]?.bytes ?? new Uint8Array() });
    const [science] = read(0);
    expect(science?.rows.slice(1, 6)).toEqual([
      ['填报单位：市科技局'],
      ['报告期：2026年截至6月30日'],
      HEADER_ROW,
      ['1', '推进科技创新平台建设', '', '市科技局'],
      ['3', '建设智慧校园示范学校', '', '市教育局、市科技局'],
    ]);
    const report = checkSheet(science ? [science] : []).sheets[0];
    expect(report?.meta).toMatchObject({ reportingUnit: '市科技局', period: '截至6月30日', year: 2026 });
    expect(report?.findings.map((f) => [f.cell, f.code])).toEqual([
      ['C5', 'progress-missing'],
      ['E5', 'status-missing'],
      ['C6', 'progress-missing'],
      ['E6', 'status-missing'],
    ]);
    expect(
      read(1)[0]
        ?.rows.slice(4)
        .map((r) => r[0]),
    ).toEqual(['2', '3']);
  });

  it('is protected without a password; only the progress and status cells of the task rows are unlocked', () => {
    const bytes = files[0]?.bytes ?? new Uint8Array();
    const protection = /<sheetProtection [^>]*\/>/.exec(xml(bytes, 'xl/worksheets/sheet1.xml'))?.[0] ?? '';
    expect(protection).toMatch(/sheet="1"/);
    expect(protection).not.toMatch(/password|hashValue/i);
    expect(['C5', 'E5', 'C6', 'E6'].map((ref) => unlocked(bytes, ref))).toEqual([true, true, true, true]);
    expect(['A5', 'B5', 'D5', 'F5', 'A4', 'C4', 'A1'].map((ref) => unlocked(bytes, ref))).toEqual([false, false, false, false, false, false, false]);
  });

  it('filled in and merged with the master list, every row is placed: no task-mismatch, no unexpected or unplaced rows', async () => {
    const submissions = await Promise.all(
      files.map(async (f) => {
        const [sheet] = readSource({ name: f.name, bytes: f.bytes });
        const rows = (sheet?.rows ?? []).map((r, i) => (i >= 4 ? [r[0] ?? '', r[1] ?? '', '1.已完成年度目标。', r[3] ?? '', '按时推进'] : r));
        return { name: f.name, bytes: await writeXlsx([{ name: sheet?.sheet ?? '报表', rows }]) };
      }),
    );
    const masterFile = { name: '任务清单.xlsx', bytes: await writeXlsx([{ name: '任务清单', rows: MASTER }]) };
    const { doc } = await merge({ submissions, master: masterFile, lang: 'zh' });
    expect(doc.findings.map((f) => f.code)).toEqual([]);
    expect(doc.missing).toEqual([]);
    expect(doc.tasks.map((t) => t.seq)).toEqual([1, 2, 3]);
  });
});
