import { readFileSync } from 'fs';
import { compareReports, progressFingerprint, similarity } from '../../src/core/compare/compare';
import { validateGrid, validateWorkbook } from '../../src/core/validate';
import { readWorkbookBytes } from '../../src/io/read-workbook';
import { runCli } from '../helpers/cli';
import { grid, HEADER, task } from '../helpers/grid';
import { SAMPLE_LIAISON_0515, SAMPLE_LIAISON_0531, SAMPLE_PROGRESS } from '../helpers/paths';
import { readXlsx } from '../../src/io/xlsx-reader';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { at } from '../../src/core/checked';

const sheets = (path: string) => validateWorkbook(readWorkbookBytes(new Uint8Array(readFileSync(path)), path)).sheets;

describe('comparing two periods', () => {
  it('the liaison seeds: 截至5月15日 and 截至5月31日 name different units', () => {
    const c = compareReports(sheets(SAMPLE_LIAISON_0515), sheets(SAMPLE_LIAISON_0531));
    expect([c.before.period, c.after.period]).toEqual(['截至5月15日', '截至5月31日']);
    expect(c.unitsDropped).toEqual(['区委统战部', '区残联', '区发改局', '区教文体局', '区民政局', '区财政局', '区农经局', '区城管执法局']);
    expect(c.unitsNew).toEqual(['区经贸局', '区科技局', '区规划与建设局', '区环保局', '区安监局', '区三产局', '区工商分局']);
    expect(c.unchanged).toEqual([]);
    expect(c.findings.filter((f) => f.code === 'unit-not-reported' && f.severity === 'warning')).toHaveLength(8);
  });

  it('flags progress pasted again from the previous period, also renumbered or respaced', () => {
    const old = sheets(SAMPLE_LIAISON_0531);
    const copy = old.map((s) => ({ ...s }));
    const c = compareReports(old, copy);
    expect(c.unchanged.map((u) => u.similarity)).toEqual(new Array(7).fill('same'));
    expect(c.findings.filter((f) => f.code === 'progress-unchanged').map((f) => f.cell)).toEqual(['C4', 'C6', 'C7', 'C9', 'C10', 'C12', 'C13']);
    expect(progressFingerprint('1．推进 项目。\n2、完成招标')).toBe(progressFingerprint('1.推进项目。\n2.完成招标。'));
  });

  it('reports status changes worse and better, tasks added and dropped', () => {
    const before = validateGrid(grid([['截至3月31日'], HEADER, task(1), task(2, { status: '部分滞后' }), task(3), task(4)]));
    const after = validateGrid(
      grid([
        ['截至6月30日'],
        HEADER,
        task(1, { status: '进度滞后', progress: '1.全新的进展。' }),
        task(2, { status: '按时推进', progress: '1.另一条进展。' }),
        task(3, { progress: '1.第三条。' }),
        task(5),
      ]),
    );
    const c = compareReports([before], [after]);
    expect(c.statusChanges.map((s) => [s.key, s.before, s.after, s.direction])).toEqual([
      ['#1', '按时推进', '进度滞后', 'worse'],
      ['#2', '部分滞后', '按时推进', 'better'],
    ]);
    expect(c.added).toEqual(['任务5']);
    expect(c.dropped).toEqual(['任务4']);
    expect(c.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ['status-changed', 'warning', 'E3'],
      ['status-changed', 'info', 'E4'],
      ['task-added', 'info', null],
      ['task-dropped', 'warning', null],
    ]);
    expect(similarity('abcdef', 'abcdef')).toBe(1);
  });

  it('progress-report compare writes the 对比 sheet', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pr-cmp-')), '对比.xlsx');
    const { code, out: text } = await runCli(['compare', '--out', out, SAMPLE_PROGRESS, SAMPLE_PROGRESS]);
    expect(code).toBe(0);
    expect(text).toContain('进展未更新 100 项');
    const sheet = at(readXlsx(new Uint8Array(readFileSync(out)), out), 0);
    expect(sheet.sheet).toBe('对比');
    expect(sheet.rows[1]).toEqual(['类别', '任务或单位', '上期', '本期', '说明']);
    expect(sheet.rows.filter((r) => r[0] === '进展未更新')).toHaveLength(100);
    const json = JSON.parse((await runCli(['compare', '--json', SAMPLE_LIAISON_0515, SAMPLE_LIAISON_0531])).out);
    expect(json.unitsNew).toHaveLength(7);
    expect(json.findings[0]).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });
});
